import { useQuery } from '@apollo/client/react';
import { EvaluationBoardDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorView } from '../../../app/graphql-errors';
import { useLocalized } from '../../../app/useLocalized';
import { usePageTitle } from '../../../app/usePageTitle';
import { QueryStatus } from '../../../ui';
import { EvaluatorSection } from './EvaluatorSection';
import { OwnerSection } from './OwnerSection';
import { RankingTable } from './RankingTable';

/** The evaluation board of a challenge: the evaluator's and/or the owner's part. */
export function EvaluationBoardView({ challengeId }: { challengeId: string }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { data, loading, error, refetch } = useQuery(EvaluationBoardDocument, {
    variables: { challengeId },
  });
  const title = data ? localized(data.challenge.title) || data.challenge.title.it : '';
  usePageTitle(title ? t('evaluation.pageTitle', { title }) : t('evaluation.title'));
  const code = errorView(error)?.code;

  if (code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'UNAUTHENTICATED')
    return (
      <div className="notice notice-error" role="alert">
        <h1>{t('evaluation.title')}</h1>
        <p>{t(`evaluation.denied.${code}`)}</p>
        {code === 'UNAUTHENTICATED' && <Link to="/sign-in">{t('evaluation.denied.signIn')}</Link>}
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

  const board = data.evaluationBoard;
  return (
    <article>
      <p>
        <Link to={`/challenges/${challengeId}`}>{t('evaluation.backToChallenge')}</Link>
      </p>
      <h1>{t('evaluation.pageTitle', { title })}</h1>
      <p className="card-meta">
        {board.lockedAt ? t('evaluation.state.locked') : t('evaluation.state.open')}
        {!!board.awardedAt && (
          <>
            {' · '}
            <Link to={`/challenges/${challengeId}/results`}>{t('evaluation.resultsLink')}</Link>
          </>
        )}
      </p>
      {board.viewerManages && <OwnerSection board={board} />}
      {board.viewerEvaluates && <EvaluatorSection board={board} />}
      {board.viewerEvaluates && !board.viewerManages && !!board.lockedAt && (
        <section aria-labelledby="final-ranking-title">
          <h2 id="final-ranking-title">{t('evaluation.ranking.title')}</h2>
          <RankingTable ranking={board.ranking} />
        </section>
      )}
    </article>
  );
}
