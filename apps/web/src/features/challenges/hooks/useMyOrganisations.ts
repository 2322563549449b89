import { useQuery } from '@apollo/client/react';
import { MyOrganisationsDocument } from '@oip/graphql';

/** The organisations the signed-in person administers (owner or admin): they may post challenges. */
export function useAdministeredOrganisations(signedIn: boolean) {
  const { data, loading } = useQuery(MyOrganisationsDocument, { skip: !signedIn });
  const organisations = (data?.myOrganisations ?? []).filter(
    (o) => o.myRole === 'OWNER' || o.myRole === 'ADMIN',
  );
  return { organisations, loading };
}
