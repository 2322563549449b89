import { Controller, Header, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/decorators';
import { CsrfHeaderGuard } from '../../common/http/csrf.guard';
import { readUploadedFile } from '../../common/http/multipart';
import { FilesService } from '../files/files.service';
import type { Attachment } from '../files/models/attachment.model';
import { OfferAttachmentsService } from './offer-attachments.service';

/**
 * Uploads a technology offer's attachment: multipart/form-data with one file, by the owning
 * organisation's owners and admins, `X-Requested-With: oip`. Answers the attachment, or
 * `{ code, message }`: 404 NOT_FOUND, 403 FORBIDDEN, 409 MARKETPLACE_NOT_EDITABLE or
 * ATTACHMENT_LIMIT_REACHED, 413 FILE_TOO_LARGE, 415 ATTACHMENT_TYPE_NOT_ALLOWED.
 * Downloads and deletions are at /api/files/:id (FilesController).
 */
@Controller('api/offers/:id/attachments')
@UseGuards(CsrfHeaderGuard)
export class OfferAttachmentsController {
  constructor(
    private readonly attachments: OfferAttachmentsService,
    private readonly files: FilesService,
  ) {}

  @Post()
  @HttpCode(201)
  @Header('Cache-Control', 'no-store')
  upload(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
  ): Promise<Attachment> {
    return this.attachments.upload(user, id, () =>
      readUploadedFile(request, { maxBytes: this.files.maxBytes }),
    );
  }
}
