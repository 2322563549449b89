import { useQuery } from '@apollo/client/react';
import { ChallengesDocument, FollowedChallengesDocument } from '@oip/graphql';
import { listVariables, type ChallengeListParams } from '../lib/list-params';

export const CHALLENGE_PAGE_SIZE = 12;

/** The searched list, or the followed challenges; "show more" follows the keyset cursor. */
export function useChallengeList(params: ChallengeListParams, signedIn: boolean) {
  const followed = params.view === 'followed';
  const all = useQuery(ChallengesDocument, {
    variables: listVariables(params, CHALLENGE_PAGE_SIZE),
    skip: followed,
    notifyOnNetworkStatusChange: true,
  });
  const mine = useQuery(FollowedChallengesDocument, {
    variables: { first: CHALLENGE_PAGE_SIZE },
    skip: !followed || !signedIn,
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  if (followed) {
    const page = mine.data?.followedChallenges;
    return {
      page,
      loading: mine.loading,
      error: mine.error,
      refetch: () => void mine.refetch(),
      more: () =>
        void mine.fetchMore({
          variables: { after: page?.pageInfo.endCursor },
          updateQuery: (previous, { fetchMoreResult }) => ({
            ...fetchMoreResult,
            followedChallenges: {
              ...fetchMoreResult.followedChallenges,
              nodes: [
                ...previous.followedChallenges.nodes,
                ...fetchMoreResult.followedChallenges.nodes,
              ],
            },
          }),
        }),
    };
  }
  const page = all.data?.challenges;
  return {
    page,
    loading: all.loading,
    error: all.error,
    refetch: () => void all.refetch(),
    more: () =>
      void all.fetchMore({
        variables: { after: page?.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          challenges: {
            ...fetchMoreResult.challenges,
            nodes: [...previous.challenges.nodes, ...fetchMoreResult.challenges.nodes],
          },
        }),
      }),
  };
}
