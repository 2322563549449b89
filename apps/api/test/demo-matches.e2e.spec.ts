import { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from '../src/modules/accounts/accounts.seeder';
import { runSeeds } from '../src/database/seeds/run-seeds';
import { startTestApp, type TestApp } from './harness/app';

/**
 * Issue 5's demo promise: "Matches" and "For you" are full for every demo account. On the
 * seeded database, each demo account signs in and reads the "For you" of each of its
 * organisations and the Matches of each of their published offers, requests and challenges:
 * at least three each. Adding demo data (marketplace.seed-data.ts) keeps this green.
 */
const ACCOUNTS = [
  'pmi@demo.oip.it',
  'ricerca@demo.oip.it',
  'startup@demo.oip.it',
  'moderatore@demo.oip.it',
  'admin@demo.oip.it',
];
const MINIMUM = 3;
const ITEMS = [
  ['technology_offer', 'matchesForOffer'],
  ['collaboration_request', 'matchesForRequest'],
  ['challenge', 'matchesForChallenge'],
] as const;

describe('demo data: full Matches and For you for every demo account', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
    await runSeeds(api.app.get(DataSource));
  });
  afterAll(() => api?.close());

  it.each(ACCOUNTS)('%s', async (email) => {
    const client = api.client();
    const signIn = await client.graphql(
      `mutation ($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { id } }`,
      { email, password: DEMO_PASSWORD },
    );
    expect(signIn.body.errors).toBeUndefined();
    const { body } = await client.graphql<{ myOrganisations: { id: string }[] }>(
      `{ myOrganisations { id } }`,
    );
    const counts: Record<string, number> = {};
    const count = async (field: string, id: string, label: string) => {
      const answer = await client.graphql<{ r: unknown[] }>(
        `query ($id: ID!) { r: ${field}(id: $id, first: 10) { targetId } }`,
        { id },
      );
      expect(answer.body.errors).toBeUndefined();
      counts[label] = answer.body.data!.r.length;
    };
    for (const { id } of body.data!.myOrganisations) {
      await count('matchesForOrganisation', id, `for you ${id}`);
      for (const [table, field] of ITEMS) {
        const rows = (await api.app
          .get(DataSource)
          .query(`SELECT id FROM ${table} WHERE organisation_id = $1 AND status = 'published'`, [
            id,
          ])) as { id: string }[];
        for (const row of rows) await count(field, row.id, `${field} ${row.id}`);
      }
    }
    expect(Object.keys(counts).length).toBeGreaterThanOrEqual(1);
    // every list at least MINIMUM long (the labels say which one is not)
    expect(Object.entries(counts).filter(([, n]) => n < MINIMUM)).toEqual([]);
  });
});
