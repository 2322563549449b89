import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { isUuid } from '../../common/ids';
import { challengePolicy } from '../challenges/challenges.policy';
import { ChallengesService } from '../challenges/challenges.service';
import type { FileEntity } from '../files/entities/file.entity';
import { FileOwners, type FileOwnerPolicy } from '../files/file-owners';
import { attachmentsByOwner, checkAttachmentLimit, toAttachment } from '../files/attachment';
import { FilesService, type UploadedFile } from '../files/files.service';
import type { Attachment } from '../files/models/attachment.model';
import { ConfidentialBriefService } from './confidential-brief.service';
import { ChallengeAttachmentEntity } from './entities/challenge-attachment.entity';
import { ConfidentialBriefEntity } from './entities/confidential-brief.entity';

/** Most attachments one challenge may have (public and confidential together). */
export const MAX_CHALLENGE_ATTACHMENTS = 30;

/**
 * Files attached to challenges (`file.owner_type = 'challenge'`): uploads by the owner side
 * while the challenge is editable, lists, and the FileOwnerPolicy that decides downloads and
 * deletions: public attachments for whoever sees the challenge, confidential ones for the
 * readers of the confidential brief only, every such download logged.
 */
@Injectable()
export class ChallengeAttachmentsService implements FileOwnerPolicy, OnModuleInit {
  readonly ownerType = 'challenge';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly challenges: ChallengesService,
    private readonly brief: ConfidentialBriefService,
    private readonly files: FilesService,
    private readonly owners: FileOwners,
  ) {}

  onModuleInit(): void {
    this.owners.register(this);
  }

  async upload(
    user: AuthUser,
    challengeId: string,
    confidential: boolean,
    upload: () => Promise<UploadedFile>,
  ): Promise<Attachment> {
    // access first, so a stranger learns nothing (not even the size limit) from an upload
    const { challenge, viewer } = await this.challenges.findVisible(user, challengeId);
    challengePolicy.edit(challenge, viewer);
    const file = await this.files.store(
      user,
      this.ownerType,
      await upload(),
      async (manager, file) => {
        // the challenge row is locked: concurrent uploads count one after the other
        await this.challenges.findVisible(user, challengeId, manager, true);
        if (
          confidential &&
          !(await manager.getRepository(ConfidentialBriefEntity).existsBy({ challengeId }))
        )
          throw new AppError('VALIDATION_FAILED', {
            fields: { confidential: 'NDA_TERMS_REQUIRED' },
          });
        checkAttachmentLimit(
          await manager.getRepository(ChallengeAttachmentEntity).countBy({ challengeId }),
          MAX_CHALLENGE_ATTACHMENTS,
        );
        await manager
          .getRepository(ChallengeAttachmentEntity)
          .insert({ fileId: file.id, challengeId, confidential });
      },
    );
    return toAttachment(file, confidential);
  }

  /** The attachments of each challenge of one kind, oldest first (one query). */
  async listOf(challengeIds: readonly string[], confidential: boolean): Promise<Attachment[][]> {
    const ids = challengeIds.filter(isUuid);
    const rows = ids.length
      ? await this.dataSource.getRepository(ChallengeAttachmentEntity).find({
          where: { challengeId: In(ids), confidential },
          relations: { file: true },
          order: { file: { createdAt: 'ASC', id: 'ASC' } },
        })
      : [];
    return attachmentsByOwner(
      challengeIds,
      rows,
      (row) => row.challengeId,
      MAX_CHALLENGE_ATTACHMENTS,
      confidential,
    );
  }

  async authorizeDownload(user: AuthUser | null, file: FileEntity): Promise<void> {
    const { link, reader } = await this.access(user, file);
    if (link.confidential)
      await this.brief.recordAccess(this.dataSource.manager, link.challengeId, reader!, file);
  }

  /** Owner side while the challenge is editable; others who cannot even see it: NOT_FOUND. */
  async authorizeDelete(user: AuthUser, file: FileEntity): Promise<void> {
    const { link } = await this.access(user, file);
    const { challenge, viewer } = await this.challenges.findVisible(user, link.challengeId);
    challengePolicy.edit(challenge, viewer);
  }

  private async access(user: AuthUser | null, file: FileEntity) {
    const link = await this.dataSource
      .getRepository(ChallengeAttachmentEntity)
      .findOneBy({ fileId: file.id });
    if (!link) throw new AppError('NOT_FOUND');
    const { challenge, viewer } = await this.challenges.findVisible(user, link.challengeId);
    if (!link.confidential) return { link, reader: null };
    const reader = await this.brief.readerOf(viewer, challenge);
    if (!reader) throw new AppError('NOT_FOUND');
    return { link, reader };
  }
}
