import {
  Controller,
  Header,
  HttpCode,
  Inject,
  Param,
  Post,
  Req,
  UseGuards,
  type Type,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/decorators';
import { CsrfHeaderGuard } from '../../common/http/csrf.guard';
import { readUploadedFile } from '../../common/http/multipart';
import { FilesService, type UploadedFile } from './files.service';
import type { Attachment } from './models/attachment.model';

/** A feature's service that checks access, then stores an uploaded file as its owner's. */
export interface AttachmentUploader {
  upload(user: AuthUser, ownerId: string, read: () => Promise<UploadedFile>): Promise<Attachment>;
}

/**
 * The upload endpoint of a feature that owns files, at `path` (with `:id`, the owner):
 * `POST` multipart/form-data with one file and `X-Requested-With: oip`, answered 201 with the
 * attachment. The file is read only after the uploader has checked access (it calls `read`),
 * within the platform's size limit. Each feature extends the returned class, which keeps its
 * own name and its documented errors; downloads and deletions are at /api/files/:id.
 */
export function AttachmentUploadController(path: string, uploader: Type<AttachmentUploader>) {
  @Controller(path)
  @UseGuards(CsrfHeaderGuard)
  class UploadController {
    constructor(
      @Inject(uploader) readonly attachments: AttachmentUploader,
      readonly files: FilesService,
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
  return UploadController;
}
