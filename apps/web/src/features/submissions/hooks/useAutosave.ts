import { useCallback, useEffect, useRef, useState } from 'react';
import { errorView, type ErrorView } from '../../../app/graphql-errors';

/** Where the saving of a form stands, for its polite status line. */
export type AutosaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; error: ErrorView }
  /** The server holds a newer version: the form must let the person choose. */
  | { kind: 'conflict'; error: ErrorView };

export const AUTOSAVE_DELAY_MS = 1500;
const CONFLICT_CODES = new Set(['SUBMISSION_EDIT_CONFLICT', 'SUBMISSION_EXISTS']);

/**
 * Saves `value` `delayMs` after the last change, at once on `flush` (a field's blur), one save
 * at a time: a change made during a save is saved right after it. A conflict stops autosaving
 * until `resolved` is called.
 */
export function useAutosave<T>(
  save: (value: T) => Promise<void>,
  { delayMs = AUTOSAVE_DELAY_MS, now = () => new Date() } = {},
) {
  const [state, setState] = useState<AutosaveState>({ kind: 'idle' });
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** The running save loop: a flush during a save waits for it (and what it picks up). */
  const loop = useRef<Promise<void> | null>(null);
  const blocked = useRef(false);
  // the latest callbacks, read when a save runs (not during render)
  const latest = useRef({ save, now });
  useEffect(() => {
    latest.current = { save, now };
  });

  const clearTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  const saveLoop = useCallback(async () => {
    // a change made during a save is saved right after it, unless its debounce is still running
    while (pending.current && !blocked.current && !timer.current) {
      const { value } = pending.current;
      pending.current = null;
      setState({ kind: 'saving' });
      try {
        await latest.current.save(value);
        setState({ kind: 'saved', at: latest.current.now() });
      } catch (caught) {
        const error = errorView(caught) ?? {
          code: 'INTERNAL_SERVER_ERROR',
          fields: {},
          extensions: {},
        };
        if (CONFLICT_CODES.has(error.code)) {
          blocked.current = true;
          setState({ kind: 'conflict', error });
        } else {
          setState({ kind: 'error', error });
          // keep the unsaved text for the next change or blur (no retry loop)
          if (!pending.current) {
            pending.current = { value };
            break;
          }
        }
      }
    }
  }, []);

  const run = useCallback((): Promise<void> => {
    clearTimer();
    // the running loop picks the change up; waiting for it means waiting for that save too
    if (loop.current) return loop.current;
    loop.current = saveLoop().finally(() => {
      loop.current = null;
    });
    return loop.current;
  }, [saveLoop]);

  const change = useCallback(
    (value: T) => {
      pending.current = { value };
      clearTimer();
      timer.current = setTimeout(() => void run(), delayMs);
    },
    [delayMs, run],
  );

  /** Saves a pending change now (on blur, before submitting). */
  const flush = useCallback(() => run(), [run]);

  /** After a conflict was settled: autosave again, saving `value` if given. */
  const resolved = useCallback(
    (value?: T) => {
      blocked.current = false;
      if (value === undefined) {
        pending.current = null;
        setState({ kind: 'saved', at: latest.current.now() });
        return Promise.resolve();
      }
      pending.current = { value };
      return run();
    },
    [run],
  );

  useEffect(() => clearTimer, []);
  return { state, change, flush, resolved, hasPending: () => pending.current !== null };
}
