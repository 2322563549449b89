import { useQuery } from '@apollo/client/react';
import { ChallengeResultsDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorView } from '../../../app/graphql-errors';
import { useLocalized } from '../../../app/useLocalized';
import { usePageTitle } from '../../../app/usePageTitle';
import { QueryStatus } from '../../../ui';

/** The results of a challenge: winners for everyone, own outcome and feedback for submitters. */
export function ChallengeResultsView({ challengeId }: { challengeId: string }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { data, loading, error, refetch } = useQuery(ChallengeResultsDocument, {
    variables: { challengeId },
  });
  const title = data ? localized(data.challenge.title) || data.challenge.title.it : '';
  usePageTitle(
    title ? t('evaluation.results.pageTitle', { title }) : t('evaluation.results.title'),
  );

  if (errorView(error)?.code === 'NOT_FOUND')
    return (
      <div className="notice notice-error" role="alert">
        <h1>{t('evaluation.results.title')}</h1>
        <p>{t('evaluation.denied.NOT_FOUND')}</p>
      </div>
    );
  if (loading || error || !data)
    return (
      <QueryStatus
        loading={loading}
        error={error}
        loadingText={t('common.loading')}
        errorText={t('common.networkError')}
        retryText={t('common.retry')}
        onRetry={() => void refetch()}
      />
    );
  const results = data.challengeResults;
  return (
    <article>
      <p>
        <Link to={`/challenges/${challengeId}`}>{t('evaluation.backToChallenge')}</Link>
      </p>
      <h1>{t('evaluation.results.pageTitle', { title })}</h1>
      <section aria-labelledby="winners-title">
        <h2 id="winners-title">{t('evaluation.results.winners')}</h2>
        {!results.awarded ? (
          <p>{t('evaluation.results.notYet')}</p>
        ) : results.winners.length ? (
          <ul>
            {results.winners.map((winner) => (
              <li key={winner.organisationId}>
                <Link to={`/organisations/${winner.organisationId}`}>{winner.displayName}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('evaluation.results.noWinners')}</p>
        )}
      </section>
      {results.mine.length > 0 && (
        <section aria-labelledby="mine-title">
          <h2 id="mine-title">{t('evaluation.results.mine')}</h2>
          {results.mine.map((row) => (
            <div key={row.submission.id} className="card">
              <h3>{row.submission.organisation.displayName}</h3>
              <p>
                {t('evaluation.results.outcome')}:{' '}
                <strong>{t(`evaluation.outcome.${row.outcome}`)}</strong>
              </p>
              {row.feedback ? (
                <>
                  <h4>{t('evaluation.results.feedback')}</h4>
                  <p style={{ whiteSpace: 'pre-wrap' }}>{row.feedback}</p>
                </>
              ) : (
                results.awarded && <p>{t('evaluation.results.noFeedback')}</p>
              )}
            </div>
          ))}
        </section>
      )}
    </article>
  );
}
