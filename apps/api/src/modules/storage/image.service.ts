import { Inject, Injectable } from '@nestjs/common';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { AppError } from '../../common/errors/app-error';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';

export type ImageKind = 'avatar' | 'logo';

export interface ProcessedImage {
  data: Buffer;
  contentType: 'image/webp';
  width: number;
  height: number;
}

/** What we accept, sniffed from the bytes (the file name and declared type are ignored). */
export const ALLOWED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
// an animated PNG is a PNG whose first frame every decoder shows: accepted, as a still
const SNIFFED_TYPES = new Set<string>([...ALLOWED_IMAGE_TYPES, 'image/apng']);
const ALLOWED_SHARP_FORMATS = new Set(['jpeg', 'png', 'webp']);

/** Largest input decoded: 50 megapixels (a 8192×6144 photo); more is refused before decoding. */
export const MAX_INPUT_PIXELS = 50_000_000;
/** Longest input side accepted, whatever the area. */
export const MAX_INPUT_SIDE = 12_000;

/** Avatars: a square of at most 512 px. Logos: at most 512 px wide (and 2048 px tall). */
export const AVATAR_SIZE = 512;
export const LOGO_WIDTH = 512;
const LOGO_MAX_HEIGHT = 2048;

/**
 * Turns an uploaded image into a safe WebP: the type is sniffed from the bytes (JPEG, PNG,
 * WebP only), the size is checked before decoding, decompression bombs are refused from the
 * header (sharp's limitInputPixels), and the pixels are decoded and re-encoded, which drops
 * all metadata (EXIF, GPS, comments, colour profile after conversion to sRGB) and anything
 * appended to the file. EXIF orientation is applied first, so photos stay upright.
 */
@Injectable()
export class ImageService {
  private readonly maxBytes: number;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'AVATAR_MAX_BYTES'>) {
    this.maxBytes = config.AVATAR_MAX_BYTES;
  }

  async process(data: Buffer, kind: ImageKind): Promise<ProcessedImage> {
    if (data.length > this.maxBytes) {
      throw new AppError('FILE_TOO_LARGE', { maxBytes: this.maxBytes });
    }
    const sniffed = await fileTypeFromBuffer(data);
    if (!sniffed || !SNIFFED_TYPES.has(sniffed.mime)) {
      throw notAllowed();
    }
    const input = () =>
      sharp(data, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', autoOrient: true });
    let width: number;
    let height: number;
    try {
      const metadata = await input().metadata();
      // libvips picks its decoder from the bytes too: it must agree with the sniffed type
      if (!ALLOWED_SHARP_FORMATS.has(metadata.format)) throw notAllowed();
      ({ width, height } = metadata.autoOrient);
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('IMAGE_INVALID');
    }
    if (width < 1 || height < 1 || width > MAX_INPUT_SIDE || height > MAX_INPUT_SIDE) {
      throw new AppError('IMAGE_INVALID');
    }
    try {
      const pipeline = input();
      if (kind === 'avatar') {
        // never enlarged: a small picture stays small, but always square
        const side = Math.min(AVATAR_SIZE, width, height);
        pipeline.resize(side, side, { fit: 'cover' }); // centred crop
      } else {
        pipeline.resize(LOGO_WIDTH, LOGO_MAX_HEIGHT, { fit: 'inside', withoutEnlargement: true });
      }
      const { data: output, info } = await pipeline
        .webp({ quality: 85, effort: 4 })
        .toBuffer({ resolveWithObject: true });
      return { data: output, contentType: 'image/webp', width: info.width, height: info.height };
    } catch {
      throw new AppError('IMAGE_INVALID');
    }
  }
}

function notAllowed() {
  return new AppError('FILE_TYPE_NOT_ALLOWED', { allowed: [...ALLOWED_IMAGE_TYPES] });
}
