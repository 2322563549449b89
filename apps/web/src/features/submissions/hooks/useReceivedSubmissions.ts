import { useQuery } from '@apollo/client/react';
import { ChallengeSubmissionsDocument } from '@oip/graphql';

const PAGE_SIZE = 10;

/** The proposals a challenge received (owner side only): first page, then "show more". */
export function useReceivedSubmissions(challengeId: string, skip: boolean) {
  const { data, loading, error, refetch, fetchMore } = useQuery(ChallengeSubmissionsDocument, {
    variables: { challengeId, first: PAGE_SIZE },
    skip,
    notifyOnNetworkStatusChange: true,
  });
  const page = data?.challengeSubmissions;
  const loadMore = () =>
    void fetchMore({
      variables: { after: page?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        challengeSubmissions: {
          ...fetchMoreResult.challengeSubmissions,
          nodes: [
            ...previous.challengeSubmissions.nodes,
            ...fetchMoreResult.challengeSubmissions.nodes,
          ],
        },
      }),
    });
  return { page, loading, error, refetch: () => void refetch(), loadMore };
}
