import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { isUuid } from '../../common/ids';
import { attachmentsByOwner, checkAttachmentLimit, toAttachment } from '../files/attachment';
import type { FileEntity } from '../files/entities/file.entity';
import { FileOwners, type FileOwnerPolicy } from '../files/file-owners';
import { FilesService, type UploadedFile } from '../files/files.service';
import type { Attachment } from '../files/models/attachment.model';
import { OfferAttachmentEntity } from './entities/offer-attachment.entity';
import { marketplacePolicy } from './marketplace.policy';
import { MarketplaceService } from './marketplace.service';

/** Most attachments one technology offer may have. */
export const MAX_OFFER_ATTACHMENTS = 10;

/**
 * Files attached to technology offers (`file.owner_type = 'offer'`): uploaded and removed by
 * the owning organisation's owners and admins while the offer is editable; downloaded by
 * whoever may see the offer (published or expired: anyone; a draft: its organisation's
 * members and the moderators; archived: its members), NOT_FOUND for everyone else.
 */
@Injectable()
export class OfferAttachmentsService implements FileOwnerPolicy, OnModuleInit {
  readonly ownerType = 'offer';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly marketplace: MarketplaceService,
    private readonly files: FilesService,
    private readonly owners: FileOwners,
  ) {}

  onModuleInit(): void {
    this.owners.register(this);
  }

  async upload(
    user: AuthUser,
    offerId: string,
    upload: () => Promise<UploadedFile>,
  ): Promise<Attachment> {
    // access first, so a stranger learns nothing (not even the size limit) from an upload
    const { item, viewer } = await this.marketplace.findVisible(user, 'offer', offerId);
    marketplacePolicy.edit(item, viewer);
    const file = await this.files.store(
      user,
      this.ownerType,
      await upload(),
      async (manager, file) => {
        // the offer row is locked: concurrent uploads count one after the other
        const locked = await this.marketplace.findVisible(user, 'offer', offerId, manager, true);
        marketplacePolicy.edit(locked.item, locked.viewer);
        checkAttachmentLimit(
          await manager.getRepository(OfferAttachmentEntity).countBy({ offerId }),
          MAX_OFFER_ATTACHMENTS,
        );
        await manager.getRepository(OfferAttachmentEntity).insert({ fileId: file.id, offerId });
      },
    );
    return toAttachment(file, false);
  }

  /** The attachments of each offer, oldest first (one query; the offers are already visible). */
  async listOf(offerIds: readonly string[]): Promise<Attachment[][]> {
    const ids = offerIds.filter(isUuid);
    const rows = ids.length
      ? await this.dataSource.getRepository(OfferAttachmentEntity).find({
          where: { offerId: In(ids) },
          relations: { file: true },
          order: { file: { createdAt: 'ASC', id: 'ASC' } },
        })
      : [];
    return attachmentsByOwner(offerIds, rows, (row) => row.offerId, MAX_OFFER_ATTACHMENTS, false);
  }

  async authorizeDownload(user: AuthUser | null, file: FileEntity): Promise<void> {
    await this.marketplace.findVisible(user, 'offer', await this.offerOf(file));
  }

  /** The owner's owners and admins while the offer is editable; who cannot see it: NOT_FOUND. */
  async authorizeDelete(user: AuthUser, file: FileEntity): Promise<void> {
    const { item, viewer } = await this.marketplace.findVisible(
      user,
      'offer',
      await this.offerOf(file),
    );
    marketplacePolicy.edit(item, viewer);
  }

  private async offerOf(file: FileEntity): Promise<string> {
    const link = await this.dataSource
      .getRepository(OfferAttachmentEntity)
      .findOneBy({ fileId: file.id });
    if (!link) throw new AppError('NOT_FOUND');
    return link.offerId;
  }
}
