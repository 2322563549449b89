import { randomBytes } from 'node:crypto';
import { createDeflate } from 'node:zlib';
import sharp from 'sharp';
import { AppError } from '../../common/errors/app-error';
import { ImageService } from './image.service';

const MAX_BYTES = 2 * 1024 * 1024;
const images = new ImageService({ AVATAR_MAX_BYTES: MAX_BYTES });

function solid(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: '#3366cc' } });
}

/** Noise does not compress: a PNG of roughly width × height × 3 bytes. */
function noise(width: number, height: number) {
  return sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#000',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  });
}

async function expectAppError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

/**
 * A decompression bomb: a valid greyscale PNG of width × height black pixels, whose rows of
 * zeros deflate to about a thousandth of their decoded size.
 */
async function pngBomb(width: number, height: number): Promise<Buffer> {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (bytes: Buffer) => {
    let crc = 0xffffffff;
    for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // 8-bit greyscale, no interlace
  const deflate = createDeflate({ level: 9 });
  const compressed: Buffer[] = [];
  deflate.on('data', (part: Buffer) => compressed.push(part));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const row = Buffer.alloc(width + 1); // filter byte + pixels
  for (let y = 0; y < height; y++) {
    if (!deflate.write(row)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', Buffer.concat(compressed)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('ImageService', () => {
  it('re-encodes a PNG avatar as a 512×512 WebP without metadata', async () => {
    const png = await solid(1200, 800).png().toBuffer();
    const result = await images.process(png, 'avatar');
    expect(result).toMatchObject({ contentType: 'image/webp', width: 512, height: 512 });
    const out = await sharp(result.data).metadata();
    expect(out).toMatchObject({ format: 'webp', width: 512, height: 512 });
    expect(out.exif).toBeUndefined();
    expect(out.icc).toBeUndefined();
    expect(out.xmp).toBeUndefined();
  });

  it('strips EXIF (camera, GPS position) from a JPEG', async () => {
    const jpeg = await solid(800, 600)
      .jpeg()
      .withExif({
        IFD0: { Make: 'TestCam', Model: 'X1' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '45/1 28/1 1234/100',
          GPSLongitudeRef: 'E',
          GPSLongitude: '9/1 11/1 0/1',
        },
      })
      .toBuffer();
    const input = await sharp(jpeg).metadata();
    expect(input.exif?.includes('TestCam')).toBe(true); // the fixture does carry EXIF

    const result = await images.process(jpeg, 'avatar');
    const out = await sharp(result.data).metadata();
    expect(out.format).toBe('webp');
    expect(out.exif).toBeUndefined();
    expect(result.data.includes('TestCam')).toBe(false);
    expect(result.data.includes('Exif')).toBe(false);
  });

  it('applies the EXIF orientation before dropping it', async () => {
    // stored landscape 600×300, displayed portrait (orientation 6: rotate 90°)
    const jpeg = await solid(600, 300).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const result = await images.process(jpeg, 'logo');
    expect(result).toMatchObject({ width: 300, height: 600 });
  });

  it('accepts WebP input', async () => {
    const webp = await solid(300, 300).webp().toBuffer();
    await expect(images.process(webp, 'avatar')).resolves.toMatchObject({ width: 300 });
  });

  it('never enlarges a small avatar, but always crops it square', async () => {
    const png = await solid(100, 300).png().toBuffer();
    await expect(images.process(png, 'avatar')).resolves.toMatchObject({
      width: 100,
      height: 100,
    });
  });

  it('fits a logo in 512 px of width, keeping its aspect', async () => {
    const wide = await solid(2000, 500).png().toBuffer();
    await expect(images.process(wide, 'logo')).resolves.toMatchObject({ width: 512, height: 128 });
    const small = await solid(200, 100).png().toBuffer();
    await expect(images.process(small, 'logo')).resolves.toMatchObject({ width: 200, height: 100 });
  });

  it('refuses a GIF, whatever the file was called or declared as', async () => {
    const upload = {
      filename: 'avatar.png',
      mimetype: 'image/png',
      data: await solid(50, 50).gif().toBuffer(),
    };
    const error = await expectAppError(
      images.process(upload.data, 'avatar'),
      'FILE_TYPE_NOT_ALLOWED',
    );
    expect(error.extensions).toMatchObject({ allowed: ['image/jpeg', 'image/png', 'image/webp'] });
  });

  it('refuses SVG, TIFF, PDF and random bytes', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    );
    const tiff = await solid(20, 20).tiff().toBuffer();
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    for (const data of [svg, tiff, pdf, randomBytes(4096), Buffer.alloc(0)]) {
      await expectAppError(images.process(data, 'avatar'), 'FILE_TYPE_NOT_ALLOWED');
    }
  });

  it('refuses a truncated PNG as IMAGE_INVALID', async () => {
    const png = await noise(400, 400).png().toBuffer();
    const truncated = png.subarray(0, Math.floor(png.length / 2));
    await expectAppError(images.process(truncated, 'avatar'), 'IMAGE_INVALID');
  });

  it('refuses a file over the size limit before looking inside it', async () => {
    const png = await noise(1000, 1000).png().toBuffer();
    expect(png.length).toBeGreaterThan(MAX_BYTES);
    const error = await expectAppError(images.process(png, 'avatar'), 'FILE_TOO_LARGE');
    expect(error.extensions).toMatchObject({ maxBytes: MAX_BYTES });
    // bytes that are not even an image: the size is what is reported
    await expectAppError(images.process(randomBytes(MAX_BYTES + 1), 'logo'), 'FILE_TOO_LARGE');
  });

  it('refuses a decompression bomb (20000×20000 PNG) without decoding it', async () => {
    const bomb = await pngBomb(20000, 20000); // 400 MB of pixels
    expect(bomb.length).toBeLessThan(MAX_BYTES);
    const started = process.hrtime.bigint();
    await expectAppError(images.process(bomb, 'avatar'), 'IMAGE_INVALID');
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(500);
  });

  it('refuses an image over the pixel budget even with reasonable sides', async () => {
    const bomb = await pngBomb(9000, 9000); // 81 megapixels, sides under MAX_INPUT_SIDE
    await expectAppError(images.process(bomb, 'logo'), 'IMAGE_INVALID');
  });

  it('refuses an absurdly long side even within the pixel budget', async () => {
    await expectAppError(images.process(await pngBomb(40000, 2), 'logo'), 'IMAGE_INVALID');
  });
});
