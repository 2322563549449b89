import { useQuery } from '@apollo/client/react';
import { PlatformAccountsDocument, type PlatformAccountFilter } from '@oip/graphql';

const PAGE_SIZE = 20;

/** One growing list of accounts for a filter: the first page, then "show more" (keyset). */
export function usePlatformAccounts(filter: PlatformAccountFilter) {
  const { data, loading, error, refetch, fetchMore } = useQuery(PlatformAccountsDocument, {
    variables: { filter, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const page = data?.platformAccounts;
  const loadMore = () =>
    void fetchMore({
      variables: { after: page?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        platformAccounts: {
          ...fetchMoreResult.platformAccounts,
          nodes: [...previous.platformAccounts.nodes, ...fetchMoreResult.platformAccounts.nodes],
        },
      }),
    });
  return { page, loading, error, refetch: () => void refetch(), loadMore };
}
