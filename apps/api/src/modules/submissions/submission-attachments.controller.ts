import { Controller, Header, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/decorators';
import { CsrfHeaderGuard } from '../../common/http/csrf.guard';
import { readUploadedFile } from '../../common/http/multipart';
import { FilesService } from '../files/files.service';
import type { Attachment } from '../files/models/attachment.model';
import { SubmissionAttachmentsService } from './submission-attachments.service';

/**
 * Uploads a submission attachment: multipart/form-data with one file, `X-Requested-With: oip`,
 * by a member of the submitting organisation while the submission is editable. Answers the
 * attachment, or `{ code, message }`: 404 NOT_FOUND, 403 FORBIDDEN, 409 SUBMISSION_NOT_EDITABLE,
 * SUBMISSION_CHALLENGE_NOT_OPEN, SUBMISSION_DEADLINE_PASSED or ATTACHMENT_LIMIT_REACHED,
 * 413 FILE_TOO_LARGE, 415 ATTACHMENT_TYPE_NOT_ALLOWED. Downloads and deletions: /api/files/:id.
 */
@Controller('api/submissions/:id/attachments')
@UseGuards(CsrfHeaderGuard)
export class SubmissionAttachmentsController {
  constructor(
    private readonly attachments: SubmissionAttachmentsService,
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
