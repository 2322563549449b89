import { useQuery } from '@apollo/client/react';
import { MyOpenPartnershipsDocument } from '@oip/graphql';

/**
 * The signed-in person's open partnerships: one request per page whatever the number of
 * "Express interest" buttons (they share Apollo's cached answer); refreshed by the mutations.
 */
export function useMyOpenPartnerships(signedIn: boolean) {
  const { data } = useQuery(MyOpenPartnershipsDocument, { skip: !signedIn });
  return data?.myOpenPartnerships ?? [];
}
