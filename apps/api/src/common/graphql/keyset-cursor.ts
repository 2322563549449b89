import { AppError } from '../errors/app-error';
import { isUuid } from '../ids';

/**
 * Where a keyset page ended: the sort key of its last row (a name, a rank, a timestamp…) and
 * its id; `s` names the sort when a listing has several, so a cursor of one is refused by another.
 */
export interface KeysetCursor {
  s?: string;
  k: string | number;
  id: string;
}

/** What a listing's sort key is: a number (a rank), text (a name) or a timestamp as ISO text. */
export type CursorKeyKind = 'number' | 'string' | 'timestamp';

function validKey(k: unknown, kind: CursorKeyKind): boolean {
  if (kind === 'number') return typeof k === 'number' && Number.isFinite(k);
  if (typeof k !== 'string') return false;
  return kind === 'string' || k === 'infinity' || !Number.isNaN(Date.parse(k));
}

/** Refuses a page size outside 1…max (BAD_USER_INPUT on `first`). */
export function checkPageSize(first: number, max: number): void {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new AppError('BAD_USER_INPUT', { field: 'first', max });
  }
}

export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/**
 * Reads a cursor whose sort key is of the kind the listing expects now (a cursor from a search
 * by rank is refused while browsing by name, and the reverse) and, with `sort`, of that sort:
 * BAD_USER_INPUT on `after` otherwise.
 */
export function decodeCursor(value: string, kind: CursorKeyKind, sort?: string): KeysetCursor {
  try {
    const cursor = JSON.parse(Buffer.from(value, 'base64url').toString()) as KeysetCursor;
    if (
      validKey(cursor.k, kind) &&
      (sort === undefined || cursor.s === sort) &&
      isUuid(String(cursor.id))
    )
      return cursor;
  } catch {
    // fall through
  }
  throw new AppError('BAD_USER_INPUT', { field: 'after' });
}
