/**
 * Attachment types accepted on challenges (and, later, submissions): the content type is
 * sniffed from the bytes, never taken from the file name or the declared type. Plain text has
 * no signature: it is accepted when the bytes are valid UTF-8 without control characters.
 */
export const ATTACHMENT_TYPES = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'text/plain': 'txt',
} as const;

export type AttachmentContentType = keyof typeof ATTACHMENT_TYPES;

export const ATTACHMENT_CONTENT_TYPES = Object.keys(ATTACHMENT_TYPES) as AttachmentContentType[];

/** The extensions to offer in a file picker's `accept`. */
export const ATTACHMENT_EXTENSIONS = Object.values(ATTACHMENT_TYPES).map((ext) => `.${ext}`);

/** Default upper bound of one attachment (ATTACHMENT_MAX_BYTES overrides it). */
export const DEFAULT_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

export function isAttachmentContentType(value: string): value is AttachmentContentType {
  return value in ATTACHMENT_TYPES;
}
