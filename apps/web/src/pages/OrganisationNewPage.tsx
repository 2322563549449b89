import { useMutation } from '@apollo/client/react';
import { CreateOrganisationDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorView } from '../app/graphql-errors';
import { usePageTitle } from '../app/usePageTitle';
import { RequireSignIn } from '../features/accounts/components/RequireSignIn';
import { OrganisationForm, toInput } from '../features/organisations/components/OrganisationForm';

export function OrganisationNewPage() {
  const { t } = useTranslation();
  usePageTitle(t('organisations.create'));
  const navigate = useNavigate();
  const [create, { loading, error }] = useMutation(CreateOrganisationDocument);
  return (
    <RequireSignIn>
      {(me) => (
        <section className="narrow">
          <h1>{t('organisations.create')}</h1>
          {!me.emailVerified && <p className="notice">{t('errors.EMAIL_NOT_VERIFIED')}</p>}
          <OrganisationForm
            initial={toInput()}
            submitLabel={t('organisations.createSubmit')}
            saving={loading}
            error={errorView(error)}
            onSubmit={(input) =>
              void create({ variables: { input } })
                .then(
                  (result) =>
                    result.data && navigate(`/organisations/${result.data.createOrganisation.id}`),
                )
                .catch(() => undefined)
            }
          />
        </section>
      )}
    </RequireSignIn>
  );
}
