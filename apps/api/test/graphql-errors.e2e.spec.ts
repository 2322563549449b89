import { startTestApp, type TestApp } from './harness/app';

describe('bad GraphQL input', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ GRAPHQL_MAX_DEPTH: '3', GRAPHQL_MAX_COMPLEXITY: '40' });
  });
  afterAll(() => api.close());

  const expectNoStackTrace = (body: unknown) =>
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|\bat .*\.js:\d+/);

  it('answers a syntax error with GRAPHQL_PARSE_FAILED, in Italian by default', async () => {
    const { status, body } = await api.graphql('{ taxonomies { key ');
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({
      message: 'La richiesta non è un documento GraphQL valido.',
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
    expectNoStackTrace(body);
  });

  it('answers in English when the client prefers it', async () => {
    const { body } = await api.graphql('{ nope }', {
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    expect(body.errors?.[0]).toMatchObject({
      message: 'The request does not match the GraphQL schema.',
      extensions: {
        code: 'GRAPHQL_VALIDATION_FAILED',
        detail: 'Cannot query field "nope" on type "Query".',
      },
    });
    expectNoStackTrace(body);
  });

  it('answers an invalid variable with BAD_USER_INPUT', async () => {
    const { body } = await api.graphql(
      'query Q($key: TaxonomyKey!) { taxonomy(key: $key) { key } }',
      {
        variables: { key: 42 },
      },
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expectNoStackTrace(body);
  });

  it('refuses a query nested deeper than the limit, fragments included', async () => {
    const { body, status } = await api.graphql(`
      query Deep { taxonomies { ...T } }
      fragment T on Taxonomy { terms { label { it } } }
    `);
    expect(status).toBe(400); // the client's fault, not the server's
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', maxDepth: 3 });
    expect(body.data).toBeUndefined();
  });

  it('accepts a query exactly at the depth limit', async () => {
    const { body } = await api.graphql('{ taxonomies { terms { code } } }');
    expect(body.errors).toBeUndefined();
  });

  it('refuses a query over the complexity budget before running it', async () => {
    const aliases = Array.from({ length: 15 }, (_, i) => `t${i}: taxonomies { key version }`).join(
      ' ',
    );
    const { body, status } = await api.graphql(`{ ${aliases} }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      maxComplexity: 40,
    });
    expect(body.data ?? undefined).toBeUndefined();
  });

  it('answers a body that is not JSON with 400 and no stack trace', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expectNoStackTrace(await response.text());
  });

  it('blocks a simple cross-site GET (CSRF prevention)', async () => {
    const response = await fetch(
      `${api.url}/graphql?query=${encodeURIComponent('{ taxonomies { key } }')}`,
    );
    expect(response.status).toBe(400);
  });
});
