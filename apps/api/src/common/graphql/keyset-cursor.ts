import { AppError } from '../errors/app-error';
import { isUuid } from '../ids';

/** Where a keyset page ended: the sort key of its last row (a name, a rank…) and its id. */
export interface KeysetCursor {
  k: string | number;
  id: string;
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
 * by rank is refused while browsing by name, and the reverse): BAD_USER_INPUT on `after`.
 */
export function decodeCursor(value: string, kind: 'number' | 'string'): KeysetCursor {
  try {
    const cursor = JSON.parse(Buffer.from(value, 'base64url').toString()) as KeysetCursor;
    if (
      typeof cursor.k === kind &&
      Number.isFinite(kind === 'number' ? cursor.k : 0) &&
      isUuid(String(cursor.id))
    )
      return cursor;
  } catch {
    // fall through
  }
  throw new AppError('BAD_USER_INPUT', { field: 'after' });
}
