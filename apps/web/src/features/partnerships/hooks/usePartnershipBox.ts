import { useQuery } from '@apollo/client/react';
import { PartnershipsDocument, type PartnershipBox } from '@oip/graphql';

export const PARTNERSHIPS_PAGE_SIZE = 20;

/** One box of an organisation's inbox; "load more" follows the keyset cursor. */
export function usePartnershipBox(organisationId: string, box: PartnershipBox) {
  const { data, loading, error, refetch, fetchMore } = useQuery(PartnershipsDocument, {
    variables: { organisationId, box, first: PARTNERSHIPS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.partnerships;
  const page = connection && {
    nodes: connection.edges.map((edge) => edge.node),
    pageInfo: connection.pageInfo,
    totalCount: connection.totalCount,
  };
  const more = () =>
    void fetchMore({
      variables: { after: connection?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        partnerships: {
          ...fetchMoreResult.partnerships,
          edges: [...previous.partnerships.edges, ...fetchMoreResult.partnerships.edges],
        },
      }),
    });
  return { page, loading, error, refetch: () => void refetch(), more };
}
