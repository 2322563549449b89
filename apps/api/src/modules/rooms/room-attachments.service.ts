import { ROOM_LIMITS } from '@oip/domain';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { checkAttachmentLimit, toAttachment } from '../files/attachment';
import type { FileEntity } from '../files/entities/file.entity';
import { FileOwners, type FileOwnerPolicy } from '../files/file-owners';
import { FilesService, type UploadedFile } from '../files/files.service';
import type { Attachment } from '../files/models/attachment.model';
import { RoomAttachmentEntity } from './entities/room-attachment.entity';
import { readAccess, requireAccess } from './room-access';

/**
 * Files in rooms, through the files endpoint: uploaded by a member who may write
 * (`POST /api/rooms/:id/attachments`), then attached to the message sent with their ids
 * (message:send `attachmentIds`); downloaded at /api/files/:id by whoever may read the room
 * (NOT_FOUND for anyone else); deleted by the uploader while not yet sent.
 */
@Injectable()
export class RoomAttachmentsService implements FileOwnerPolicy, OnModuleInit {
  readonly ownerType = 'room';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: FilesService,
    private readonly owners: FileOwners,
  ) {}

  onModuleInit(): void {
    this.owners.register(this);
  }

  async upload(
    user: AuthUser,
    roomId: string,
    upload: () => Promise<UploadedFile>,
  ): Promise<Attachment> {
    // access first, so an outsider learns nothing (not even the size limit) from an upload
    const access = await requireAccess(this.dataSource.manager, roomId, user);
    if (access.mutedUntil && access.mutedUntil > new Date()) throw new AppError('ROOM_MUTED');
    const file = await this.files.store(
      user,
      this.ownerType,
      await upload(),
      async (manager, stored) => {
        const [uploads] = await manager.query<{ waiting: number }[]>(
          `SELECT count(*)::int AS waiting FROM room_attachment
         WHERE room_id = $1 AND uploaded_by = $2 AND message_id IS NULL`,
          [roomId, user.id],
        );
        checkAttachmentLimit(uploads!.waiting, ROOM_LIMITS.attachmentsPerMessage);
        await manager
          .getRepository(RoomAttachmentEntity)
          .insert({ fileId: stored.id, roomId, uploadedBy: user.id, messageId: null });
      },
    );
    return toAttachment(file, false);
  }

  /** Checks that the ids are the sender's unsent uploads to this room (BAD_USER_INPUT otherwise). */
  async checkAttachable(
    manager: EntityManager,
    user: AuthUser,
    roomId: string,
    fileIds: readonly string[],
  ) {
    if (fileIds.length === 0) return;
    if (
      new Set(fileIds).size !== fileIds.length ||
      fileIds.length > ROOM_LIMITS.attachmentsPerMessage
    )
      throw new AppError('BAD_USER_INPUT', { field: 'attachmentIds' });
    const [found] = await manager.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM room_attachment
       WHERE file_id = ANY($1) AND room_id = $2 AND uploaded_by = $3 AND message_id IS NULL`,
      [fileIds, roomId, user.id],
    );
    if (found!.n !== fileIds.length)
      throw new AppError('BAD_USER_INPUT', { field: 'attachmentIds' });
  }

  async authorizeDownload(user: AuthUser | null, file: FileEntity): Promise<void> {
    const link = await this.linkOf(file);
    // an upload not sent yet is its uploader's only
    const access = user ? await readAccess(this.dataSource.manager, link.roomId, user) : null;
    if (!access?.allowed || (!link.messageId && link.uploadedBy !== user?.id))
      throw new AppError('NOT_FOUND');
  }

  async authorizeDelete(user: AuthUser, file: FileEntity): Promise<void> {
    const link = await this.linkOf(file);
    await requireAccess(this.dataSource.manager, link.roomId, user).catch(() => {
      throw new AppError('NOT_FOUND');
    });
    if (link.uploadedBy !== user.id || link.messageId) throw new AppError('FORBIDDEN');
  }

  private async linkOf(file: FileEntity) {
    const link = await this.dataSource
      .getRepository(RoomAttachmentEntity)
      .findOneBy({ fileId: file.id });
    if (!link) throw new AppError('NOT_FOUND');
    return link;
  }
}
