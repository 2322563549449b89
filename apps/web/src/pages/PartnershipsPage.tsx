import { useQuery } from '@apollo/client/react';
import { MyOrganisationsDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { RequireSignIn } from '../features/accounts/components/RequireSignIn';
import { PartnershipInbox } from '../features/partnerships/components/PartnershipInbox';
import { LoadStatus } from '../features/partnerships/components/LoadStatus';
import { NoOrganisationNotice } from '../features/organisations/components/NoOrganisationNotice';

/** The partnership inbox of the viewer's organisations: received, sent, active. */
export function PartnershipsPage() {
  const { t } = useTranslation();
  usePageTitle(t('partnerships.title'));
  return (
    <article>
      <h1>{t('partnerships.title')}</h1>
      <p>{t('partnerships.intro')}</p>
      <RequireSignIn>{() => <Inbox />}</RequireSignIn>
    </article>
  );
}

function Inbox() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyOrganisationsDocument);
  const organisations = data?.myOrganisations;
  if (!organisations) return <LoadStatus loading={loading} error={error} onRetry={refetch} />;
  if (organisations.length === 0)
    return <NoOrganisationNotice text={t('partnerships.noOrganisation')} />;
  return <PartnershipInbox organisations={organisations} />;
}
