import { decodeCursor, encodeCursor } from '../../common/graphql/keyset-cursor';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normaliseTags } from '@oip/domain';
import { Brackets, DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { isUuid } from '../../common/ids';
import type { MarketplaceFilter } from './dto/marketplace.inputs';
import { MARKETPLACE_ENTITIES, type EntityOf, type MarketplaceKind } from './marketplace.kinds';
import { marketplacePolicy } from './marketplace.policy';

export const MAX_MARKETPLACE_PAGE_SIZE = 50;

interface Cursor {
  /** 'relevance' when searching, else 'newest' */
  s: 'relevance' | 'newest';
  /** a rank, or a creation timestamp as ISO text */
  k: string | number;
  id: string;
}

export interface MarketplacePage<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const TS_QUERY = `(websearch_to_tsquery('oip_it', :text) || websearch_to_tsquery('oip_en', :text))`;

/**
 * Lists of offers and requests: filters, full-text search in Italian and English (accents
 * folded by oip_it/oip_en; best match first), otherwise newest first. Keyset pagination,
 * visibility in SQL (marketplacePolicy.visibleWhere).
 */
@Injectable()
export class MarketplaceDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page<K extends MarketplaceKind>(
    kind: K,
    viewer: AuthUser | null,
    filter: MarketplaceFilter,
    search: string | null,
    first: number,
    after: string | null,
  ): Promise<MarketplacePage<EntityOf<K>>> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_MARKETPLACE_PAGE_SIZE)
      throw new AppError('BAD_USER_INPUT', { field: 'first', max: MAX_MARKETPLACE_PAGE_SIZE });
    const text = search?.trim().slice(0, 200) || null;
    const sort: Cursor['s'] = text ? 'relevance' : 'newest';
    const cursor = after ? readCursor(after, sort) : null;
    const query = this.dataSource
      .getRepository<ObjectLiteral>(MARKETPLACE_ENTITIES[kind])
      .createQueryBuilder('m');
    marketplacePolicy.visibleWhere(query, 'm', viewer);
    applyFilters(query, kind, filter);
    if (text) {
      query.andWhere(`m.search @@ ${TS_QUERY}`, { text });
      const key = `ts_rank(m.search, ${TS_QUERY})`;
      if (cursor)
        query.andWhere(
          new Brackets((q) =>
            q
              .where(`${key} < CAST(:rank AS real)`, { rank: cursor.k })
              .orWhere(`${key} = CAST(:rank AS real) AND m.id > :id`, {
                rank: cursor.k,
                id: cursor.id,
              }),
          ),
        );
      query.addSelect(key, 'sort_key').orderBy(key, 'DESC').addOrderBy('m.id', 'ASC');
    } else {
      if (cursor)
        query.andWhere(`(m.created_at, m.id) < (CAST(:k AS timestamptz), :id)`, {
          k: cursor.k,
          id: cursor.id,
        });
      query
        .addSelect(`to_json(m.created_at)#>>'{}'`, 'sort_key')
        .orderBy('m.created_at', 'DESC')
        .addOrderBy('m.id', 'DESC');
    }
    const { entities, raw } = await query.limit(first + 1).getRawAndEntities();
    const nodes = entities.slice(0, first) as EntityOf<K>[];
    const last = nodes.at(-1);
    const keyOf = (id: string) => {
      const value = (raw as { m_id: string; sort_key: string | number }[]).find(
        (row) => row.m_id === id,
      )?.sort_key;
      return sort === 'relevance' ? Number(value ?? 0) : String(value);
    };
    return {
      nodes,
      pageInfo: {
        hasNextPage: entities.length > first,
        endCursor: last ? encodeCursor({ s: sort, k: keyOf(last.id), id: last.id }) : null,
      },
    };
  }
}

function applyFilters(
  query: SelectQueryBuilder<ObjectLiteral>,
  kind: MarketplaceKind,
  filter: MarketplaceFilter,
) {
  const statuses = filter.statuses?.length ? filter.statuses : ['published'];
  query.andWhere('m.status IN (:...statuses)', { statuses });
  if (filter.s3Ecosystems?.length)
    query.andWhere('m.s3_ecosystems && :ecosystems', { ecosystems: filter.s3Ecosystems });
  if (filter.partnershipTypes?.length)
    query.andWhere('m.partnership_types && CAST(:types AS varchar[])', {
      types: filter.partnershipTypes,
    });
  if (filter.atecoSections?.length)
    query.andWhere('m.ateco_sections && CAST(:sections AS varchar[])', {
      sections: filter.atecoSections,
    });
  const tags = normaliseTags(filter.tags ?? []);
  if (tags.length) query.andWhere('m.tags @> :tags', { tags });
  if (kind === 'offer') {
    if (filter.trlMin != null) query.andWhere('m.trl >= :trlMin', { trlMin: filter.trlMin });
    if (filter.trlMax != null) query.andWhere('m.trl <= :trlMax', { trlMax: filter.trlMax });
    if (filter.ipStatuses?.length)
      query.andWhere('m.ip_status IN (:...ipStatuses)', { ipStatuses: filter.ipStatuses });
  } else {
    if (filter.partnerKinds?.length)
      query.andWhere('m.partner_kinds && CAST(:kinds AS varchar[])', {
        kinds: filter.partnerKinds,
      });
    if (filter.budgetBands?.length)
      query.andWhere('m.budget_band IN (:...budgetBands)', { budgetBands: filter.budgetBands });
    // a request's range (open ends unbounded) overlaps the filter's range
    if (filter.trlMin != null)
      query.andWhere('coalesce(m.trl_max, 9) >= :trlMin', { trlMin: filter.trlMin });
    if (filter.trlMax != null)
      query.andWhere('coalesce(m.trl_min, 1) <= :trlMax', { trlMax: filter.trlMax });
  }
  if (filter.organisationId) {
    if (!isUuid(filter.organisationId)) query.andWhere('false');
    else
      query.andWhere('m.organisation_id = :organisationId', {
        organisationId: filter.organisationId,
      });
  }
}

/** A cursor of this listing and sort (a cursor from the other sort is refused). */
function readCursor(value: string, sort: Cursor['s']): Cursor {
  return decodeCursor(value, sort === 'relevance' ? 'number' : 'timestamp', sort) as Cursor;
}
