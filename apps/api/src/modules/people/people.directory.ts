import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { normaliseLanguages, normaliseTags } from '@oip/domain';
import { Brackets, Repository } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import type { PeopleFilter } from './dto/profile.inputs';
import { PersonProfileEntity } from './entities/person-profile.entity';
import { isUuid } from '../../common/ids';

export const MAX_PEOPLE_PAGE_SIZE = 50;

interface Cursor {
  /** sort key: full name (browsing) or text rank (searching) */
  k: string | number;
  id: string;
}

/**
 * The people directory: people with a profile, of live accounts, that the viewer may see
 * (anonymous callers: PUBLIC profiles only); filters, full-text search in Italian and
 * English with accents folded, keyset pagination (by name, or by rank when searching).
 */
@Injectable()
export class PeopleDirectory {
  constructor(
    @InjectRepository(PersonProfileEntity)
    private readonly profiles: Repository<PersonProfileEntity>,
  ) {}

  async page(filter: PeopleFilter, first: number, after: string | null, viewer: AuthUser | null) {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PEOPLE_PAGE_SIZE) {
      throw new AppError('BAD_USER_INPUT', { field: 'first', max: MAX_PEOPLE_PAGE_SIZE });
    }
    const text = filter.query?.trim().slice(0, 200) || null;
    // a rank when searching, a name when browsing: a cursor from the other mode is refused
    const cursor = after ? decodeCursor(after, text ? 'number' : 'string') : null;
    const query = this.profiles
      .createQueryBuilder('p')
      .innerJoin('p.user', 'u', 'u.deleted_at IS NULL');
    if (!viewer) query.andWhere(`p.visibility = 'public'`);
    const expertise = normaliseTags(filter.expertise ?? []);
    if (expertise.length) query.andWhere('p.expertise @> :expertise', { expertise });
    const languages = normaliseLanguages(filter.languages ?? []);
    if (languages.length) query.andWhere('p.languages @> :languages', { languages });

    if (text) {
      // both languages' parsers; websearch syntax ("quoted", -excluded, or)
      const tsQuery = `(websearch_to_tsquery('oip_it', :text) || websearch_to_tsquery('oip_en', :text))`;
      query
        .addSelect(`ts_rank(p.search, ${tsQuery})`, 'rank')
        .andWhere(`p.search @@ ${tsQuery}`, { text });
      if (cursor) {
        query.andWhere(
          new Brackets((q) =>
            q
              .where(`ts_rank(p.search, ${tsQuery}) < CAST(:rank AS real)`, { rank: cursor.k })
              .orWhere(`ts_rank(p.search, ${tsQuery}) = CAST(:rank AS real) AND p.user_id > :id`, {
                rank: cursor.k,
                id: cursor.id,
              }),
          ),
        );
      }
      query.orderBy('rank', 'DESC').addOrderBy('p.user_id', 'ASC');
    } else {
      if (cursor) {
        query.andWhere('(p.full_name, p.user_id) > (:name, :id)', {
          name: String(cursor.k),
          id: cursor.id,
        });
      }
      query.orderBy('p.full_name', 'ASC').addOrderBy('p.user_id', 'ASC');
    }

    // limit, not take: the join is one-to-one, and take's two-query strategy mishandles the rank alias
    const { entities, raw } = await query.limit(first + 1).getRawAndEntities();
    const nodes = entities.slice(0, first);
    const last = nodes.at(-1);
    const rankOf = (profile: PersonProfileEntity) =>
      Number(
        (raw as { p_user_id: string; rank?: number }[]).find(
          (row) => row.p_user_id === profile.userId,
        )?.rank ?? 0,
      );
    return {
      nodes,
      pageInfo: {
        hasNextPage: entities.length > first,
        endCursor: last
          ? encodeCursor({ k: text ? rankOf(last) : last.fullName, id: last.userId })
          : null,
      },
    };
  }
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(value: string, kind: 'string' | 'number'): Cursor {
  try {
    const cursor = JSON.parse(Buffer.from(value, 'base64url').toString()) as Cursor;
    if (typeof cursor.k === kind && isUuid(String(cursor.id))) return cursor;
  } catch {
    // fall through
  }
  throw new AppError('BAD_USER_INPUT', { field: 'after' });
}
