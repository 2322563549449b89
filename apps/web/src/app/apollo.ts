import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import type { i18n as I18n } from 'i18next';

/**
 * One Apollo Client for the app. Taxonomies are identified by `key`, terms by `id`, so every
 * page reading them shares one cached copy. Requests carry the UI language so API error
 * messages come back in it.
 */
export function createApolloClient(i18n: I18n, uri = '/graphql') {
  return new ApolloClient({
    link: new HttpLink({
      uri,
      fetch: (input, init) =>
        fetch(input, {
          ...init,
          headers: {
            ...(init?.headers as Record<string, string>),
            'accept-language': i18n.language,
          },
        }),
    }),
    cache: new InMemoryCache({
      typePolicies: {
        Taxonomy: { keyFields: ['key'] },
        Indicator: { keyFields: ['code'] },
        // several queries select different permissions of the same challenge: merge them
        ChallengeViewerCan: { merge: true },
      },
    }),
  });
}
