import { useQuery } from '@apollo/client/react';
import { ConfidentialAccessLogDocument, NdaAcceptancesDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../../ui';
import { formatDateTime } from '../format';

const LOG_PAGE = 20;

/** Owner side: who accepted the terms, and every read of the confidential part (latest first). */
export function BriefLogs({ challengeId }: { challengeId: string }) {
  const { t, i18n } = useTranslation();
  const acceptances = useQuery(NdaAcceptancesDocument, {
    variables: { challengeId, first: LOG_PAGE },
    fetchPolicy: 'network-only',
  });
  const accesses = useQuery(ConfidentialAccessLogDocument, {
    variables: { challengeId, first: LOG_PAGE },
    fetchPolicy: 'network-only',
  });
  const date = (value: unknown) => formatDateTime(value, i18n.language);
  const status = (query: typeof acceptances | typeof accesses) => (
    <QueryStatus
      loading={query.loading && !query.data}
      error={query.error}
      loadingText={t('common.loading')}
      errorText={t('challengeQa.brief.logsError')}
      retryText={t('common.retry')}
      onRetry={() => void query.refetch()}
    />
  );
  const someone = t('challengeQa.brief.someone');

  return (
    <div className="qa-stack">
      <h3>{t('challengeQa.brief.acceptancesTitle')}</h3>
      {status(acceptances)}
      {acceptances.data &&
        (acceptances.data.ndaAcceptances.nodes.length === 0 ? (
          <p>{t('challengeQa.brief.noAcceptances')}</p>
        ) : (
          <ul className="qa-log">
            {acceptances.data.ndaAcceptances.nodes.map((row) => (
              <li key={row.id}>
                {t('challengeQa.brief.acceptanceRow', {
                  organisation: row.organisation?.displayName ?? someone,
                  person: row.acceptedBy?.fullName ?? someone,
                  date: date(row.acceptedAt),
                  version: row.termsVersion,
                })}
              </li>
            ))}
          </ul>
        ))}
      <h3>{t('challengeQa.brief.accessTitle')}</h3>
      {status(accesses)}
      {accesses.data &&
        (accesses.data.confidentialAccessLog.nodes.length === 0 ? (
          <p>{t('challengeQa.brief.noAccess')}</p>
        ) : (
          <ul className="qa-log">
            {accesses.data.confidentialAccessLog.nodes.map((row) => (
              <li key={row.id}>
                {t(
                  row.fileName ? 'challengeQa.brief.accessFileRow' : 'challengeQa.brief.accessRow',
                  {
                    person: row.person?.fullName ?? someone,
                    organisation: row.organisation?.displayName ?? someone,
                    file: row.fileName,
                    date: date(row.at),
                  },
                )}
              </li>
            ))}
          </ul>
        ))}
      {(acceptances.data?.ndaAcceptances.pageInfo.hasNextPage ||
        accesses.data?.confidentialAccessLog.pageInfo.hasNextPage) && (
        <p className="field-hint">{t('challengeQa.brief.latestOnly', { count: LOG_PAGE })}</p>
      )}
    </div>
  );
}
