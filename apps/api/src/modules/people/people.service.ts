import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Repository, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { UserAccountEntity } from '../accounts/entities/user-account.entity';
import type { ProfileInput } from './dto/profile.inputs';
import { PersonProfileEntity } from './entities/person-profile.entity';
import type { Person } from './models/person.model';
import { validateProfile } from './profile-validation';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

/** Where a stored avatar is served. */
export function avatarUrlOf(key: string | null | undefined): string | null {
  return key ? `/uploads/${key}` : null;
}

/**
 * People's profiles: reading them for others (visibility is applied by the resolver through
 * peoplePolicy), and editing one's own. Profiles are created lazily: the first edit inserts
 * the row (see PersonProfileEntity).
 */
@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(UserAccountEntity) private readonly accounts: Repository<UserAccountEntity>,
    @InjectRepository(PersonProfileEntity)
    private readonly profiles: Repository<PersonProfileEntity>,
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
}
