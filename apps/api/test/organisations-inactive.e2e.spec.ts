import { Clock } from '../src/common/time/clock';
import { startTestApp, type TestApp } from './harness/app';
import { createChallengeViaApi, transitionViaApi } from './harness/challenges';
import { actionDocument, createItem } from './harness/marketplace';
import {
  createOrganisation,
  dataSourceOf,
  outcome,
  registerPerson,
  type Person,
} from './harness/people';
import { startSmtpServer, type TestSmtpServer } from './harness/smtp';

const DEACTIVATE = `mutation ($id: ID!) { deactivateOrganisation(id: $id) { id active deactivatedAt } }`;
const REACTIVATE = `mutation ($id: ID!) { reactivateOrganisation(id: $id) { id active deactivatedAt } }`;
const MATCHES = `query ($id: ID!) { matchesForRequest(id: $id, first: 20) { targetType targetId } }`;
const SIMILAR = `query ($input: SimilarItemsInput!) { similarItems(input: $input, first: 5) { targetId } }`;
const DIRECTORY = `query { organisations(first: 50) { nodes { id active } } }`;

const NOW = new Date('2025-07-01T09:00:00Z');
const TAGS = ['robotica', 'visione artificiale', 'controllo qualità'];

/**
 * Deactivated organisations (the authorization rows are in authorization.e2e.spec.ts): out of
 * every match with their items, still in the directory (marked), and unable to publish.
 */
describe('organisations: the inactive state', () => {
  let smtp: TestSmtpServer;
  let api: TestApp;
  let research: Person;
  let sme: Person;
  let labId: string;
  let smeId: string;
  let offerId: string;
  let requestId: string;

  const sql = (statement: string, parameters: unknown[] = []) =>
    dataSourceOf(api).query(statement, parameters);
  const call = async (person: Person, document: string, variables: Record<string, unknown>) => {
    const { body } = await person.client.graphql<Record<string, unknown>>(document, variables);
    return { code: outcome(body), data: body.data };
  };
  const matchedIds = async () => {
    const { body } = await sme.client.graphql<{ matchesForRequest: { targetId: string }[] }>(
      MATCHES,
      { id: requestId },
    );
    expect(body.errors).toBeUndefined();
    return body.data!.matchesForRequest.map((match) => match.targetId);
  };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    api = await startTestApp({ SMTP_URL: smtp.url });
    api.app.get(Clock).travelTo(NOW);
    research = await registerPerson(api, smtp, 'research@inactive.test');
    sme = await registerPerson(api, smtp, 'sme@inactive.test');
    labId = await createOrganisation(research, {
      kind: 'research_centre',
      displayName: 'Laboratorio Visione',
      legalName: 'Laboratorio Visione',
      vatNumber: null,
      competences: TAGS,
    });
    smeId = await createOrganisation(sme, {
      displayName: 'Verniciature Orobiche',
      legalName: 'Verniciature Orobiche S.r.l.',
      vatNumber: null,
    });
    offerId = (await createItem(research, 'offer', labId, { tags: TAGS })).id;
    requestId = (await createItem(sme, 'request', smeId, { tags: TAGS })).id;
    for (const [kind, id, person] of [
      ['offer', offerId, research],
      ['request', requestId, sme],
    ] as const)
      expect((await call(person, actionDocument(kind, 'publish'), { id })).code).toBe('OK');
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  it('leaves a deactivated organisation and its offer out of the matches, and brings them back', async () => {
    expect(await matchedIds()).toEqual(expect.arrayContaining([offerId, labId]));

    const deactivated = await call(research, DEACTIVATE, { id: labId });
    expect(deactivated.code).toBe('OK');
    expect(deactivated.data?.deactivateOrganisation).toMatchObject({ active: false });
    const without = await matchedIds();
    expect(without).not.toContain(offerId);
    expect(without).not.toContain(labId);
    const similar = await call(sme, SIMILAR, {
      input: { kind: 'OFFER', text: 'Visione artificiale', tags: TAGS },
    });
    expect(similar.data?.similarItems).toEqual([]);

    expect((await call(research, REACTIVATE, { id: labId })).code).toBe('OK');
    expect(await matchedIds()).toEqual(expect.arrayContaining([offerId, labId]));
  });

  it('keeps a deactivated organisation in the directory, marked inactive', async () => {
    await call(research, DEACTIVATE, { id: labId });
    const { body } = await api
      .client()
      .graphql<{ organisations: { nodes: { id: string; active: boolean }[] } }>(DIRECTORY);
    expect(body.data?.organisations.nodes).toEqual(
      expect.arrayContaining([
        { id: labId, active: false },
        { id: smeId, active: true },
      ]),
    );
    await call(research, REACTIVATE, { id: labId });
  });

  it('refuses to publish or renew for a deactivated organisation, not to archive', async () => {
    const draft = await createItem(research, 'offer', labId, { tags: TAGS });
    const challenge = await createChallengeViaApi(research, labId);
    await call(research, DEACTIVATE, { id: labId });
    expect((await call(research, actionDocument('offer', 'publish'), { id: draft.id })).code).toBe(
      'ORGANISATION_INACTIVE',
    );
    expect((await call(research, actionDocument('offer', 'renew'), { id: offerId })).code).toBe(
      'ORGANISATION_INACTIVE',
    );
    expect(
      outcome(await transitionViaApi(research.client, challenge.id, 'submit_for_review')),
    ).toBe('ORGANISATION_INACTIVE');
    const [row] = await sql(`SELECT status FROM technology_offer WHERE id = $1`, [draft.id]);
    expect(row.status).toBe('draft');

    await call(research, REACTIVATE, { id: labId });
    expect((await call(research, actionDocument('offer', 'publish'), { id: draft.id })).code).toBe(
      'OK',
    );
    expect(
      outcome(await transitionViaApi(research.client, challenge.id, 'submit_for_review')),
    ).toBe('OK');
  });

  it('says when there is nothing to change', async () => {
    expect((await call(research, REACTIVATE, { id: labId })).code).toBe(
      'ORGANISATION_ALREADY_ACTIVE',
    );
    await call(research, DEACTIVATE, { id: labId });
    expect((await call(research, DEACTIVATE, { id: labId })).code).toBe(
      'ORGANISATION_ALREADY_INACTIVE',
    );
    await call(research, REACTIVATE, { id: labId });
  });
});
