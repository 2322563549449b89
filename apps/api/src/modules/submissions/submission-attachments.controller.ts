import { AttachmentUploadController } from '../files/attachment-upload.controller';
import { SubmissionAttachmentsService } from './submission-attachments.service';

/**
 * Uploads a submission attachment: multipart/form-data with one file, `X-Requested-With: oip`,
 * by a member of the submitting organisation while the submission is editable. Answers the
 * attachment, or `{ code, message }`: 404 NOT_FOUND, 403 FORBIDDEN, 409 SUBMISSION_NOT_EDITABLE,
 * SUBMISSION_CHALLENGE_NOT_OPEN, SUBMISSION_DEADLINE_PASSED or ATTACHMENT_LIMIT_REACHED,
 * 413 FILE_TOO_LARGE, 415 ATTACHMENT_TYPE_NOT_ALLOWED. Downloads and deletions: /api/files/:id.
 */
export class SubmissionAttachmentsController extends AttachmentUploadController(
  'api/submissions/:id/attachments',
  SubmissionAttachmentsService,
) {}
