import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { normaliseTags } from '@oip/domain';
import { Brackets, Repository, type SelectQueryBuilder } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import type { OrganisationFilter } from './dto/organisation.inputs';
import { OrganisationEntity } from './entities/organisation.entity';
import { isUuid } from '../../common/ids';

export const MAX_PAGE_SIZE = 50;

interface Cursor {
  /** sort key: display name (browsing) or text rank (searching) */
  k: string | number;
  id: string;
}

/**
 * The organisation directory: filters, full-text search, keyset pagination. Keyset (not
 * OFFSET) keeps deep pages as cheap as the first and stable while rows are added.
 */
@Injectable()
export class OrganisationsDirectory {
  constructor(
    @InjectRepository(OrganisationEntity)
    private readonly organisations: Repository<OrganisationEntity>,
  ) {}

  async page(filter: OrganisationFilter, first: number, after: string | null) {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
      throw new AppError('BAD_USER_INPUT', { field: 'first', max: MAX_PAGE_SIZE });
    }
    const text = filter.query?.trim().slice(0, 200) || null;
    const cursor = after ? decodeCursor(after, text ? 'number' : 'string') : null;
    const query = this.organisations.createQueryBuilder('o');
    applyFilters(query, filter);

    if (text) {
      // both languages' parsers; websearch syntax ("quoted", -excluded, or)
      const tsQuery = `(websearch_to_tsquery('oip_it', :text) || websearch_to_tsquery('oip_en', :text))`;
      query
        .addSelect(`ts_rank(o.search, ${tsQuery})`, 'rank')
        .andWhere(`o.search @@ ${tsQuery}`, { text });
      if (cursor) {
        query.andWhere(
          new Brackets((q) =>
            q
              .where(`ts_rank(o.search, ${tsQuery}) < :rank`, { rank: cursor.k })
              .orWhere(`ts_rank(o.search, ${tsQuery}) = CAST(:rank AS real) AND o.id > :id`, {
                rank: cursor.k,
                id: cursor.id,
              }),
          ),
        );
      }
      query.orderBy('rank', 'DESC').addOrderBy('o.id', 'ASC');
    } else {
      if (cursor) {
        query.andWhere('(o.display_name, o.id) > (:name, :id)', { name: cursor.k, id: cursor.id });
      }
      query.orderBy('o.display_name', 'ASC').addOrderBy('o.id', 'ASC');
    }

    const { entities, raw } = await query.take(first + 1).getRawAndEntities();
    const nodes = entities.slice(0, first);
    const last = nodes.at(-1);
    const rankOf = (entity: OrganisationEntity) =>
      Number(
        (raw as { o_id: string; rank?: number }[]).find((row) => row.o_id === entity.id)?.rank ?? 0,
      );
    return {
      nodes,
      pageInfo: {
        hasNextPage: entities.length > first,
        endCursor: last
          ? encodeCursor({ k: text ? rankOf(last) : last.displayName, id: last.id })
          : null,
      },
    };
  }
}

function applyFilters(query: SelectQueryBuilder<OrganisationEntity>, filter: OrganisationFilter) {
  if (filter.kinds?.length) query.andWhere('o.kind IN (:...kinds)', { kinds: filter.kinds });
  if (filter.provinces?.length)
    query.andWhere('o.province IN (:...provinces)', { provinces: filter.provinces });
  if (filter.s3Ecosystems?.length)
    query.andWhere('o.s3_ecosystems && :ecosystems', { ecosystems: filter.s3Ecosystems });
  // normalised as stored (lower case, single spaces, no blanks): a blank tag filters nothing
  const competences = normaliseTags(filter.competences ?? []);
  if (competences.length) query.andWhere('o.competences @> :competences', { competences });
  if (filter.trlAtLeast) query.andWhere('o.trl_max >= :trl', { trl: filter.trlAtLeast });
  if (filter.verifiedOnly) query.andWhere('o.verified_at IS NOT NULL');
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** A cursor of this kind of listing: a rank when searching, a name when browsing. */
function decodeCursor(value: string, key: 'number' | 'string'): Cursor {
  try {
    const cursor = JSON.parse(Buffer.from(value, 'base64url').toString()) as Cursor;
    if (
      typeof cursor.k === key &&
      Number.isFinite(key === 'number' ? cursor.k : 0) &&
      isUuid(String(cursor.id))
    )
      return cursor;
  } catch {
    // fall through
  }
  throw new AppError('BAD_USER_INPUT', { field: 'after' });
}
