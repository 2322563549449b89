import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  ArchiveCollaborationRequestDocument,
  ArchiveTechnologyOfferDocument,
  CollaborationRequestDocument,
  CollaborationRequestsDocument,
  DeleteCollaborationRequestDocument,
  DeleteTechnologyOfferDocument,
  PublishCollaborationRequestDocument,
  PublishTechnologyOfferDocument,
  RenewCollaborationRequestDocument,
  RenewTechnologyOfferDocument,
  TechnologyOfferDocument,
  TechnologyOffersDocument,
} from '@oip/graphql';
import { listVariables, type MarketplaceListParams } from './lib/list-params';
import type { MarketplaceKind } from './lib/marketplace-kinds';

export const MARKETPLACE_PAGE_SIZE = 12;

/** The searched list of offers or requests; "show more" follows the keyset cursor. */
export function useMarketplaceList(kind: MarketplaceKind, params: MarketplaceListParams) {
  const variables = listVariables(kind, params, MARKETPLACE_PAGE_SIZE);
  const options = { variables, notifyOnNetworkStatusChange: true } as const;
  const offers = useQuery(TechnologyOffersDocument, { ...options, skip: kind !== 'offer' });
  const requests = useQuery(CollaborationRequestsDocument, {
    ...options,
    skip: kind !== 'request',
  });
  if (kind === 'offer') {
    const page = offers.data?.technologyOffers;
    return {
      page,
      loading: offers.loading,
      error: offers.error,
      refetch: () => void offers.refetch(),
      more: () =>
        void offers.fetchMore({
          variables: { after: page?.pageInfo.endCursor },
          updateQuery: (previous, { fetchMoreResult }) => ({
            ...fetchMoreResult,
            technologyOffers: {
              ...fetchMoreResult.technologyOffers,
              nodes: [
                ...previous.technologyOffers.nodes,
                ...fetchMoreResult.technologyOffers.nodes,
              ],
            },
          }),
        }),
    };
  }
  const page = requests.data?.collaborationRequests;
  return {
    page,
    loading: requests.loading,
    error: requests.error,
    refetch: () => void requests.refetch(),
    more: () =>
      void requests.fetchMore({
        variables: { after: page?.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          collaborationRequests: {
            ...fetchMoreResult.collaborationRequests,
            nodes: [
              ...previous.collaborationRequests.nodes,
              ...fetchMoreResult.collaborationRequests.nodes,
            ],
          },
        }),
      }),
  };
}

/** One offer or request (the other query is skipped). */
export function useMarketplaceItem(kind: MarketplaceKind, id: string) {
  const offer = useQuery(TechnologyOfferDocument, { variables: { id }, skip: kind !== 'offer' });
  const request = useQuery(CollaborationRequestDocument, {
    variables: { id },
    skip: kind !== 'request',
  });
  const query = kind === 'offer' ? offer : request;
  return {
    item: kind === 'offer' ? offer.data?.technologyOffer : request.data?.collaborationRequest,
    loading: query.loading,
    error: query.error,
    refetch: () => void query.refetch(),
  };
}

export type MarketplaceAction = 'publish' | 'renew' | 'archive' | 'delete';

/** publish / renew / archive / delete (a draft) of either kind, as one function. */
export function useMarketplaceAction(kind: MarketplaceKind) {
  const mutations = {
    offer: {
      publish: useMutation(PublishTechnologyOfferDocument)[0],
      renew: useMutation(RenewTechnologyOfferDocument)[0],
      archive: useMutation(ArchiveTechnologyOfferDocument)[0],
      delete: useMutation(DeleteTechnologyOfferDocument)[0],
    },
    request: {
      publish: useMutation(PublishCollaborationRequestDocument)[0],
      renew: useMutation(RenewCollaborationRequestDocument)[0],
      archive: useMutation(ArchiveCollaborationRequestDocument)[0],
      delete: useMutation(DeleteCollaborationRequestDocument)[0],
    },
  };
  return async (action: MarketplaceAction, id: string) => {
    await mutations[kind][action]({ variables: { id } });
  };
}

/**
 * Drops a deleted item from the cache, so no cached list shows it any more. Call it once its
 * page is gone: a page still watching it would ask the API for it again.
 */
export function useForgetMarketplaceItem(kind: MarketplaceKind) {
  const { cache } = useApolloClient();
  return (id: string) => {
    const __typename = kind === 'offer' ? 'TechnologyOffer' : 'CollaborationRequest';
    cache.evict({ id: cache.identify({ __typename, id }) });
    cache.gc();
  };
}
