import { useQuery } from '@apollo/client/react';
import { PendingPartnershipDecisionsDocument } from '@oip/graphql';

/**
 * The proposals waiting for the viewer's decision, per organisation (the most first; none
 * listed with nothing waiting). Refetched after each decision (usePartnershipDecision).
 */
export function usePendingDecisions({ skip = false }: { skip?: boolean } = {}) {
  const { data, loading } = useQuery(PendingPartnershipDecisionsDocument, { skip });
  const perOrganisation = data?.pendingPartnershipDecisions ?? [];
  return {
    /** The counts have arrived, or could not (false while skipped or loading). */
    loaded: !skip && !loading,
    perOrganisation,
    total: perOrganisation.reduce((sum, row) => sum + row.count, 0),
    countOf: (organisationId: string) =>
      perOrganisation.find((row) => row.organisationId === organisationId)?.count ?? 0,
  };
}
