import { useMutation } from '@apollo/client/react';
import { ExpressInterestDocument, type PartnershipFieldsFragment } from '@oip/graphql';
import type { InterestTarget } from '../lib/interest-target';

/** Sends an interest from `fromOrganisationId`; the inboxes on screen are refreshed. */
export function useExpressInterest() {
  const [mutate, state] = useMutation(ExpressInterestDocument, {
    refetchQueries: ['Partnerships', 'MyOpenPartnerships'],
  });
  const send = async (
    target: InterestTarget,
    fromOrganisationId: string,
    message: string,
  ): Promise<PartnershipFieldsFragment | undefined> => {
    const result = await mutate({
      variables: {
        input: {
          fromOrganisationId,
          itemType: target.itemType,
          itemId: target.itemId,
          toOrganisationId: target.toOrganisationId,
          message,
        },
      },
    });
    return result.data?.expressInterest;
  };
  return { send, sending: state.loading };
}
