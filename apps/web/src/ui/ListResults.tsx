import type { ReactNode } from 'react';
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
          <p role="status">{shownText}</p>
          {page.nodes.length > 0 ? children : <p className="notice">{emptyText}</p>}
          {page.pageInfo.hasNextPage && (
            <Button variant="secondary" onClick={onMore} disabled={loading}>
              {moreText}
            </Button>
          )}
        </>
      )}
    </>
  );
}
