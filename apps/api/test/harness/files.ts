import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import type { TestApp } from './app';

/** A ZIP archive of stored (uncompressed) entries: enough to build office documents. */
export function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(content, 'utf8');
    const crc = crc32(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function officeDocument(folder: string, mainType: string): Buffer {
  return zip({
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${folder}/main.xml" ContentType="${mainType}"/></Types>`,
    [`${folder}/main.xml`]: '<?xml version="1.0"?><doc/>',
  });
}

/** One small valid file of every accepted type, and the content type it must be sniffed as. */
export async function sampleFiles(): Promise<Record<string, { data: Buffer; type: string }>> {
  const image = sharp({ create: { width: 8, height: 8, channels: 3, background: '#36c' } });
  return {
    'brief.pdf': {
      data: Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
      type: 'application/pdf',
    },
    'plan.png': { data: await image.clone().png().toBuffer(), type: 'image/png' },
    'photo.jpg': { data: await image.clone().jpeg().toBuffer(), type: 'image/jpeg' },
    'spec.docx': {
      data: officeDocument(
        'word',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
      ),
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    },
    'data.xlsx': {
      data: officeDocument(
        'xl',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      ),
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
    'slides.pptx': {
      data: officeDocument(
        'ppt',
        'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
      ),
      type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    },
    'notes.odt': {
      data: zip({
        mimetype: 'application/vnd.oasis.opendocument.text',
        'content.xml': '<?xml version="1.0"?><office:document-content/>',
      }),
      type: 'application/vnd.oasis.opendocument.text',
    },
    'readme.txt': {
      data: Buffer.from('Requisiti tecnici: pressione ≤ 200 bar, temperatura 40 °C.\n'),
      type: 'text/plain',
    },
  };
}

export const CSRF = { 'x-requested-with': 'oip' };

/** A multipart form with one file, named and declared as the caller says (both untrusted). */
export function fileForm(data: Buffer, name: string, type = 'application/octet-stream') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(data)], { type }), name);
  return form;
}

/** A REST request as `cookie`'s owner (null: anonymous); the JSON body parsed when there is one. */
export async function rest(
  api: TestApp,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  {
    cookie,
    body,
    headers = {},
  }: { cookie?: string | null; body?: FormData; headers?: Record<string, string> } = {},
) {
  const response = await fetch(`${api.url}${path}`, {
    method,
    body,
    headers: { ...(cookie ? { cookie } : {}), ...headers },
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  const json = response.headers.get('content-type')?.startsWith('application/json')
    ? (JSON.parse(bytes.toString()) as Record<string, unknown>)
    : null;
  return { status: response.status, headers: response.headers, bytes, json };
}
