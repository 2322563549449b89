import { Controller, Header, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/decorators';
import { CsrfHeaderGuard } from '../../common/http/csrf.guard';
import { readUploadedFile } from '../../common/http/multipart';
import { FilesService } from '../files/files.service';
import type { Attachment } from '../files/models/attachment.model';
import { RoomAttachmentsService } from './room-attachments.service';

/**
 * Uploads a file to a room, to send with the next message: multipart/form-data with one file,
 * by a member who may write, `X-Requested-With: oip`. Answers the attachment (its id goes in
 * message:send `attachmentIds`), or `{ code, message }`: 404 NOT_FOUND, 403 ROOM_NOT_MEMBER /
 * ROOM_BANNED / ROOM_MUTED, 409 ATTACHMENT_LIMIT_REACHED, 413 FILE_TOO_LARGE,
 * 415 ATTACHMENT_TYPE_NOT_ALLOWED. Downloads and deletions are at /api/files/:id.
 */
@Controller('api/rooms/:id/attachments')
@UseGuards(CsrfHeaderGuard)
export class RoomAttachmentsController {
  constructor(
    private readonly attachments: RoomAttachmentsService,
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
