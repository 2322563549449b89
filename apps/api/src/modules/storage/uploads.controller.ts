import { Public } from '../../common/auth/decorators';
import { Controller, Get, Inject, NotFoundException, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { FILE_STORAGE, isPublicStorageKey, type FileStorage } from './storage';

/**
 * Serves stored files at `/uploads/<key>`. Keys are unique per upload, so a response never
 * changes and is cached for a year. Anything that is not a valid key, or not stored, is a
 * JSON 404: the key pattern admits no dots but the extension's and no slash but the one
 * between folder and file, so no request can reach outside the storage.
 */
// public: no session needed (development mails / public files)
@Public()
@Controller('uploads')
export class UploadsController {
  constructor(@Inject(FILE_STORAGE) private readonly storage: FileStorage) {}

  @Get(':folder/:file')
  async serve(
    @Param('folder') folder: string,
    @Param('file') file: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const key = `${folder}/${file}`;
    const stored = isPublicStorageKey(key) ? await this.storage.get(key) : null;
    if (!stored) throw new NotFoundException();
    void reply
      .header('content-type', stored.contentType)
      .header('content-length', stored.data.length)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('x-content-type-options', 'nosniff')
      .send(stored.data);
  }

  /**
   * Every other path below /uploads (`..` segments, empty or extra segments) is ours to
   * refuse with the same 404, rather than falling through to the web app's static files.
   */
  @Get('*')
  notFound(): never {
    throw new NotFoundException();
  }
}
