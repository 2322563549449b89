import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp, type TestClient } from './harness/app';
import { createChallengeViaApi, forceStatus } from './harness/challenges';
import { CSRF, fileForm, rest, sampleFiles, zip } from './harness/files';
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

const MAX_BYTES = 64 * 1024;
const BRIEF_FIELDS = `available accepted termsText termsVersion details detailsHtml viewerCanManage
  attachments { id name contentType size url confidential }
  viewerOrganisations { organisation { id } accepted }`;
const BRIEF = `query Brief($id: ID!) { challenge(id: $id) { id
  attachments { id name contentType url }
  confidentialBrief { ${BRIEF_FIELDS} } } }`;
const UPDATE = `mutation Update($challengeId: ID!, $input: ConfidentialBriefInput!) {
  updateConfidentialBrief(challengeId: $challengeId, input: $input) { ${BRIEF_FIELDS} }
}`;
const ACCEPT = `mutation Accept($challengeId: ID!, $organisationId: ID!, $termsVersion: Int!) {
  acceptChallengeNda(challengeId: $challengeId, organisationId: $organisationId, termsVersion: $termsVersion) { ${BRIEF_FIELDS} }
}`;
const ACCEPTANCES = `query Acceptances($challengeId: ID!) { ndaAcceptances(challengeId: $challengeId) {
  nodes { organisation { id } acceptedBy { id } termsVersion } pageInfo { hasNextPage } } }`;
const ACCESS_LOG = `query Log($challengeId: ID!, $first: Int) { confidentialAccessLog(challengeId: $challengeId, first: $first) {
  nodes { person { id } organisation { id } fileName at } pageInfo { hasNextPage endCursor } } }`;

interface Brief {
  available: boolean;
  accepted: boolean;
  termsText: string | null;
  termsVersion: number | null;
  details: string | null;
  detailsHtml: string | null;
  viewerCanManage: boolean;
  attachments: { id: string; name: string; contentType: string; url: string }[];
  viewerOrganisations: { organisation: { id: string }; accepted: boolean }[];
}

