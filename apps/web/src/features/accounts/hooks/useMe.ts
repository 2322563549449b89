import { useQuery } from '@apollo/client/react';
import { MeDocument, type MeQuery } from '@oip/graphql';

export type Me = NonNullable<MeQuery['me']>;

/** Who is signed in (null when nobody); loading until the first answer. */
export function useMe() {
  const { data, loading } = useQuery(MeDocument);
  return { me: data?.me ?? null, loading: loading && !data };
}
