import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../../ui';

export function TaxonomyQueryStatus({
  loading,
  error,
  onRetry,
}: {
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  return (
    <QueryStatus
      loading={loading}
      error={error}
      loadingText={t('taxonomies.loading')}
      errorText={t('taxonomies.error')}
      retryText={t('common.retry')}
      onRetry={onRetry}
    />
  );
}
