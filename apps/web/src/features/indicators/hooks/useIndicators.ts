import { useQuery } from '@apollo/client/react';
import { IndicatorsDocument, type IndicatorsQuery } from '@oip/graphql';

export type IndicatorItem = IndicatorsQuery['indicators'][number];

export function useIndicators() {
  const { data, loading, error, refetch } = useQuery(IndicatorsDocument);
  return { indicators: data?.indicators ?? [], loading: loading && !data, error, refetch };
}
