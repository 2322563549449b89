import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Repository, type EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { isUuid } from '../../common/ids';
import { APP_LOGGER } from '../../config/config.module';
import { UserAccountEntity } from '../accounts/entities/user-account.entity';
import { ImageService } from '../storage/image.service';
import { FILE_STORAGE, newStorageKey, type FileStorage } from '../storage/storage';
import type { ProfileInput } from './dto/profile.inputs';
import { PersonProfileEntity } from './entities/person-profile.entity';
import type { Person } from './models/person.model';
import { validateProfile } from './profile-validation';

/** Where a stored avatar is served. */
export function avatarUrlOf(key: string | null | undefined): string | null {
  return key ? `/uploads/${key}` : null;
}

/**
 * People's profiles: reading them for others (visibility is applied by the resolver through
 * peoplePolicy), editing one's own, and the avatar. Profiles are created lazily: the first
 * edit or avatar upload inserts the row (see PersonProfileEntity).
 */
@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(UserAccountEntity) private readonly accounts: Repository<UserAccountEntity>,
    @InjectRepository(PersonProfileEntity)
    private readonly profiles: Repository<PersonProfileEntity>,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly images: ImageService,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  /** Live (not erased) accounts among `ids`, as people, in one query. */
  async peopleOf(ids: readonly string[]): Promise<(Person | null)[]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length
      ? await this.accounts.find({
          select: { id: true, fullName: true },
          where: { id: In(valid), deletedAt: IsNull() },
        })
      : [];
    return ids.map((id) => {
      const row = rows.find((account) => account.id === id);
      return row ? { id: row.id, fullName: row.fullName } : null;
    });
  }

  /** The profiles of live accounts among `ids` (null: no profile, or an erased account). */
  async profilesOf(ids: readonly string[]): Promise<(PersonProfileEntity | null)[]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length
      ? await this.profiles
          .createQueryBuilder('p')
          .innerJoin('p.user', 'u', 'u.deleted_at IS NULL')
          .where('p.user_id IN (:...ids)', { ids: valid })
          .getMany()
      : [];
    return ids.map((id) => rows.find((row) => row.userId === id) ?? null);
  }

  /** Applies the given fields to the caller's profile (creating it); returns the new state. */
  async updateMyProfile(user: AuthUser, input: ProfileInput): Promise<PersonProfileEntity> {
    const changes = validateProfile(input);
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.lockProfile(manager, user.id);
      Object.assign(profile, changes);
      return manager.getRepository(PersonProfileEntity).save(profile);
    });
  }

  /**
   * Vets and re-encodes the image (512×512 WebP), stores it under a new key, points the
   * profile at it, and only once that has committed deletes the previous file. A failed
   * database update removes the new file instead.
   */
  async setAvatar(userId: string, upload: Buffer): Promise<string> {
    const image = await this.images.process(upload, 'avatar');
    const key = newStorageKey('avatars');
    await this.storage.put(key, image.data, image.contentType);
    let previous: string | null;
    try {
      previous = await this.dataSource.transaction(async (manager) => {
        const profile = await this.lockProfile(manager, userId);
        await manager.getRepository(PersonProfileEntity).update({ userId }, { avatarKey: key });
        return profile.avatarKey;
      });
    } catch (error) {
      await this.deleteFile(key);
      throw error;
    }
    if (previous) await this.deleteFile(previous);
    return key;
  }

  /** Removes the caller's avatar (nothing to do when there is none). */
  async removeAvatar(userId: string): Promise<void> {
    const previous = await this.dataSource.transaction(async (manager) => {
      const profiles = manager.getRepository(PersonProfileEntity);
      const profile = await profiles.findOne({
        where: { userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!profile?.avatarKey) return null;
      await profiles.update({ userId }, { avatarKey: null });
      return profile.avatarKey;
    });
    if (previous) await this.deleteFile(previous);
  }

  /**
   * The person's profile row, created if missing (name copied from the account), locked until
   * the transaction ends so concurrent edits and uploads serialise.
   */
  private async lockProfile(manager: EntityManager, userId: string): Promise<PersonProfileEntity> {
    await manager.query(
      `INSERT INTO person_profile (user_id, full_name)
       SELECT id, full_name FROM user_account WHERE id = $1 AND deleted_at IS NULL
       ON CONFLICT (user_id) DO NOTHING`,
      [userId],
    );
    const profile = await manager.getRepository(PersonProfileEntity).findOne({
      where: { userId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!profile) throw new AppError('UNAUTHENTICATED'); // the account was erased meanwhile
    return profile;
  }

  /** An orphaned file is harmless (its key is unguessable and unreferenced): log, go on. */
  private async deleteFile(key: string): Promise<void> {
    try {
      await this.storage.delete(key);
    } catch (error) {
      this.logger.warn({ err: error, key }, 'could not delete a stored file');
    }
  }
}
