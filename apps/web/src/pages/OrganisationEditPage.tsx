import { useMutation, useQuery } from '@apollo/client/react';
import { OrganisationDocument, UpdateOrganisationDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorView } from '../app/graphql-errors';
import { usePageTitle } from '../app/usePageTitle';
import { RequireSignIn } from '../features/accounts/components/RequireSignIn';
import { LogoUpload } from '../features/organisations/components/LogoUpload';
import { OrganisationForm, toInput } from '../features/organisations/components/OrganisationForm';
import { QueryStatus } from '../ui';
import { NotFoundPage } from './NotFoundPage';

export function OrganisationEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(OrganisationDocument, { variables: { id } });
  const [update, updating] = useMutation(UpdateOrganisationDocument);
  usePageTitle(data?.organisation?.displayName ?? t('organisations.edit'));
  if (loading || error) {
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
  }
  const organisation = data?.organisation;
  if (!organisation) return <NotFoundPage />;
  return (
    <RequireSignIn>
      {() => (
        <section className="narrow">
          <h1>{t('organisations.editTitle', { name: organisation.displayName })}</h1>
          <LogoUpload
            organisationId={organisation.id}
            name={organisation.displayName}
            logoUrl={organisation.logoUrl}
            onUploaded={() => void refetch()}
          />
          <OrganisationForm
            selfId={organisation.id}
            initial={toInput(organisation)}
            submitLabel={t('organisations.save')}
            saving={updating.loading}
            error={errorView(updating.error)}
            onSubmit={(input) =>
              void update({
                variables: { id, input },
                refetchQueries: ['Organisation'],
                awaitRefetchQueries: true,
              })
                .then((result) => result.data && navigate(`/organisations/${id}`))
                .catch(() => undefined)
            }
          />
        </section>
      )}
    </RequireSignIn>
  );
}
