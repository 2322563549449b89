import { Controller, Header, HttpCode, Param, Post, Query, Req, UseGuards } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/decorators';
import { AppError } from '../../common/errors/app-error';
import { CsrfHeaderGuard } from '../../common/http/csrf.guard';
import { readUploadedFile } from '../../common/http/multipart';
import { FilesService } from '../files/files.service';
import { ChallengeAttachmentsService } from './challenge-attachments.service';
import type { Attachment } from '../files/models/attachment.model';

/**
 * Uploads a challenge attachment: multipart/form-data with one file, `?confidential=true` for
 * the confidential brief. Owner side only, `X-Requested-With: oip`. Answers the attachment,
 * or `{ code, message }`: 404 NOT_FOUND, 403 FORBIDDEN, 409 CHALLENGE_NOT_EDITABLE or
 * ATTACHMENT_LIMIT_REACHED, 413 FILE_TOO_LARGE, 415 ATTACHMENT_TYPE_NOT_ALLOWED, 400 …
 * Downloads and deletions are at /api/files/:id (FilesController).
 */
@Controller('api/challenges/:id/attachments')
@UseGuards(CsrfHeaderGuard)
export class ChallengeAttachmentsController {
  constructor(
    private readonly attachments: ChallengeAttachmentsService,
    private readonly files: FilesService,
  ) {}

  @Post()
  @HttpCode(201)
  @Header('Cache-Control', 'no-store')
  upload(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Query('confidential') confidential: string | undefined,
    @Req() request: FastifyRequest,
  ): Promise<Attachment> {
    if (confidential !== undefined && confidential !== 'true' && confidential !== 'false')
      throw new AppError('BAD_REQUEST', { reason: 'confidential must be true or false' });
    return this.attachments.upload(user, id, confidential === 'true', () =>
      readUploadedFile(request, { maxBytes: this.files.maxBytes }),
    );
  }
}
