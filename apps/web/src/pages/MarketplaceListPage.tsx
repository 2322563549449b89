import { useQuery } from '@apollo/client/react';
import { MyOrganisationsDocument, OrganisationNameDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFiltersKey } from '../app/useFiltersKey';
import { usePageTitle } from '../app/usePageTitle';
import { useMe } from '../features/accounts/hooks/useMe';
import { isModerator } from '../features/challenges/components/RequireModerator';
import { MarketplaceCard } from '../features/marketplace/components/MarketplaceCard';
import { MarketplaceFilters } from '../features/marketplace/components/MarketplaceFilters';
import { PostItemLink } from '../features/marketplace/components/PostItemLink';
import { useMarketplaceList } from '../features/marketplace/hooks';
import {
  listParamsToSearch,
  parseListParams,
  type MarketplaceListParams,
} from '../features/marketplace/lib/list-params';
import {
  MARKETPLACE_PATHS,
  type MarketplaceKind,
} from '../features/marketplace/lib/marketplace-kinds';
import '../features/challenges/challenges.css';
import { ListResults } from '../ui';

/** Published technology offers (/offers) or collaboration requests (/requests): search and filters in the URL. */
export function MarketplaceListPage({ kind }: { kind: MarketplaceKind }) {
  const { t } = useTranslation();
  usePageTitle(t(`marketplace.${kind}.title`));
  const { me } = useMe();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseListParams(searchParams);
  const list = useMarketplaceList(kind, params);
  // one organisation's items (its page links here): say whose, and the way back to everyone's
  const owner = useQuery(OrganisationNameDocument, {
    variables: { id: params.organisation },
    skip: !params.organisation,
  }).data?.organisation;
  // the organisation's members, and moderators (drafts), may see more than published items
  const myOrganisations = useQuery(MyOrganisationsDocument, { skip: !me }).data?.myOrganisations;
  const seesUnpublished =
    isModerator(me) || Boolean(myOrganisations?.some((o) => o.id === params.organisation));
  const [filtersKey, applied] = useFiltersKey(searchParams.toString());
  const apply = (next: MarketplaceListParams) => {
    const search = listParamsToSearch(next);
    applied(search.toString());
    setSearchParams(search);
  };
  return (
    <>
      <h1>{t(`marketplace.${kind}.title`)}</h1>
      <p className="lead">{t(`marketplace.${kind}.intro`)}</p>
      {params.organisation && (
        <p className="notice">
          {owner && (
            <strong>{t(`marketplace.${kind}.ofOrganisation`, { name: owner.displayName })}</strong>
          )}{' '}
          <Link to={MARKETPLACE_PATHS[kind]}>{t(`marketplace.${kind}.everyone`)}</Link>
        </p>
      )}
      <PostItemLink kind={kind} signedIn={Boolean(me)} />
      {/* remounted when the URL changes from elsewhere, so the fields follow the back button */}
      <MarketplaceFilters
        key={`${kind}:${filtersKey}`}
        kind={kind}
        value={params}
        statusChoice={Boolean(params.organisation) && seesUnpublished}
        onApply={apply}
      />
      <ListResults
        page={list.page}
        loading={list.loading}
        error={list.error}
        onRetry={list.refetch}
        onMore={list.more}
        shownText={t('marketplace.shown', { count: list.page?.nodes.length ?? 0 })}
        emptyText={t(`marketplace.${kind}.none`)}
        moreText={t('marketplace.more')}
      >
        <ul className="card-grid" aria-label={t('marketplace.results')}>
          {list.page?.nodes.map((item) => (
            <MarketplaceCard key={item.id} kind={kind} item={item} />
          ))}
        </ul>
      </ListResults>
    </>
  );
}
