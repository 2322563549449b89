import { useQuery } from '@apollo/client/react';
import { ChallengeForEditDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorView } from '../app/graphql-errors';
import { usePageTitle } from '../app/usePageTitle';
import { RequireSignIn } from '../features/accounts/components/RequireSignIn';
import { ChallengeEditor } from '../features/challenges/components/ChallengeEditor';
import { LocalizedText } from '../features/challenges/components/LocalizedText';
import '../features/challenges/challenges.css';
import { QueryStatus } from '../ui';
import { NotFoundPage } from './NotFoundPage';

/** Edits a challenge (drafts and published ones, by its organisation's admins). */
export function ChallengeEditPage() {
  const { t } = useTranslation();
  usePageTitle(t('challenges.editTitle'));
  return <RequireSignIn>{() => <EditChallenge />}</RequireSignIn>;
}

function EditChallenge() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ChallengeForEditDocument, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  if (errorView(error)?.code === 'NOT_FOUND') return <NotFoundPage />;
  const challenge = data?.challenge;
  if (loading || error || !challenge)
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
  return (
    <section>
      <h1>{t('challenges.editTitle')}</h1>
      <p className="lead">
        <Link to={`/challenges/${challenge.id}`}>
          <LocalizedText text={challenge.title} />
        </Link>{' '}
        · {challenge.owner.displayName}
      </p>
      {challenge.viewerCan.edit ? (
        <ChallengeEditor challenge={challenge} />
      ) : (
        <p className="notice notice-error">{t('errors.CHALLENGE_NOT_EDITABLE')}</p>
      )}
    </section>
  );
}
