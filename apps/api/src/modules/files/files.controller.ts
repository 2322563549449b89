import { Controller, Delete, Get, HttpCode, Param, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Public } from '../../common/auth/decorators';
import { CsrfHeaderGuard } from '../../common/http/csrf.guard';
import { contentDisposition } from './attachment-type';
import { FilesService } from './files.service';

/**
 * Downloads and deletes any stored file; the owning feature's policy decides who may
 * (`FileOwnerPolicy`). Uploads are per owner (e.g. POST /api/challenges/:id/attachments).
 */
@Controller('api/files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  /**
   * Always a download (`Content-Disposition: attachment`), the sniffed type, `nosniff` and a
   * sandboxing CSP: a file can never run as a page of ours. Not cached by shared caches.
   */
  // public: anonymous visitors download public attachments of public challenges
  @Public()
  @Get(':id')
  async download(
    @CurrentUser() user: AuthUser | null,
    @Param('id') id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { file, data } = await this.files.download(user, id);
    const type = file.contentType === 'text/plain' ? 'text/plain; charset=utf-8' : file.contentType;
    void reply
      .header('content-type', type)
      .header('content-length', data.length)
      .header('content-disposition', contentDisposition(file.name))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, no-store')
      .send(data);
  }

  @Delete(':id')
  @UseGuards(CsrfHeaderGuard)
  @HttpCode(200)
  async remove(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<{ deleted: true }> {
    await this.files.remove(user, id);
    return { deleted: true };
  }
}
