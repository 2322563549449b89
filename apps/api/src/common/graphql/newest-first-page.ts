import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppError } from '../errors/app-error';
import { checkPageSize, decodeCursor, encodeCursor } from './keyset-cursor';
import type { PageInfo } from './page-info';

/**
 * One keyset page of `query` newest first, by `column` (a timestamptz) then id: the question
 * the confidential brief. `alias` is the query's main alias.
 */
export async function newestFirstPage<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  alias: string,
  column: string,
  at: (row: T) => Date,
  first: number,
  after: string | null,
  max: number,
): Promise<{ rows: T[]; pageInfo: PageInfo }> {
  checkPageSize(first, max);
  if (after) {
    const cursor = decodeCursor(after, 'string');
    if (Number.isNaN(Date.parse(String(cursor.k))))
      throw new AppError('BAD_USER_INPUT', { field: 'after' });
    query.andWhere(
      `(${alias}.${column}, ${alias}.id) < (:cursorAt::timestamptz, :cursorId::uuid)`,
      {
        cursorAt: cursor.k,
        cursorId: cursor.id,
      },
    );
  }
  const found = await query
    .orderBy(`${alias}.${column}`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .take(first + 1)
    .getMany();
  const rows = found.slice(0, first);
  const last = rows[rows.length - 1];
  return {
    rows,
    pageInfo: {
      hasNextPage: found.length > first,
      endCursor: last ? encodeCursor({ k: at(last).toISOString(), id: last.id }) : null,
    },
  };
}
