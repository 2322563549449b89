import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { QueryStatus } from './QueryStatus';

export interface ListResultsProps {
  /** The list so far: undefined until the first page arrives. */
  page: { nodes: readonly unknown[]; pageInfo: { hasNextPage: boolean } } | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  onMore: () => void;
  /** "12 shown", announced as a status when the results change. */
  shownText: string;
  emptyText: string;
  moreText: string;
  /** The rows, rendered when there are some. */
  children: ReactNode;
}

/**
 * The states of a searched, keyset-paginated list: loading, error with retry, the count,
 * the rows or an empty notice, and "show more" while there is a next page.
 */
export function ListResults({
  page,
  loading,
  error,
  onRetry,
  onMore,
  shownText,
  emptyText,
  moreText,
  children,
}: ListResultsProps) {
  const { t } = useTranslation();
  const status = useRef<HTMLParagraphElement>(null);
  const more = useRef<HTMLDivElement>(null);
  const rows = useRef<HTMLDivElement>(null);
  const hasMore = page?.pageInfo.hasNextPage ?? false;
  const shown = page?.nodes.length ?? 0;
  // "show more" is disabled while it loads, and gone after the last page: both drop the focus.
  // The keyboard goes on to the first row it brought (its first link or button), else back to
  // the button, or to the count when there is no more to show.
  const shownBeforeMore = useRef<number | null>(null);
  useEffect(() => {
    const before = shownBeforeMore.current;
    // (an error ends the wait too: the focus goes back to the button, the marker is cleared)
    if (loading || before === null || (shown <= before && hasMore && !error)) return;
    shownBeforeMore.current = null;
    const list = rows.current?.querySelector(':scope > ul, :scope > ol');
    const firstNew = list?.children[before]?.querySelector<HTMLElement>('a[href], button');
    if (firstNew) return firstNew.focus();
    if (document.activeElement && document.activeElement !== document.body) return;
    (more.current?.querySelector('button') ?? status.current)?.focus();
  }, [loading, hasMore, shown, error]);
  const empty = page?.nodes.length === 0;
  return (
    <>
      <QueryStatus
        loading={loading && !page}
        error={error}
        loadingText={t('common.loading')}
        errorText={t('common.networkError')}
        retryText={t('common.retry')}
        onRetry={onRetry}
      />
      {page && (
        <>
          {/* one status: the count, or the empty notice instead of "0 shown" */}
          <p role="status" ref={status} tabIndex={-1} className={empty ? 'notice' : undefined}>
            {empty ? emptyText : shownText}
          </p>
          {/* while new results load the old ones stay, marked busy for assistive technologies */}
          {!empty && (
            <div ref={rows} aria-busy={loading || undefined}>
              {children}
            </div>
          )}
          <div ref={more}>
            {hasMore && (
              <Button
                variant="secondary"
                onClick={() => {
                  shownBeforeMore.current = shown;
                  onMore();
                }}
                disabled={loading}
              >
                {moreText}
              </Button>
            )}
          </div>
        </>
      )}
    </>
  );
}
