import {
  ATTACHMENT_CONTENT_TYPES,
  ATTACHMENT_TYPES,
  isAttachmentContentType,
  type AttachmentContentType,
} from '@oip/domain';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../../common/errors/app-error';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Plain text: valid UTF-8 and no control characters but tab, line feed, carriage return and
 * form feed (a binary file almost always has a NUL or another control byte early on).
 */
export function isPlainText(data: Buffer): boolean {
  let text: string;
  try {
    text = utf8.decode(data);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

/**
 * The content type of an attachment, from its bytes only (the name and the declared type are
 * ignored): PDF, PNG, JPEG, DOCX, XLSX, PPTX, ODT by their signature, else plain UTF-8 text.
 * ATTACHMENT_TYPE_NOT_ALLOWED for anything else (an SVG, an HTML page, an executable, a ZIP…
 * — HTML and SVG are text, but they are refused as "text" would be a lie about them).
 */
export async function sniffAttachmentType(data: Buffer): Promise<AttachmentContentType> {
  const sniffed = await fileTypeFromBuffer(data);
  if (sniffed) {
    if (isAttachmentContentType(sniffed.mime)) return sniffed.mime;
    throw notAllowed();
  }
  if (isPlainText(data) && !looksLikeMarkup(data)) return 'text/plain';
  throw notAllowed();
}

/** Markup a browser would render if it ever ignored our headers: refused, not "text". */
function looksLikeMarkup(data: Buffer): boolean {
  const head = data.subarray(0, 1024).toString('utf8').trimStart().toLowerCase();
  return /^(<!doctype|<html|<svg|<\?xml|<script|<head|<body)/.test(head);
}

function notAllowed() {
  return new AppError('ATTACHMENT_TYPE_NOT_ALLOWED', { allowed: ATTACHMENT_CONTENT_TYPES });
}

/**
 * The uploader's name made safe to store and to send back: the last path segment, without
 * control or quote characters, at most 150 characters, ending with the extension of the
 * sniffed type (so `report.html` sniffed as text downloads as `report.html.txt`).
 */
export function safeFileName(raw: string | undefined, type: AttachmentContentType): string {
  const extension = ATTACHMENT_TYPES[type];
  const base = (raw ?? '')
    .split(/[\\/]/)
    .pop()!
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"<>|*?:;]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 150)
    .trim();
  const name = base || 'file';
  const alias = extension === 'jpg' ? /\.(jpe?g)$/i : new RegExp(`\\.${extension}$`, 'i');
  return alias.test(name) ? name : `${name}.${extension}`;
}

/** `Content-Disposition: attachment` with an ASCII fallback and the UTF-8 name (RFC 6266). */
export function contentDisposition(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents off: "Città" → "Citta"
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
