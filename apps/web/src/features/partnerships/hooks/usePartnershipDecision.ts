import { useMutation } from '@apollo/client/react';
import {
  AcceptPartnershipDocument,
  ConcludePartnershipDocument,
  DeclinePartnershipDocument,
  WithdrawPartnershipDocument,
} from '@oip/graphql';

export type PartnershipDecision = 'accept' | 'decline' | 'withdraw' | 'conclude';

/** Accept, decline (with an optional reason), withdraw or conclude; the boxes are refreshed. */
export function usePartnershipDecision() {
  // a decision moves the partnership between boxes: refetch them rather than edit the cache
  const options = { refetchQueries: ['Partnerships', 'ProjectGroups', 'MyOpenPartnerships'] };
  const [accept, accepting] = useMutation(AcceptPartnershipDocument, options);
  const [decline, declining] = useMutation(DeclinePartnershipDocument, options);
  const [withdraw, withdrawing] = useMutation(WithdrawPartnershipDocument, options);
  const [conclude, concluding] = useMutation(ConcludePartnershipDocument, options);
  const busy = [accepting, declining, withdrawing, concluding].some((state) => state.loading);

  const decide = async (decision: PartnershipDecision, id: string, reason?: string) => {
    if (decision === 'accept') await accept({ variables: { id } });
    else if (decision === 'decline')
      await decline({ variables: { id, reason: reason?.trim() || null } });
    else if (decision === 'withdraw') await withdraw({ variables: { id } });
    else await conclude({ variables: { id } });
  };
  return { decide, busy };
}
