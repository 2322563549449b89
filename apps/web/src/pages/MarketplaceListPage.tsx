import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useFiltersKey } from '../app/useFiltersKey';
import { usePageTitle } from '../app/usePageTitle';
import { useMe } from '../features/accounts/hooks/useMe';
import { MarketplaceCard } from '../features/marketplace/components/MarketplaceCard';
import { MarketplaceFilters } from '../features/marketplace/components/MarketplaceFilters';
import { PostItemLink } from '../features/marketplace/components/PostItemLink';
import { useMarketplaceList } from '../features/marketplace/hooks';
import {
  listParamsToSearch,
  parseListParams,
  type MarketplaceListParams,
} from '../features/marketplace/lib/list-params';
import type { MarketplaceKind } from '../features/marketplace/lib/marketplace-kinds';
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
      <PostItemLink kind={kind} signedIn={Boolean(me)} />
      {/* remounted when the URL changes from elsewhere, so the fields follow the back button */}
      <MarketplaceFilters
        key={`${kind}:${filtersKey}`}
        kind={kind}
        value={params}
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
