import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFiltersKey } from '../app/useFiltersKey';
import { usePageTitle } from '../app/usePageTitle';
import { useMe } from '../features/accounts/hooks/useMe';
import { ChallengeCard } from '../features/challenges/components/ChallengeCard';
import { ChallengeFilters } from '../features/challenges/components/ChallengeFilters';
import { PostChallengeLink } from '../features/challenges/components/PostChallengeLink';
import { useChallengeList } from '../features/challenges/hooks/useChallengeList';
import {
  listParamsToSearch,
  parseListParams,
  type ChallengeListParams,
} from '../features/challenges/lib/list-params';
import '../features/challenges/challenges.css';
import { ListResults } from '../ui';

/** Challenges: search, filters and sort kept in the URL; or the ones the person follows. */
export function ChallengesPage() {
  const { t } = useTranslation();
  usePageTitle(t('challenges.title'));
  const { me } = useMe();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseListParams(searchParams);
  const followed = params.view === 'followed';
  const list = useChallengeList(params, Boolean(me));
  const [filtersKey, applied] = useFiltersKey(searchParams.toString());
  const apply = (next: ChallengeListParams) => {
    const search = listParamsToSearch(next);
    applied(search.toString());
    setSearchParams(search);
  };
  const viewHref = (view: ChallengeListParams['view']) =>
    `/challenges${view === 'followed' ? '?view=followed' : ''}`;

  return (
    <>
      <h1>{t('challenges.title')}</h1>
      <p className="lead">{t('challenges.intro')}</p>
      <PostChallengeLink signedIn={Boolean(me)} />
      {me && (
        <nav aria-label={t('challenges.views')}>
          <ul className="view-switch">
            <li>
              <Link to={viewHref('all')} aria-current={followed ? undefined : 'page'}>
                {t('challenges.viewAll')}
              </Link>
            </li>
            <li>
              <Link to={viewHref('followed')} aria-current={followed ? 'page' : undefined}>
                {t('challenges.viewFollowed')}
              </Link>
            </li>
          </ul>
        </nav>
      )}
      {followed && !me ? (
        <p className="notice">
          <Link to="/sign-in">{t('challenges.signInToFollow')}</Link>
        </p>
      ) : (
        <>
          {!followed && (
            // remounted when the URL changes from elsewhere, so the fields follow the back button
            <ChallengeFilters key={filtersKey} value={params} onApply={apply} />
          )}
          <ListResults
            page={list.page}
            loading={list.loading}
            error={list.error}
            onRetry={list.refetch}
            onMore={list.more}
            shownText={t('challenges.shown', { count: list.page?.nodes.length ?? 0 })}
            emptyText={followed ? t('challenges.noneFollowed') : t('challenges.none')}
            moreText={t('challenges.more')}
          >
            <ul className="card-grid" aria-label={t('challenges.results')}>
              {list.page?.nodes.map((challenge) => (
                <ChallengeCard key={challenge.id} challenge={challenge} />
              ))}
            </ul>
          </ListResults>
        </>
      )}
    </>
  );
}
