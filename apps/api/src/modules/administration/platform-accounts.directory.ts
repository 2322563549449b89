import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { checkPageSize, decodeCursor, encodeCursor } from '../../common/graphql/keyset-cursor';
import { UserAccountEntity } from '../accounts/entities/user-account.entity';
import { administrationPolicy } from './administration.policy';
import type { PlatformAccountFilter } from './dto/platform-account.filter';

export const MAX_ACCOUNTS_PAGE_SIZE = 50;

/**
 * Every live account (erased ones are left out), for administrators: a substring of the name
 * or email, a role, keyset pages by name. A plain ILIKE scan: the accounts table is small and
 * this list is for a handful of administrators, not the public directory.
 */
@Injectable()
export class PlatformAccountsDirectory {
  constructor(
    @InjectRepository(UserAccountEntity)
    private readonly accounts: Repository<UserAccountEntity>,
  ) {}

  async page(viewer: AuthUser, filter: PlatformAccountFilter, first: number, after: string | null) {
    administrationPolicy.administerAccounts(viewer);
    checkPageSize(first, MAX_ACCOUNTS_PAGE_SIZE);
    const cursor = after ? decodeCursor(after, 'string') : null;
    const query = this.accounts.createQueryBuilder('u').where('u.deleted_at IS NULL');
    const text = filter.query?.trim().slice(0, 200);
    if (text) {
      query.andWhere('(u.full_name ILIKE :pattern OR u.email ILIKE :pattern)', {
        pattern: `%${escapeLike(text)}%`,
      });
    }
    if (filter.role) query.andWhere('u.role = :role', { role: filter.role });
    if (cursor) {
      query.andWhere('(u.full_name, u.id) > (:name, :id)', {
        name: String(cursor.k),
        id: cursor.id,
      });
    }
    const rows = await query
      .orderBy('u.full_name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .limit(first + 1)
      .getMany();
    const nodes = rows.slice(0, first);
    const last = nodes.at(-1);
    return {
      nodes,
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: last ? encodeCursor({ k: last.fullName, id: last.id }) : null,
      },
    };
  }
}

/** The text matches literally: % and _ typed by the administrator are not wildcards. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
