import { useQuery } from '@apollo/client/react';
import { TaxonomiesDocument, type TaxonomiesQuery } from '@oip/graphql';

export type TaxonomyItem = TaxonomiesQuery['taxonomies'][number];
export type TermItem = TaxonomyItem['terms'][number];

/** All taxonomies, fetched once and then served from the Apollo cache. */
export function useTaxonomies() {
  const { data, loading, error, refetch } = useQuery(TaxonomiesDocument);
  return { taxonomies: data?.taxonomies ?? [], loading: loading && !data, error, refetch };
}

/** URL segment of a taxonomy: its key in lower case (`/taxonomies/s3_ecosystem`). */
export function taxonomyPath(key: string): string {
  return `/taxonomies/${key.toLowerCase()}`;
}
