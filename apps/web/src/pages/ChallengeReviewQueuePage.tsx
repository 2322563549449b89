import { useQuery } from '@apollo/client/react';
import { ChallengeReviewQueueDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { ChallengeCard } from '../features/challenges/components/ChallengeCard';
import { RequireModerator } from '../features/challenges/components/RequireModerator';
import '../features/challenges/challenges.css';
import { ListResults } from '../ui';

const PAGE_SIZE = 12;

/** Moderators: challenges waiting for review, oldest first; each opens its page to approve or return it. */
export function ChallengeReviewQueuePage() {
  const { t } = useTranslation();
  usePageTitle(t('challenges.moderation.title'));
  return (
    <RequireModerator title={t('challenges.moderation.title')}>
      {() => <ReviewQueue />}
    </RequireModerator>
  );
}

function ReviewQueue() {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(ChallengeReviewQueueDocument, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const page = data?.challengeReviewQueue;
  const more = () =>
    void fetchMore({
      variables: { after: page?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        challengeReviewQueue: {
          ...fetchMoreResult.challengeReviewQueue,
          nodes: [
            ...previous.challengeReviewQueue.nodes,
            ...fetchMoreResult.challengeReviewQueue.nodes,
          ],
        },
      }),
    });
  return (
    <>
      <h1>{t('challenges.moderation.title')}</h1>
      <p className="lead">{t('challenges.moderation.intro')}</p>
      <ListResults
        page={page}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        onMore={more}
        shownText={t('challenges.moderation.shown', { count: page?.nodes.length ?? 0 })}
        emptyText={t('challenges.moderation.none')}
        moreText={t('challenges.more')}
      >
        <ul className="card-grid" aria-label={t('challenges.moderation.results')}>
          {page?.nodes.map((challenge) => (
            <ChallengeCard key={challenge.id} challenge={challenge} />
          ))}
        </ul>
      </ListResults>
    </>
  );
}
