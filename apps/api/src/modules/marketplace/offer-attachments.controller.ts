import { AttachmentUploadController } from '../files/attachment-upload.controller';
import { OfferAttachmentsService } from './offer-attachments.service';

/**
 * Uploads a technology offer's attachment: multipart/form-data with one file, by the owning
 * organisation's owners and admins, `X-Requested-With: oip`. Answers the attachment, or
 * `{ code, message }`: 404 NOT_FOUND, 403 FORBIDDEN, 409 MARKETPLACE_NOT_EDITABLE or
 * ATTACHMENT_LIMIT_REACHED, 413 FILE_TOO_LARGE, 415 ATTACHMENT_TYPE_NOT_ALLOWED.
 * Downloads and deletions are at /api/files/:id (FilesController).
 */
export class OfferAttachmentsController extends AttachmentUploadController(
  'api/offers/:id/attachments',
  OfferAttachmentsService,
) {}
