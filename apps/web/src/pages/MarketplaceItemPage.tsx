import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { errorView } from '../app/graphql-errors';
import { currentLocale } from '../app/i18n';
import { usePageTitle } from '../app/usePageTitle';
import { LocalizedText, SanitisedHtml } from '../features/challenges/components/LocalizedText';
import { pickLocalized } from '../features/challenges/lib/localized-text';
import { MarketplaceActions } from '../features/marketplace/components/MarketplaceActions';
import { MarketplaceFacts } from '../features/marketplace/components/MarketplaceFacts';
import { OfferAttachments } from '../features/marketplace/components/OfferAttachments';
import { MarketplaceStatusBadge } from '../features/marketplace/components/MarketplaceStatus';
import { useMarketplaceItem } from '../features/marketplace/hooks';
import type { MarketplaceKind } from '../features/marketplace/lib/marketplace-kinds';
import '../features/challenges/challenges.css';
import { useMe } from '../features/accounts/hooks/useMe';
import { MatchesSection } from '../features/matchmaking/components/MatchesSection';
import { ItemExpressInterest } from '../features/partnerships/components/ItemExpressInterest';
import { PageSections, QueryStatus } from '../ui';
import { NotFoundPage } from './NotFoundPage';

/** A technology offer or collaboration request: status and actions, description, metadata. */
export function MarketplaceItemPage({ kind }: { kind: MarketplaceKind }) {
  const { id = '' } = useParams();
  const location = useLocation();
  const { t, i18n } = useTranslation();
  const { me, loading: meLoading } = useMe();
  const { item, loading, error, refetch } = useMarketplaceItem(kind, id);
  const title = pickLocalized(item?.title, currentLocale(i18n.language)).text;
  usePageTitle(title || t(`marketplace.${kind}.title`));
  // matches only for a published item and a signed-in viewer (the API checks too)
  const showMatches = !!me && item?.status === 'PUBLISHED';
  const isOffer = item?.__typename === 'TechnologyOffer';

  if (errorView(error)?.code === 'NOT_FOUND') return <NotFoundPage />;
  if (loading || error || !item)
    return (
      <QueryStatus
        loading={loading}
        error={error}
        loadingText={t('common.loading')}
        errorText={t('common.networkError')}
        retryText={t('common.retry')}
        onRetry={refetch}
      />
    );
  return (
    <article>
      <p className="card-meta">
        {t(`marketplace.${kind}.one`)} ·{' '}
        <Link to={`/organisations/${item.owner.id}`}>{item.owner.displayName}</Link> ·{' '}
        <MarketplaceStatusBadge status={item.status} />
      </p>
      <LocalizedText as="h1" text={item.title} />
      <MarketplaceActions kind={kind} item={item} onChanged={refetch} />
      {showMatches && (
        <ItemExpressInterest
          itemType={kind === 'offer' ? 'OFFER' : 'REQUEST'}
          itemId={item.id}
          owner={item.owner}
          title={title}
        />
      )}
      {!me && !meLoading && item.status === 'PUBLISHED' && (
        // a visitor: the way to this item's matches and to expressing interest
        <p>
          <Link to={`/sign-in?returnTo=${encodeURIComponent(location.pathname)}`}>
            {t('marketplace.signInToMatch')}
          </Link>
        </p>
      )}
      {/* the page's parts as in-page links, as on a challenge: "Matches" one keypress away */}
      <PageSections
        label={t('marketplace.sections')}
        sections={[
          { id: 'description', label: t('marketplace.fields.description') },
          { id: 'details', label: t('marketplace.details') },
          ...(isOffer
            ? [{ id: 'offer-attachments', label: t('marketplace.attachments.title') }]
            : []),
          ...(showMatches ? [{ id: 'matches', label: t('matchmaking.title') }] : []),
        ]}
      />
      <section id="description" aria-labelledby="description-heading">
        <h2 id="description-heading">{t('marketplace.fields.description')}</h2>
        <SanitisedHtml html={item.descriptionHtml} />
      </section>
      <section id="details" aria-labelledby="details-heading">
        <h2 id="details-heading">{t('marketplace.details')}</h2>
        <MarketplaceFacts item={item} />
      </section>
      {isOffer && <OfferAttachments offerId={item.id} attachments={item.attachments} />}
      {showMatches && (
        <MatchesSection
          key={item.id} // another item's page: its own section (dismissals, undo, focus)
          source={{
            type: kind === 'offer' ? 'OFFER' : 'REQUEST',
            id: item.id,
            ownerId: item.owner.id,
            title,
          }}
        />
      )}
    </article>
  );
}
