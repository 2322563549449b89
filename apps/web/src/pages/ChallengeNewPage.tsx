import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../app/usePageTitle';
import { RequireSignIn } from '../features/accounts/components/RequireSignIn';
import { ChallengeEditor } from '../features/challenges/components/ChallengeEditor';
import { useAdministeredOrganisations } from '../features/challenges/hooks/useMyOrganisations';
import '../features/challenges/challenges.css';
import { QueryStatus } from '../ui';

/** A new challenge (a draft) for ?organisation=…, which the person must administer. */
export function ChallengeNewPage() {
  const { t } = useTranslation();
  usePageTitle(t('challenges.newTitle'));
  return <RequireSignIn>{() => <NewChallenge />}</RequireSignIn>;
}

function NewChallenge() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const organisationId = params.get('organisation') ?? '';
  const { organisations, loading } = useAdministeredOrganisations(true);
  const organisation = organisations.find((o) => o.id === organisationId);
  if (loading)
    return (
      <QueryStatus
        loading
        error={null}
        loadingText={t('common.loading')}
        errorText=""
        retryText=""
        onRetry={() => undefined}
      />
    );
  return (
    <section>
      <h1>{t('challenges.newTitle')}</h1>
      {organisation ? (
        <>
          <p className="lead">{t('challenges.newFor', { name: organisation.displayName })}</p>
          <ChallengeEditor organisationId={organisation.id} />
        </>
      ) : (
        <p className="notice notice-error">{t('challenges.notAdministrator')}</p>
      )}
    </section>
  );
}