describe('confidential brief and challenge attachments', () => {
  let api: TestApp;
  let smtp: TestSmtpServer;
  let base: string;
  let owner: Person;
  let ownerMember: Person;
  let startupA: Person;
  let startupB: Person;
  let researcher: Person;
  let moderator: Person;
  let organisationId: string;
  let startupId: string;
  let universityId: string;
  let challengeId: string;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'oip-brief-e2e-'));
    smtp = await startSmtpServer();
    api = await startTestApp({
      SMTP_URL: smtp.url,
      UPLOADS_DIR: join(base, 'uploads'),
      ATTACHMENT_MAX_BYTES: String(MAX_BYTES),
    });
    owner = await registerPerson(api, smtp, 'owner@brief.test');
    organisationId = await createOrganisation(owner);
    ownerMember = await registerPerson(api, smtp, 'member@brief.test');
    await addMember(api, organisationId, ownerMember.id, 'member');
    startupA = await registerPerson(api, smtp, 'a@startup.test');
    startupId = await createOrganisation(startupA, {
      kind: 'startup',
      legalName: 'Sensori Srl',
      displayName: 'Sensori',
    });
    startupB = await registerPerson(api, smtp, 'b@startup.test');
    await addMember(api, startupId, startupB.id, 'member');
    researcher = await registerPerson(api, smtp, 'r@university.test');
    universityId = await createOrganisation(researcher, {
      kind: 'university',
      legalName: 'Università di Test',
      displayName: 'Università di Test',
    });
    moderator = await registerPerson(api, smtp, 'moderator@brief.test');
    await setPlatformRole(api, moderator.id, 'moderator');
    challengeId = (await createChallengeViaApi(owner, organisationId)).id;
    await forceStatus(api, challengeId, 'published');
  });

  afterAll(async () => {
    await api?.close();
    await smtp?.close();
    await rm(base, { recursive: true, force: true });
  });

  const brief = async (client: TestClient, id = challengeId): Promise<Brief> => {
    const { body } = await client.graphql<{ challenge: { confidentialBrief: Brief } }>(BRIEF, {
      id,
    });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!.challenge.confidentialBrief;
  };
  const update = (who: Person, input: { details: string; termsText: string }, id = challengeId) =>
    who.client.graphql<{ updateConfidentialBrief: Brief }>(UPDATE, { challengeId: id, input });
  const accept = (who: Person, organisation: string, termsVersion: number) =>
    who.client.graphql<{ acceptChallengeNda: Brief }>(ACCEPT, {
      challengeId,
      organisationId: organisation,
      termsVersion,
    });
  const accessRows = async () =>
    Number(
      (
        await dataSourceOf(api).query(
          `SELECT count(*) AS n FROM challenge_confidential_access WHERE challenge_id = $1`,
          [challengeId],
        )
      )[0].n,
    );
  const upload = (who: Person | null, data: Buffer, name: string, query = '', id = challengeId) =>
    rest(api, 'POST', `/api/challenges/${id}/attachments${query}`, {
      cookie: who?.client.cookie,
      body: fileForm(data, name),
      headers: CSRF,
    });
  const download = (who: Person | null, url: string) =>
    rest(api, 'GET', url, { cookie: who?.client.cookie });

  it('has no confidential part until the owner side writes one; only they may', async () => {
    expect(await brief(api.client())).toMatchObject({ available: false, accepted: false });
    const input = { details: 'Plant layout: **line 3**', termsText: 'Keep it secret.' };
    expect(outcome((await update(startupA, input)).body)).toBe('FORBIDDEN');
    expect(outcome((await update(ownerMember, input)).body)).toBe('FORBIDDEN');
    expect(outcome((await update(moderator, input)).body)).toBe('FORBIDDEN');
    const blank = await update(owner, { details: 'x', termsText: '  ' });
    expect(blank.body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { termsText: 'NDA_TERMS_REQUIRED' },
    });
    const { body } = await update(owner, input);
    expect(body.data?.updateConfidentialBrief).toMatchObject({
      available: true,
      accepted: true,
      termsVersion: 1,
      details: 'Plant layout: **line 3**',
      viewerCanManage: true,
    });
    expect(body.data?.updateConfidentialBrief.detailsHtml).toContain('<strong>line 3</strong>');
  });

  it('shows the details to the owner’s members only, until an organisation accepts', async () => {
    const seen: Record<string, unknown> = {};
    const viewers: Record<string, TestClient> = {
      anonymous: api.client(),
      startupA: startupA.client,
      researcher: researcher.client,
      moderator: moderator.client,
      ownerMember: ownerMember.client,
      owner: owner.client,
    };
    for (const [name, client] of Object.entries(viewers)) {
      const view = await brief(client);
      seen[name] = [view.available, view.accepted, view.termsText, view.details];
    }
    const closed = [true, false, 'Keep it secret.', null];
    const open = [true, true, 'Keep it secret.', 'Plant layout: **line 3**'];
    expect(seen).toEqual({
      anonymous: closed,
      startupA: closed,
      researcher: closed,
      moderator: closed,
      ownerMember: open,
      owner: open,
    });
    expect((await brief(startupA.client)).viewerOrganisations).toEqual([
      { organisation: { id: startupId }, accepted: false },
    ]);
    expect((await brief(owner.client)).viewerOrganisations).toEqual([]);
  });

  it('records an acceptance on behalf of an organisation once; its members then read the details', async () => {
    expect(outcome((await accept(startupA, universityId, 1)).body)).toBe('FORBIDDEN');
    expect(outcome((await accept(owner, organisationId, 1)).body)).toBe('NDA_OWN_ORGANISATION');
    expect(outcome((await accept(startupA, startupId, 7)).body)).toBe('NDA_TERMS_OUTDATED');
    const anonymous = await api.graphql(ACCEPT, {
      variables: { challengeId, organisationId: startupId, termsVersion: 1 },
    });
    expect(outcome(anonymous.body)).toBe('UNAUTHENTICATED');

    const first = await accept(startupB, startupId, 1); // any member, not only admins
    expect(first.body.data?.acceptChallengeNda).toMatchObject({
      accepted: true,
      details: 'Plant layout: **line 3**',
      viewerOrganisations: [{ organisation: { id: startupId }, accepted: true }],
    });
    expect(outcome((await accept(startupA, startupId, 1)).body)).toBe('OK'); // idempotent
    const rows = await dataSourceOf(api).query(
      `SELECT organisation_id, accepted_by, terms_version FROM challenge_nda_acceptance WHERE challenge_id = $1`,
      [challengeId],
    );
    expect(rows).toEqual([
      { organisation_id: startupId, accepted_by: startupB.id, terms_version: 1 },
    ]);
    expect((await brief(startupA.client)).details).toBe('Plant layout: **line 3**');
    expect((await brief(researcher.client)).details).toBeNull();
    expect((await brief(moderator.client)).details).toBeNull();
  });

  it('asks again when the terms change, not when only the details do', async () => {
    await update(owner, { details: 'Plant layout v2', termsText: 'Keep it secret.' });
    expect(await brief(startupA.client)).toMatchObject({ termsVersion: 1, accepted: true });
    await update(owner, { details: 'Plant layout v2', termsText: 'Keep it secret for 5 years.' });
    expect(await brief(startupA.client)).toMatchObject({
      termsVersion: 2,
      accepted: false,
      details: null,
    });
    expect(outcome((await accept(startupA, startupId, 1)).body)).toBe('NDA_TERMS_OUTDATED');
    expect((await accept(startupA, startupId, 2)).body.data?.acceptChallengeNda).toMatchObject({
      accepted: true,
      details: 'Plant layout v2',
    });
  });

  it('logs every read of the confidential part, and none by those who cannot read it', async () => {
    const before = await accessRows();
    await brief(startupA.client);
    await brief(startupA.client);
    await brief(owner.client);
    expect(await accessRows()).toBe(before + 3);
    await brief(researcher.client);
    await brief(moderator.client);
    await brief(api.client());
    expect(await accessRows()).toBe(before + 3);
    const [last] = await dataSourceOf(api).query(
      `SELECT user_id, organisation_id, file_id FROM challenge_confidential_access
        WHERE challenge_id = $1 ORDER BY at DESC, id DESC LIMIT 1`,
      [challengeId],
    );
    expect(last).toEqual({ user_id: owner.id, organisation_id: organisationId, file_id: null });
  });

  it('shows the acceptance and access logs to the owner side only', async () => {
    const acceptances = await owner.client.graphql<{
      ndaAcceptances: { nodes: { organisation: { id: string }; acceptedBy: { id: string } }[] };
    }>(ACCEPTANCES, { challengeId });
    expect(acceptances.body.data?.ndaAcceptances.nodes).toEqual([
      { organisation: { id: startupId }, acceptedBy: { id: startupA.id }, termsVersion: 2 },
      { organisation: { id: startupId }, acceptedBy: { id: startupB.id }, termsVersion: 1 },
    ]);
    const log = await owner.client.graphql<{
      confidentialAccessLog: {
        nodes: { person: { id: string }; organisation: { id: string } }[];
        pageInfo: { hasNextPage: boolean };
      };
    }>(ACCESS_LOG, { challengeId, first: 2 });
    expect(log.body.data?.confidentialAccessLog.nodes).toHaveLength(2);
    expect(log.body.data?.confidentialAccessLog.pageInfo.hasNextPage).toBe(true);
    expect(log.body.data?.confidentialAccessLog.nodes[0]).toMatchObject({
      person: { id: owner.id },
      organisation: { id: organisationId },
    });
    for (const who of [startupA, ownerMember, moderator, researcher])
      for (const query of [ACCEPTANCES, ACCESS_LOG])
        expect(outcome((await who.client.graphql(query, { challengeId })).body)).toBe('FORBIDDEN');
    const draft = await createChallengeViaApi(owner, organisationId);
    expect(
      outcome((await startupA.client.graphql(ACCESS_LOG, { challengeId: draft.id })).body),
    ).toBe('NOT_FOUND');
    expect(outcome((await api.graphql(ACCESS_LOG, { variables: { challengeId } })).body)).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('accepts every allowed type, sniffed from the bytes', async () => {
    const samples = await sampleFiles();
    for (const [name, { data, type }] of Object.entries(samples)) {
      const response = await upload(owner, data, name);
      expect([name, response.status, response.json?.contentType, response.json?.name]).toEqual([
        name,
        201,
        type,
        name,
      ]);
    }
    const listed = await api
      .client()
      .graphql<{ challenge: { attachments: { name: string }[] } }>(BRIEF, { id: challengeId });
    expect(listed.body.data?.challenge.attachments.map((a) => a.name)).toEqual(
      Object.keys(samples),
    );
  });

  it('refuses other types whatever their name or declared type, and files over the limit', async () => {
    const samples = await sampleFiles();
    const refused = {
      'page.pdf': Buffer.from('<!doctype html><script>alert(1)</script>'),
      'logo.png': Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'),
      'archive.docx': zip({ 'a.txt': 'plain zip' }),
      'tool.txt': Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04]),
      'binary.txt': Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe]),
      'anim.png': Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'),
    };
    for (const [name, data] of Object.entries(refused)) {
      const response = await upload(owner, data, name);
      expect([name, response.status, response.json?.code]).toEqual([
        name,
        415,
        'ATTACHMENT_TYPE_NOT_ALLOWED',
      ]);
    }
    // a PNG called .pdf is a PNG: stored and served as one, with a matching extension
    const disguised = await upload(owner, samples['plan.png']!.data, '../../etc/report.pdf');
    expect(disguised.json).toMatchObject({ contentType: 'image/png', name: 'report.pdf.png' });
    await rest(api, 'DELETE', String(disguised.json?.url), {
      cookie: owner.client.cookie,
      headers: CSRF,
    });

    const big = await upload(owner, Buffer.alloc(MAX_BYTES + 1, 'a'), 'big.txt');
    expect(big.status).toBe(413);
    expect(big.json).toMatchObject({ code: 'FILE_TOO_LARGE', maxBytes: MAX_BYTES });
    expect(
      (await upload(owner, Buffer.alloc(100, 'a'), 'x.txt', '?confidential=maybe')).status,
    ).toBe(400);
  });

  it('lets only the owner side upload (CSRF header required), on an editable challenge', async () => {
    const text = Buffer.from('hello');
    expect((await upload(null, text, 'a.txt')).status).toBe(401);
    expect((await upload(startupA, text, 'a.txt')).json?.code).toBe('FORBIDDEN');
    expect((await upload(ownerMember, text, 'a.txt')).json?.code).toBe('FORBIDDEN');
    expect((await upload(moderator, text, 'a.txt')).json?.code).toBe('FORBIDDEN');
    const draft = await createChallengeViaApi(owner, organisationId);
    expect((await upload(startupA, text, 'a.txt', '', draft.id)).status).toBe(404);
    expect((await upload(owner, text, 'a.txt', '?confidential=true', draft.id)).json).toMatchObject(
      { code: 'VALIDATION_FAILED', fields: { confidential: 'NDA_TERMS_REQUIRED' } },
    );
    await forceStatus(api, draft.id, 'closed');
    expect((await upload(owner, text, 'a.txt', '', draft.id)).status).toBe(409);
    const noCsrf = await rest(api, 'POST', `/api/challenges/${challengeId}/attachments`, {
      cookie: owner.client.cookie,
      body: fileForm(text, 'a.txt'),
    });
    expect([noCsrf.status, noCsrf.json?.code]).toEqual([400, 'CSRF_HEADER_MISSING']);
  });

  it('serves public attachments to whoever sees the challenge, as safe downloads', async () => {
    const uploaded = await upload(owner, Buffer.from('Città: Milano\n'), 'Capitolato “finale”.txt');
    const url = String(uploaded.json?.url);
    const response = await download(null, url);
    expect(response.status).toBe(200);
    expect(response.bytes.toString()).toBe('Città: Milano\n');
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Capitolato _finale_.txt"; filename*=UTF-8''${encodeURIComponent('Capitolato “finale”.txt')}`,
    );
    // not through /uploads, whatever the key
    const [stored] = await readdir(join(base, 'uploads', 'files'));
    expect(stored).toMatch(/\.bin$/);
    expect((await fetch(`${api.url}/uploads/files/${stored}`)).status).toBe(404);
    // a challenge that is not visible: its files are not found
    const draft = await createChallengeViaApi(owner, organisationId);
    const hidden = await upload(owner, Buffer.from('draft'), 'd.txt', '', draft.id);
    expect((await download(startupA, String(hidden.json?.url))).status).toBe(404);
    expect((await download(owner, String(hidden.json?.url))).status).toBe(200);
    expect((await download(null, '/api/files/not-a-uuid')).status).toBe(404);
  });

  it('serves confidential attachments to readers of the brief only, logging each download', async () => {
    const uploaded = await upload(
      owner,
      Buffer.from('secret numbers'),
      'secret.txt',
      '?confidential=true',
    );
    expect(uploaded.status).toBe(201);
    const url = String(uploaded.json?.url);
    // not among the public ones; among the brief's for those who read it
    const publicList = await api
      .client()
      .graphql<{ challenge: { attachments: { url: string }[] } }>(BRIEF, { id: challengeId });
    expect(publicList.body.data?.challenge.attachments.map((a) => a.url)).not.toContain(url);
    expect((await brief(startupA.client)).attachments.map((a) => a.url)).toEqual([url]);
    expect((await brief(researcher.client)).attachments).toEqual([]);

    for (const who of [null, researcher, moderator])
      expect((await download(who, url)).status).toBe(404);
    const before = await accessRows();
    expect((await download(startupB, url)).bytes.toString()).toBe('secret numbers');
    expect((await download(owner, url)).status).toBe(200);
    expect(await accessRows()).toBe(before + 2);
    const [row] = await dataSourceOf(api).query(
      `SELECT user_id, organisation_id, file_name FROM challenge_confidential_access
        WHERE challenge_id = $1 AND file_id IS NOT NULL ORDER BY at, id LIMIT 1`,
      [challengeId],
    );
    expect(row).toEqual({
      user_id: startupB.id,
      organisation_id: startupId,
      file_name: 'secret.txt',
    });
  });

  it('lets the owner side delete attachments (CSRF header required); others cannot', async () => {
    const pub = await upload(owner, Buffer.from('public'), 'p.txt');
    const secret = await upload(owner, Buffer.from('secret'), 's.txt', '?confidential=true');
    const remove = (who: Person | null, url: unknown, headers = CSRF) =>
      rest(api, 'DELETE', String(url), { cookie: who?.client.cookie, headers });
    expect((await remove(null, pub.json?.url)).status).toBe(401);
    expect((await remove(startupA, pub.json?.url)).status).toBe(403);
    expect((await remove(startupA, secret.json?.url)).status).toBe(403); // accepted: sees it
    expect((await remove(researcher, secret.json?.url)).status).toBe(404);
    expect((await remove(moderator, secret.json?.url)).status).toBe(404);
    expect((await remove(owner, pub.json?.url, {} as typeof CSRF)).status).toBe(400);
    const files = async () => (await readdir(join(base, 'uploads', 'files'))).length;
    const count = await files();
    expect((await remove(owner, pub.json?.url)).json).toEqual({ deleted: true });
    expect((await remove(owner, secret.json?.url)).status).toBe(200);
    expect(await files()).toBe(count - 2);
    expect((await download(owner, String(pub.json?.url))).status).toBe(404);
    expect((await remove(owner, pub.json?.url)).status).toBe(404);
  });
});
