import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { errorView } from '../app/graphql-errors';
import { usePageTitle } from '../app/usePageTitle';
import { RequireSignIn } from '../features/accounts/components/RequireSignIn';
import { useAdministeredOrganisations } from '../features/challenges/hooks/useMyOrganisations';
import { MarketplaceEditor } from '../features/marketplace/components/MarketplaceEditor';
import { OfferAttachments } from '../features/marketplace/components/OfferAttachments';
import { useMarketplaceItem } from '../features/marketplace/hooks';
import type { MarketplaceKind } from '../features/marketplace/lib/marketplace-kinds';
import '../features/challenges/challenges.css';
import { QueryStatus } from '../ui';
import { NotFoundPage } from './NotFoundPage';
import { NoOrganisationNotice } from '../features/organisations/components/NoOrganisationNotice';

/** A new offer or request (…/new?organisation=…), or the editor of an existing one (…/:id/edit). */
export function MarketplaceEditPage({
  kind,
  mode,
}: {
  kind: MarketplaceKind;
  mode: 'new' | 'edit';
}) {
  const { t } = useTranslation();
  usePageTitle(t(`marketplace.${kind}.${mode === 'new' ? 'newTitle' : 'editTitle'}`));
  return (
    <RequireSignIn>
      {() => (mode === 'new' ? <NewItem kind={kind} /> : <EditItem kind={kind} />)}
    </RequireSignIn>
  );
}

function Loading() {
  const { t } = useTranslation();
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
}

function NewItem({ kind }: { kind: MarketplaceKind }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const { organisations, loading } = useAdministeredOrganisations(true);
  // the one organisation the person administers needs no choosing (a bookmarked …/new)
  const organisation =
    organisations.find((o) => o.id === params.get('organisation')) ??
    (organisations.length === 1 ? organisations[0] : undefined);
  if (loading) return <Loading />;
  return (
    <section>
      <h1>{t(`marketplace.${kind}.newTitle`)}</h1>
      {organisation ? (
        <>
          <p className="lead">{t('marketplace.newFor', { name: organisation.displayName })}</p>
          <MarketplaceEditor kind={kind} organisationId={organisation.id} />
          {kind === 'offer' && (
            <p className="field-hint">{t('marketplace.attachments.saveFirst')}</p>
          )}
        </>
      ) : organisations.length > 1 ? (
        <nav aria-labelledby="choose-organisation">
          <h2 id="choose-organisation">{t('marketplace.chooseOrganisation')}</h2>
          <ul>
            {organisations.map((o) => (
              <li key={o.id}>
                <Link to={`?organisation=${o.id}`}>{o.displayName}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : (
        <NoOrganisationNotice text={t('marketplace.notAdministrator')} />
      )}
    </section>
  );
}

function EditItem({ kind }: { kind: MarketplaceKind }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { item, loading, error, refetch } = useMarketplaceItem(kind, id);
  if (errorView(error)?.code === 'NOT_FOUND') return <NotFoundPage />;
  if (loading) return <Loading />;
  if (error || !item)
    return (
      <QueryStatus
        loading={false}
        error={error}
        loadingText=""
        errorText={t('common.networkError')}
        retryText={t('common.retry')}
        onRetry={refetch}
      />
    );
  return (
    <section>
      <h1>{t(`marketplace.${kind}.editTitle`)}</h1>
      {item.viewerCan.edit ? (
        <>
          <MarketplaceEditor kind={kind} item={item} />
          {item.__typename === 'TechnologyOffer' && (
            <OfferAttachments offerId={item.id} attachments={item.attachments} manage />
          )}
        </>
      ) : (
        <p className="notice notice-error">{t('marketplace.notEditable')}</p>
      )}
    </section>
  );
}
