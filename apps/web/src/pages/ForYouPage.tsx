import { useQuery } from '@apollo/client/react';
import { MyOrganisationsDocument } from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../app/usePageTitle';
import { useMe } from '../features/accounts/hooks/useMe';
import { MatchesSection } from '../features/matchmaking/components/MatchesSection';
import { QueryStatus, Select } from '../ui';
import { NoOrganisationNotice } from '../features/organisations/components/NoOrganisationNotice';

/** "For you": challenges, requests and offers matched to one of the user's organisations. */
export function ForYouPage() {
  const { t } = useTranslation();
  usePageTitle(t('matchmaking.forYou.title'));
  const { me, loading: meLoading } = useMe();
  const { data, loading, error, refetch } = useQuery(MyOrganisationsDocument, { skip: !me });
  const organisations = data?.myOrganisations ?? [];
  const [chosen, setChosen] = useState('');
  const organisationId = chosen || organisations[0]?.id || '';

  let body;
  if (!meLoading && !me) {
    body = (
      <p>
        <Link to="/sign-in">{t('matchmaking.forYou.signIn')}</Link>
      </p>
    );
  } else if (meLoading || loading || error) {
    body = (
      <QueryStatus
        loading={meLoading || loading}
        error={error}
        loadingText={t('common.loading')}
        errorText={t('common.networkError')}
        retryText={t('common.retry')}
        onRetry={() => void refetch()}
      />
    );
  } else if (organisations.length === 0) {
    body = <NoOrganisationNotice text={t('matchmaking.forYou.noOrganisation')} />;
  } else {
    body = (
      <>
        {organisations.length > 1 && (
          <Select
            label={t('matchmaking.forYou.organisation')}
            value={organisationId}
            onChange={(event) => setChosen(event.target.value)}
            options={organisations.map((o) => ({ value: o.id, label: o.displayName }))}
          />
        )}
        <MatchesSection
          key={organisationId}
          source={{ type: 'ORGANISATION', id: organisationId, ownerId: organisationId }}
        />
        {/* what the suggestions are made of, and where to change it */}
        <p className="field-hint">
          {t('matchmaking.forYou.basis')}{' '}
          <Link to={`/organisations/${organisationId}`}>{t('matchmaking.forYou.profile')}</Link>
        </p>
        <p className="field-hint">
          {t('matchmaking.forYou.engaged')}{' '}
          <Link to="/partnerships">{t('matchmaking.forYou.partnerships')}</Link>
        </p>
      </>
    );
  }
  return (
    <article>
      <h1>{t('matchmaking.forYou.title')}</h1>
      <p>{t('matchmaking.forYou.intro')}</p>
      {body}
    </article>
  );
}
