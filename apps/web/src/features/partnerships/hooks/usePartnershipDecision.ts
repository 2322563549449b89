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
  const options = {
    refetchQueries: [
      'Partnerships',
      'ProjectGroups',
      'MyOpenPartnerships',
      'PendingPartnershipDecisions',
    ],
  };
  const [accept] = useMutation(AcceptPartnershipDocument, options);
  const [decline] = useMutation(DeclinePartnershipDocument, options);
  const [withdraw] = useMutation(WithdrawPartnershipDocument, options);
  const [conclude] = useMutation(ConcludePartnershipDocument, options);

  const decide = async (decision: PartnershipDecision, id: string, reason?: string) => {
    if (decision === 'accept') await accept({ variables: { id } });
    else if (decision === 'decline')
      await decline({ variables: { id, reason: reason?.trim() || null } });
    else if (decision === 'withdraw') await withdraw({ variables: { id } });
    else await conclude({ variables: { id } });
  };
  return { decide };
}
