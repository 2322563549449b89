import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../../ui';

/** QueryStatus with the app's usual texts: loading, or the network error with a retry. */
export function LoadStatus({
  loading,
  error,
  onRetry,
}: {
  loading: boolean;
  error: unknown;
  onRetry: () => unknown;
}) {
  const { t } = useTranslation();
  return (
    <QueryStatus
      loading={loading}
      error={error}
      loadingText={t('common.loading')}
      errorText={t('common.networkError')}
      retryText={t('common.retry')}
      onRetry={() => void onRetry()}
    />
  );
}
