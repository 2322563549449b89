import { decodeCursor, encodeCursor } from '../../common/graphql/keyset-cursor';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normaliseTags } from '@oip/domain';
import { Brackets, DataSource, type SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { isUuid } from '../../common/ids';
import type { ChallengeFilter } from './dto/challenge.inputs';
import { ChallengeEntity } from './entities/challenge.entity';
import type { ChallengeSort } from './models/challenge.enums';
import { challengePolicy } from './challenges.policy';

export const MAX_CHALLENGE_PAGE_SIZE = 50;

interface Cursor {
  /** the sort this cursor belongs to */
  s: ChallengeSort | 'queue' | 'followed';
  /** sort key: a rank, or a timestamp as ISO text ('infinity' for no deadline) */
  k: string | number;
  id: string;
}

interface Page {
  nodes: ChallengeEntity[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

// The sort keys, as SQL over alias `c` (a missing deadline sorts last).
const DEADLINE_KEY = `coalesce(c.deadline, 'infinity'::timestamptz)`;

/**
 * Listing challenges: the catalogue (filters, full-text search, three sorts), the moderators'
 * review queue, a person's followed challenges. Keyset pagination, visibility in SQL.
 */
@Injectable()
export class ChallengesDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(
    viewer: AuthUser | null,
    filter: ChallengeFilter,
    search: string | null,
    requestedSort: ChallengeSort | null,
    first: number,
    after: string | null,
  ): Promise<Page> {
    checkFirst(first);
    const text = search?.trim().slice(0, 200) || null;
    // relevance needs a search; without one the newest come first
    const sort: ChallengeSort =
      requestedSort === 'relevance' && !text
        ? 'newest'
        : (requestedSort ?? (text ? 'relevance' : 'newest'));
    const cursor = after ? readCursor(after, sort) : null;
    const query = this.dataSource.getRepository(ChallengeEntity).createQueryBuilder('c');
    challengePolicy.visibleWhere(query, 'c', viewer);
    applyFilters(query, filter);
    const tsQuery = `(websearch_to_tsquery('oip_it', :text) || websearch_to_tsquery('oip_en', :text))`;
    if (text) query.andWhere(`c.search @@ ${tsQuery}`, { text });

    let key: string;
    if (sort === 'relevance') {
      key = `ts_rank(c.search, ${tsQuery})`;
      if (cursor)
        query.andWhere(
          new Brackets((q) =>
            q
              .where(`${key} < CAST(:rank AS real)`, { rank: cursor.k })
              .orWhere(`${key} = CAST(:rank AS real) AND c.id > :id`, {
                rank: cursor.k,
                id: cursor.id,
              }),
          ),
        );
      query.orderBy(key, 'DESC').addOrderBy('c.id', 'ASC');
    } else if (sort === 'deadline_asc') {
      key = DEADLINE_KEY;
      if (cursor)
        query.andWhere(`(${key}, c.id) > (CAST(:k AS timestamptz), :id)`, {
          k: cursor.k,
          id: cursor.id,
        });
      query.orderBy(key, 'ASC').addOrderBy('c.id', 'ASC');
    } else {
      key = 'c.created_at';
      if (cursor)
        query.andWhere(`(${key}, c.id) < (CAST(:k AS timestamptz), :id)`, {
          k: cursor.k,
          id: cursor.id,
        });
      query.orderBy(key, 'DESC').addOrderBy('c.id', 'DESC');
    }
    query.addSelect(sort === 'relevance' ? key : `to_json(${key})#>>'{}'`, 'sort_key');
    return this.run(query, first, sort);
  }

  /** Challenges waiting for a moderator, oldest submission first. */
  async reviewQueue(user: AuthUser, first: number, after: string | null): Promise<Page> {
    challengePolicy.review(user);
    checkFirst(first);
    const cursor = after ? readCursor(after, 'queue') : null;
    const query = this.dataSource
      .getRepository(ChallengeEntity)
      .createQueryBuilder('c')
      .where(`c.status = 'in_review'`);
    if (cursor)
      query.andWhere(`(c.updated_at, c.id) > (CAST(:k AS timestamptz), :id)`, {
        k: cursor.k,
        id: cursor.id,
      });
    query
      .addSelect(`to_json(c.updated_at)#>>'{}'`, 'sort_key')
      .orderBy('c.updated_at', 'ASC')
      .addOrderBy('c.id', 'ASC');
    return this.run(query, first, 'queue');
  }

  /** The challenges a person follows and can still see, most recently followed first. */
  async followed(user: AuthUser, first: number, after: string | null): Promise<Page> {
    checkFirst(first);
    const cursor = after ? readCursor(after, 'followed') : null;
    const query = this.dataSource
      .getRepository(ChallengeEntity)
      .createQueryBuilder('c')
      .innerJoin('challenge_follow', 'f', 'f.challenge_id = c.id AND f.user_id = :userId', {
        userId: user.id,
      });
    challengePolicy.visibleWhere(query, 'c', user);
    if (cursor)
      query.andWhere(`(f.followed_at, c.id) < (CAST(:k AS timestamptz), :id)`, {
        k: cursor.k,
        id: cursor.id,
      });
    query
      .addSelect(`to_json(f.followed_at)#>>'{}'`, 'sort_key')
      .orderBy('f.followed_at', 'DESC')
      .addOrderBy('c.id', 'DESC');
    return this.run(query, first, 'followed');
  }

  private async run(
    query: SelectQueryBuilder<ChallengeEntity>,
    first: number,
    sort: Cursor['s'],
  ): Promise<Page> {
    const { entities, raw } = await query.limit(first + 1).getRawAndEntities();
    const nodes = entities.slice(0, first);
    const last = nodes.at(-1);
    const keyOf = (entity: ChallengeEntity) => {
      const value = (raw as { c_id: string; sort_key: string | number }[]).find(
        (row) => row.c_id === entity.id,
      )?.sort_key;
      return sort === 'relevance' ? Number(value ?? 0) : String(value);
    };
    return {
      nodes,
      pageInfo: {
        hasNextPage: entities.length > first,
        endCursor: last ? encodeCursor({ s: sort, k: keyOf(last), id: last.id }) : null,
      },
    };
  }
}

function checkFirst(first: number) {
  if (!Number.isInteger(first) || first < 1 || first > MAX_CHALLENGE_PAGE_SIZE)
    throw new AppError('BAD_USER_INPUT', { field: 'first', max: MAX_CHALLENGE_PAGE_SIZE });
}

function applyFilters(query: SelectQueryBuilder<ChallengeEntity>, filter: ChallengeFilter) {
  if (filter.statuses?.length)
    query.andWhere('c.status IN (:...statuses)', { statuses: filter.statuses });
  if (filter.s3Ecosystems?.length)
    query.andWhere('c.s3_ecosystems && :ecosystems', { ecosystems: filter.s3Ecosystems });
  // normalised as stored: a blank tag filters nothing
  const tags = normaliseTags(filter.tags ?? []);
  if (tags.length) query.andWhere('c.tags @> :tags', { tags });
  if (filter.rewardTypes?.length)
    query.andWhere('c.reward_type IN (:...rewardTypes)', { rewardTypes: filter.rewardTypes });
  if (filter.deadlineFrom) query.andWhere('c.deadline >= :from', { from: filter.deadlineFrom });
  if (filter.deadlineTo) query.andWhere('c.deadline <= :to', { to: filter.deadlineTo });
  if (filter.organisationId) {
    if (!isUuid(filter.organisationId)) query.andWhere('false');
    else
      query.andWhere('c.organisation_id = :organisationId', {
        organisationId: filter.organisationId,
      });
  }
}

/** A cursor of this listing and sort (a cursor from another sort is refused). */
function readCursor(value: string, sort: Cursor['s']): Cursor {
  return decodeCursor(value, sort === 'relevance' ? 'number' : 'timestamp', sort) as Cursor;
}
