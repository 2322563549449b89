import type { MockLink } from '@apollo/client/testing';
import { SimilarItemsDocument, TaxonomiesDocument, type TaxonomiesQuery } from '@oip/graphql';

export const taxonomiesData: TaxonomiesQuery = {
  __typename: 'Query',
  taxonomies: [
    {
      __typename: 'Taxonomy',
      key: 'PROVINCE',
      version: 1,
      name: { __typename: 'LocalizedText', it: 'Provincia', en: 'Province' },
      terms: [
        {
          __typename: 'TaxonomyTerm',
          id: 'province:MI',
          code: 'MI',
          position: 0,
          label: { __typename: 'LocalizedText', it: 'Milano', en: 'Milan' },
          description: null,
        },
        {
          __typename: 'TaxonomyTerm',
          id: 'province:MN',
          code: 'MN',
          position: 1,
          label: { __typename: 'LocalizedText', it: 'Mantova', en: 'Mantua' },
          description: null,
        },
      ],
    },
  ],
};

export const taxonomiesMock = (
  overrides: Partial<MockLink.MockedResponse> = {},
): MockLink.MockedResponse => ({
  request: { query: TaxonomiesDocument },
  result: { data: taxonomiesData },
  ...overrides,
});

/** The editors' similar-items check, answered "none" whatever the draft (any number of times). */
export function noSimilarItemsMock(): MockLink.MockedResponse {
  return {
    request: { query: SimilarItemsDocument, variables: () => true },
    result: { data: { __typename: 'Query', similarItems: [] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
