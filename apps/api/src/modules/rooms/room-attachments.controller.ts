import { AttachmentUploadController } from '../files/attachment-upload.controller';
import { RoomAttachmentsService } from './room-attachments.service';

/**
 * Uploads a file to a room, to send with the next message: multipart/form-data with one file,
 * by a member who may write, `X-Requested-With: oip`. Answers the attachment (its id goes in
 * message:send `attachmentIds`), or `{ code, message }`: 404 NOT_FOUND, 403 ROOM_NOT_MEMBER /
 * ROOM_BANNED / ROOM_MUTED, 409 ATTACHMENT_LIMIT_REACHED, 413 FILE_TOO_LARGE,
 * 415 ATTACHMENT_TYPE_NOT_ALLOWED. Downloads and deletions are at /api/files/:id.
 */
export class RoomAttachmentsController extends AttachmentUploadController(
  'api/rooms/:id/attachments',
  RoomAttachmentsService,
) {}
