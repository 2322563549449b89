// The requests `pnpm bench:api` measures against the API, in order. A new feature adds its
// scenario here: { name, path, body, headers? }. Each one is checked once before the load run
// (2xx, no GraphQL `errors`), so a broken query fails the bench instead of timing an error path.

const graphql = (query, variables) => JSON.stringify(variables ? { query, variables } : { query });

/** The smallest GraphQL request: the framework's own overhead, the figure the target is on. */
export const TYPENAME_BODY = graphql('{ __typename }');

export const scenarios = [
  { name: 'typename', path: '/graphql', body: TYPENAME_BODY },
  {
    name: 'taxonomies',
    path: '/graphql',
    body: graphql(
      'query Taxonomies { taxonomies { key version name { it en } terms { id code position label { it en } description { it en } } } }',
    ),
  },
];

/** The bare `node:http` server gets the same request as `typename`, as the ceiling to compare to. */
export const bare = { name: 'bare', path: '/', body: TYPENAME_BODY };

/** The figure the API should reach: rps of this scenario ÷ rps of the bare server. */
export const target = { scenario: 'typename', ratio: 0.35 };
