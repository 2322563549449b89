import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import { ImageService } from '../storage/image.service';
import { FILE_STORAGE, newStorageKey, type FileStorage } from '../storage/storage';
import { OrganisationEntity } from './entities/organisation.entity';
import { MembershipEntity } from './entities/membership.entity';
import { organisationPolicy } from './organisations.policy';
import { isUuid } from '../../common/ids';

/**
 * An organisation's logo: sniffed, re-encoded to WebP, stored under a new key per upload. The
 * file is written first; the row points to it in a transaction; the old file goes after commit
 * (and the new one if the transaction fails), so a logo is never half-replaced.
 */
@Injectable()
export class OrganisationLogoService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly images: ImageService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly audit: AuditService,
  ) {}

  async set(user: AuthUser, organisationId: string, upload: Buffer): Promise<string> {
    await this.checkAccess(user, organisationId);
    const image = await this.images.process(upload, 'logo');
    const key = newStorageKey('logos');
    await this.storage.put(key, image.data, image.contentType);
    let previous: string | null;
    try {
      previous = await this.dataSource.transaction(async (manager) => {
        const [row] = (await manager.query(
          'SELECT logo_key FROM organisation WHERE id = $1 FOR UPDATE',
          [organisationId],
        )) as { logo_key: string | null }[];
        await manager
          .getRepository(OrganisationEntity)
          .update({ id: organisationId }, { logoKey: key });
        await this.audit.record(manager, {
          actorId: user.id,
          action: 'organisation.logo_changed',
          subjectType: 'organisation',
          subjectId: organisationId,
        });
        return row?.logo_key ?? null;
      });
    } catch (error) {
      await this.storage.delete(key).catch(() => undefined);
      throw error;
    }
    if (previous) await this.storage.delete(previous).catch(() => undefined);
    return key;
  }

  private async checkAccess(user: AuthUser, organisationId: string) {
    if (!isUuid(organisationId)) throw new AppError('NOT_FOUND');
    const exists = await this.dataSource
      .getRepository(OrganisationEntity)
      .existsBy({ id: organisationId });
    if (!exists) throw new AppError('NOT_FOUND');
    const membership = await this.dataSource
      .getRepository(MembershipEntity)
      .findOneBy({ organisationId, userId: user.id });
    organisationPolicy.edit(user, membership?.role ?? null);
  }
}
