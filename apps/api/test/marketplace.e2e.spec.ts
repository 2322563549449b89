import { Clock } from '../src/common/time/clock';
import { JobScheduler } from '../src/modules/jobs/job-scheduler';
import {
  expiryJobKey,
  MARKETPLACE_EXPIRE_QUEUE,
} from '../src/modules/marketplace/marketplace-expiry';
import { startTestApp, type TestApp, type TestClient } from './harness/app';
import {
  actionDocument,
  createDocument,
  createItem,
  deleteDocument,
  listDocument,
  marketplaceInput,
  oneDocument,
  TABLE_OF,
  updateDocument,
  type Kind,
} from './harness/marketplace';
import {
  addMember,
  createOrganisation,
  dataSourceOf,
  outcome,
  registerPerson,
  setPlatformRole,
  type Person,
} from './harness/people';
import { startSmtpServer, type TestSmtpServer } from './harness/smtp';

type Item = {
  id: string;
  status: string;
  version: number;
  expiresAt: string | null;
  publishedAt: string | null;
  descriptionHtml?: { it: string };
  viewerCan: {
    edit: boolean;
    publish: boolean;
    renew: boolean;
    archive: boolean;
    delete: boolean;
  };
};

/** Offers and requests over HTTP: lifecycle with expiry, visibility, validation, search, conflicts. */
describe.each(['offer', 'request'] as const)('marketplace: %s', (kind: Kind) => {
  let smtp: TestSmtpServer;
  let api: TestApp;
  let owner: Person;
  let member: Person;
  let stranger: Person;
  let moderator: Person;
  let organisationId: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    api = await startTestApp({ SMTP_URL: smtp.url });
    owner = await registerPerson(api, smtp, 'owner@polimi.it', { fullName: 'Olga Owner' });
    member = await registerPerson(api, smtp, 'member@polimi.it', { fullName: 'Mario Member' });
    stranger = await registerPerson(api, smtp, 'stranger@unipv.it');
    moderator = await registerPerson(api, smtp, 'moderator@regione.lombardia.it');
    await setPlatformRole(api, moderator.id, 'moderator');
    organisationId = await createOrganisation(owner);
    await addMember(api, organisationId, member.id, 'member');
  });
  afterEach(() => api.app.get(Clock).reset());
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  const call = async (client: TestClient, document: string, variables: Record<string, unknown>) => {
    const { body } = await client.graphql<{ result: Item }>(document, variables);
    return { code: outcome(body), item: body.data?.result ?? null, body };
  };
  const act = (client: TestClient, action: 'publish' | 'renew' | 'archive', id: string) =>
    call(client, actionDocument(kind, action), { id });
  const read = (client: TestClient, id: string) => call(client, oneDocument(kind), { id });
  const statusOf = async (id: string) =>
    (await dataSourceOf(api).query(`SELECT status FROM ${TABLE_OF[kind]} WHERE id = $1`, [id]))[0]
      .status as string;
  const jobs = () => api.app.get(JobScheduler);

  it('publishes for MARKETPLACE_EXPIRY_MONTHS, expires through the job scheduler, renews and archives', async () => {
    const { id } = await createItem(owner, kind, organisationId);
    const published = await act(owner.client, 'publish', id);
    expect(published.code).toBe('OK');
    const expiresAt = new Date(published.item!.expiresAt!);
    const months =
      (expiresAt.getUTCFullYear() - new Date(published.item!.publishedAt!).getUTCFullYear()) * 12 +
      expiresAt.getUTCMonth() -
      new Date(published.item!.publishedAt!).getUTCMonth();
    expect(months).toBe(12);
    expect(published.item!.viewerCan).toEqual({
      edit: true,
      publish: false,
      renew: true,
      archive: true,
      delete: false,
    });
    const pending = await jobs().pending(MARKETPLACE_EXPIRE_QUEUE, expiryJobKey(kind, id));
    expect(pending?.runAt.toISOString()).toBe(expiresAt.toISOString());
    expect((await act(owner.client, 'publish', id)).code).toBe('MARKETPLACE_INVALID_TRANSITION');

    const clock = api.app.get(Clock);
    clock.travelTo(new Date(expiresAt.getTime() - 60_000));
    await jobs().runDue(MARKETPLACE_EXPIRE_QUEUE);
    expect(await statusOf(id)).toBe('published');
    clock.travelTo(new Date(expiresAt.getTime() + 1_000));
    await jobs().runDue(MARKETPLACE_EXPIRE_QUEUE);
    expect(await statusOf(id)).toBe('expired');
    // expired items stay visible to everyone
    expect((await read(api.client(), id)).item?.status).toBe('EXPIRED');

    const renewed = await act(owner.client, 'renew', id);
    expect(renewed.item?.status).toBe('PUBLISHED');
    expect(new Date(renewed.item!.expiresAt!).getTime()).toBeGreaterThan(expiresAt.getTime());
    expect((await jobs().pending(MARKETPLACE_EXPIRE_QUEUE, expiryJobKey(kind, id)))?.runAt).toEqual(
      new Date(renewed.item!.expiresAt!),
    );

    const archived = await act(owner.client, 'archive', id);
    expect(archived.item?.status).toBe('ARCHIVED');
    expect(await jobs().pending(MARKETPLACE_EXPIRE_QUEUE, expiryJobKey(kind, id))).toBeNull();
    expect((await act(owner.client, 'renew', id)).code).toBe('MARKETPLACE_INVALID_TRANSITION');
    const edit = await call(owner.client, updateDocument(kind), {
      id,
      expectedVersion: 1,
      input: marketplaceInput(kind),
    });
    expect(edit.code).toBe('MARKETPLACE_NOT_EDITABLE');
  });

  it('deletes a draft never published, with the dismissals of its matches; nothing else', async () => {
    const { id } = await createItem(owner, kind, organisationId);
    expect((await read(owner.client, id)).item?.viewerCan.delete).toBe(true);
    expect((await read(member.client, id)).item?.viewerCan.delete).toBe(false);
    const dismissals = () =>
      dataSourceOf(api).query(
        `SELECT 1 FROM match_dismissal WHERE source_id = $1 OR target_id = $1`,
        [id],
      );
    await dataSourceOf(api).query(
      `INSERT INTO match_dismissal (user_id, source_type, source_id, target_type, target_id)
       VALUES ($1, $2, $3, 'organisation', $4), ($5, 'organisation', $4, $2, $3)`,
      [owner.id, kind, id, organisationId, moderator.id],
    );
    const remove = (client: TestClient, itemId: string) =>
      client.graphql<{ result: boolean }>(deleteDocument(kind), { id: itemId });

    const published = await createItem(owner, kind, organisationId);
    await act(owner.client, 'publish', published.id);
    const refused = await remove(owner.client, published.id);
    expect(outcome(refused.body)).toBe('MARKETPLACE_INVALID_TRANSITION');
    expect(await statusOf(published.id)).toBe('published');
    expect(outcome((await remove(owner.client, 'not-an-id')).body)).toBe('NOT_FOUND');

    const deleted = await remove(owner.client, id);
    expect(deleted.body.data?.result).toBe(true);
    expect((await read(owner.client, id)).code).toBe('NOT_FOUND');
    expect(await dismissals()).toEqual([]);
    expect(outcome((await remove(owner.client, id)).body)).toBe('NOT_FOUND');
  });

  it('a job for an item renewed meanwhile does not expire it', async () => {
    const { id } = await createItem(owner, kind, organisationId);
    const first = await act(owner.client, 'publish', id);
    const clock = api.app.get(Clock);
    clock.travelTo(new Date(Date.now() + 30 * 86_400_000));
    await act(owner.client, 'renew', id);
    clock.travelTo(new Date(new Date(first.item!.expiresAt!).getTime() + 1_000));
    await jobs().runDue(MARKETPLACE_EXPIRE_QUEUE);
    expect(await statusOf(id)).toBe('published');
  });

  it('shows drafts to the owner’s members and moderators, published to all, archived to the owner only', async () => {
    const { id } = await createItem(owner, kind, organisationId);
    const anonymous = api.client();
    const seen = async () =>
      Promise.all(
        [anonymous, stranger.client, member.client, moderator.client].map(
          async (client) => (await read(client, id)).code,
        ),
      );
    expect(await seen()).toEqual(['NOT_FOUND', 'NOT_FOUND', 'OK', 'OK']);
    await act(owner.client, 'publish', id);
    expect(await seen()).toEqual(['OK', 'OK', 'OK', 'OK']);
    await act(owner.client, 'archive', id);
    expect(await seen()).toEqual(['NOT_FOUND', 'NOT_FOUND', 'OK', 'NOT_FOUND']);
    expect((await read(anonymous, 'not-a-uuid')).code).toBe('NOT_FOUND');

    const listed = async (client: TestClient, statuses: string[]) => {
      const { body } = await client.graphql<{ result: { nodes: { id: string }[] } }>(
        listDocument(kind),
        { filter: { statuses, organisationId }, first: 50 },
      );
      return body.data!.result.nodes.some((node) => node.id === id);
    };
    expect(await listed(anonymous, ['ARCHIVED'])).toBe(false);
    expect(await listed(member.client, ['ARCHIVED'])).toBe(true);
  });

  it('renders the description as sanitised HTML', async () => {
    const { id } = await createItem(owner, kind, organisationId, {
      descriptionIt: 'Testo **forte** <script>alert(1)</script>',
    });
    const html = (await read(owner.client, id)).item!.descriptionHtml!.it;
    expect(html).toContain('<strong>forte</strong>');
    expect(html).not.toContain('<script');
  });

  it('refuses invalid fields with a code per field', async () => {
    const own =
      kind === 'offer'
        ? { trl: 12, ipStatus: 'secret', contactPersonIds: [stranger.id] }
        : { trlMin: 8, trlMax: 3, budgetBand: 'lots', partnerKinds: ['alien'] };
    const { body } = await owner.client.graphql(createDocument(kind), {
      organisationId,
      input: marketplaceInput(kind, {
        titleIt: 'x'.repeat(161),
        descriptionIt: '',
        titleEn: '',
        s3Ecosystems: ['moon'],
        atecoSections: ['Z'],
        tags: Array.from({ length: 21 }, (_, index) => `tag ${index}`),
        partnershipTypes: ['marriage'],
        ...own,
      }),
    });
    expect(outcome(body)).toBe('VALIDATION_FAILED');
    const common = {
      titleIt: 'TEXT_TOO_LONG',
      // each language both title and description, or neither: one half is missing in each
      descriptionIt: 'MARKETPLACE_LANGUAGE_HALF_WRITTEN',
      titleEn: 'MARKETPLACE_LANGUAGE_HALF_WRITTEN',
      language: 'MARKETPLACE_LANGUAGE_INCOMPLETE',
      s3Ecosystems: 'ECOSYSTEM_INVALID',
      atecoSections: 'ATECO_INVALID',
      tags: 'TAGS_INVALID',
      partnershipTypes: 'PARTNERSHIP_TYPES_INVALID',
    };
    const specific =
      kind === 'offer'
        ? { trl: 'TRL_INVALID', ipStatus: 'IP_STATUS_INVALID' }
        : {
            trlMin: 'TRL_RANGE_INVALID',
            budgetBand: 'BUDGET_BAND_INVALID',
            partnerKinds: 'ORGANISATION_KINDS_INVALID',
          };
    expect(body.errors![0]!.extensions!.fields).toEqual({ ...common, ...specific });
    if (kind === 'offer') {
      // contact persons must be members of the organisation
      const { body: contacts } = await owner.client.graphql(createDocument(kind), {
        organisationId,
        input: marketplaceInput(kind, { contactPersonIds: [stranger.id] }),
      });
      expect(contacts.errors![0]!.extensions!.fields).toEqual({
        contactPersonIds: 'CONTACT_PERSONS_INVALID',
      });
      expect(outcome((await owner.client.graphql(createDocument(kind), {
        organisationId,
        input: marketplaceInput(kind, { contactPersonIds: [member.id] }),
      })).body)).toBe('OK'); // prettier-ignore
    } else {
      // a level out of range is said on its own field
      const { body: range } = await owner.client.graphql(createDocument(kind), {
        organisationId,
        input: marketplaceInput(kind, { trlMin: 4, trlMax: 10 }),
      });
      expect(range.errors![0]!.extensions!.fields).toEqual({ trlMax: 'TRL_INVALID' });
    }
  });

  it('refuses an edit over a stale version with the current one', async () => {
    const { id } = await createItem(owner, kind, organisationId);
    const save = (expectedVersion: number, titleIt: string) =>
      call(owner.client, updateDocument(kind), {
        id,
        expectedVersion,
        input: marketplaceInput(kind, { titleIt }),
      });
    expect((await save(1, 'Prima')).item?.version).toBe(2);
    const stale = await save(1, 'Seconda');
    expect(stale.code).toBe('MARKETPLACE_EDIT_CONFLICT');
    expect(stale.body.errors![0]!.extensions!.currentVersion).toBe(2);
  });

  it('searches Italian and English text ignoring accents, with keyset pages', async () => {
    const search = async (text: string, first = 10, after?: string) => {
      const { body } = await api.client().graphql<{
        result: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      }>(listDocument(kind), {
        search: text,
        first,
        after,
        filter: { organisationId: searchOrganisationId },
      });
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data!.result;
    };
    const searchOrganisationId = await createOrganisation(owner, { displayName: 'Cerca S.r.l.' });
    const ids: string[] = [];
    for (const [titleIt, titleEn] of [
      ['Qualità dell’aria nelle città', 'Air quality in cities'],
      ['Sensori per la qualità delle acque', 'Water quality sensors'],
      ['Caffè sostenibile', 'Sustainable coffee'],
    ]) {
      const { id } = await createItem(owner, kind, searchOrganisationId, {
        titleIt,
        titleEn,
        descriptionIt: 'Descrizione.',
        descriptionEn: 'Description.',
        tags: [],
      });
      await act(owner.client, 'publish', id);
      ids.push(id);
    }
    expect((await search('qualita')).nodes.map((node) => node.id).sort()).toEqual(
      [ids[0], ids[1]].sort(),
    );
    expect((await search('caffe')).nodes.map((node) => node.id)).toEqual([ids[2]]);
    expect((await search('coffee')).nodes.map((node) => node.id)).toEqual([ids[2]]);
    const page1 = await search('quality', 1);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await search('quality', 1, page1.pageInfo.endCursor);
    expect([...page1.nodes, ...page2.nodes].map((node) => node.id).sort()).toEqual(
      [ids[0], ids[1]].sort(),
    );
    expect(page2.pageInfo.hasNextPage).toBe(false);

    // by partnership type: any of those asked
    await createItem(owner, kind, searchOrganisationId, { partnershipTypes: ['pilot'] }).then(
      ({ id }) => act(owner.client, 'publish', id).then(() => ids.push(id)),
    );
    const listed = async (filter: Record<string, unknown>) => {
      const { body } = await api
        .client()
        .graphql<{ result: { nodes: { id: string }[] } }>(listDocument(kind), {
          first: 10,
          filter: { organisationId: searchOrganisationId, ...filter },
        });
      return body.data!.result.nodes.map((node) => node.id);
    };
    const byTypes = (partnershipTypes: string[]) => listed({ partnershipTypes });
    expect(await byTypes(['pilot'])).toEqual([ids[3]]);
    expect(await byTypes(['investment', 'pilot'])).toEqual([ids[3]]);
    expect(await byTypes(['investment'])).toEqual([]);
    if (kind === 'request') {
      // by the partner kinds a request seeks
      expect(await listed({ partnerKinds: ['investor'] })).toEqual([]);
      expect(await listed({ partnerKinds: ['research_centre', 'investor'] })).toHaveLength(4);
    }

    // by ATECO section of application (any of those asked), and a request's budget band
    await createItem(owner, kind, searchOrganisationId, {
      atecoSections: ['J', 'M'],
      ...(kind === 'request' ? { budgetBand: 'over_1m' } : {}),
    }).then(({ id }) => act(owner.client, 'publish', id).then(() => ids.push(id)));
    expect(await listed({ atecoSections: ['J'] })).toEqual([ids[4]]);
    expect(await listed({ atecoSections: ['A', 'M'] })).toEqual([ids[4]]);
    expect(await listed({ atecoSections: ['C'] })).toHaveLength(4);
    if (kind === 'request') {
      expect(await listed({ budgetBands: ['over_1m'] })).toEqual([ids[4]]);
      expect(await listed({ budgetBands: ['over_1m', '50k_250k'] })).toHaveLength(5);
      expect(await listed({ budgetBands: ['under_50k'] })).toEqual([]);
    }
    const { body } = await api
      .client()
      .graphql(listDocument(kind), { first: 51, filter: { organisationId } });
    expect(outcome(body)).toBe('BAD_USER_INPUT');
  });
});
