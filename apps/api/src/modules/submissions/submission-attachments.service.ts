import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SUBMISSION_LIMITS } from '@oip/domain';
import { DataSource, In } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { isUuid } from '../../common/ids';
import { attachmentsByOwner, checkAttachmentLimit, toAttachment } from '../files/attachment';
import type { FileEntity } from '../files/entities/file.entity';
import { FileOwners, type FileOwnerPolicy } from '../files/file-owners';
import { FilesService, type UploadedFile } from '../files/files.service';
import type { Attachment } from '../files/models/attachment.model';
import { SubmissionAttachmentEntity } from './entities/submission-attachment.entity';
import { SubmissionsService } from './submissions.service';

/** Most files one submission may have. */
export const MAX_SUBMISSION_ATTACHMENTS = SUBMISSION_LIMITS.attachmentsMax;

/**
 * Files attached to submissions (`file.owner_type = 'submission'`): the submitting
 * organisation's members add and remove them while the submission is editable (draft or
 * withdrawn, challenge open, before the deadline); whoever may read the submission downloads
 * them (submissions.policy.ts), everyone else gets NOT_FOUND.
 */
@Injectable()
export class SubmissionAttachmentsService implements FileOwnerPolicy, OnModuleInit {
  readonly ownerType = 'submission';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly submissions: SubmissionsService,
    private readonly files: FilesService,
    private readonly owners: FileOwners,
  ) {}

  onModuleInit(): void {
    this.owners.register(this);
  }

  async upload(
    user: AuthUser,
    submissionId: string,
    upload: () => Promise<UploadedFile>,
  ): Promise<Attachment> {
    // access first, so a stranger learns nothing (not even the size limit) from an upload
    await this.dataSource.transaction((manager) =>
      this.submissions.lockForEdit(manager, user, submissionId),
    );
    const file = await this.files.store(
      user,
      this.ownerType,
      await upload(),
      async (manager, file) => {
        // again, locked: a submit or the deadline may have come meanwhile; uploads queue
        await this.submissions.lockForEdit(manager, user, submissionId);
        const links = manager.getRepository(SubmissionAttachmentEntity);
        checkAttachmentLimit(await links.countBy({ submissionId }), MAX_SUBMISSION_ATTACHMENTS);
        await links.insert({ fileId: file.id, submissionId });
      },
    );
    return toAttachment(file, true);
  }

  /** The attachments of each submission, oldest first (one query). */
  async listOf(submissionIds: readonly string[]): Promise<Attachment[][]> {
    const ids = submissionIds.filter(isUuid);
    const rows = ids.length
      ? await this.dataSource.getRepository(SubmissionAttachmentEntity).find({
          where: { submissionId: In(ids) },
          relations: { file: true },
          order: { file: { createdAt: 'ASC', id: 'ASC' } },
        })
      : [];
    return attachmentsByOwner(
      submissionIds,
      rows,
      (row) => row.submissionId,
      MAX_SUBMISSION_ATTACHMENTS,
      true,
    );
  }

  async authorizeDownload(user: AuthUser | null, file: FileEntity): Promise<void> {
    await this.submissions.checkReadable(user, (await this.linkOf(file)).submissionId);
  }

  /** Same people and conditions as an upload (NOT_FOUND for those who may not read it). */
  async authorizeDelete(user: AuthUser, file: FileEntity): Promise<void> {
    const { submissionId } = await this.linkOf(file);
    await this.dataSource.transaction((manager) =>
      this.submissions.lockForEdit(manager, user, submissionId),
    );
  }

  private async linkOf(file: FileEntity): Promise<SubmissionAttachmentEntity> {
    const link = await this.dataSource
      .getRepository(SubmissionAttachmentEntity)
      .findOneBy({ fileId: file.id });
    if (!link) throw new AppError('NOT_FOUND');
    return link;
  }
}
