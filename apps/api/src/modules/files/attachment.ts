import { AppError } from '../../common/errors/app-error';
import type { FileEntity } from './entities/file.entity';
import { fileUrlOf } from './files.service';
import type { Attachment } from './models/attachment.model';

/** A stored file as its owner shows it (GraphQL `Attachment`, or an upload's answer). */
export function toAttachment(file: FileEntity, confidential: boolean): Attachment {
  return {
    id: file.id,
    name: file.name,
    size: file.size,
    contentType: file.contentType,
    url: fileUrlOf(file.id),
    confidential,
    createdAt: file.createdAt,
  };
}

/**
 * Refuses one more file when an owner already has `max` (ATTACHMENT_LIMIT_REACHED). Count
 * inside the uploading transaction with the owner row locked, so concurrent uploads queue.
 */
export function checkAttachmentLimit(count: number, max: number): void {
  if (count >= max) throw new AppError('ATTACHMENT_LIMIT_REACHED', { max });
}

/**
 * Groups linked files by owner id, in the order of `ownerIds`, at most `max` each (the rows
 * come from the owner's link table with its `file` relation loaded, in display order).
 */
export function attachmentsByOwner<Row extends { file?: FileEntity }>(
  ownerIds: readonly string[],
  rows: readonly Row[],
  ownerOf: (row: Row) => string,
  max: number,
  confidential: boolean,
): Attachment[][] {
  return ownerIds.map((id) =>
    rows
      .filter((row) => ownerOf(row) === id && row.file)
      .slice(0, max)
      .map((row) => toAttachment(row.file!, confidential)),
  );
}
