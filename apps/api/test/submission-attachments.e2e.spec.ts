import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Clock } from '../src/common/time/clock';
import { startTestApp, type TestApp, type TestClient } from './harness/app';
import { createChallengeViaApi, daysFromNow, forceStatus } from './harness/challenges';
import { CSRF, fileForm, rest, sampleFiles } from './harness/files';
import {
  addMember,
  createOrganisation,
  dataSourceOf,
  registerPerson,
  setPlatformRole,
} from './harness/people';
import { startSmtpServer, type TestSmtpServer } from './harness/smtp';
import {
  assignEvaluator,
  createDraft,
  restoreSubmission,
  SET_MODERATOR_ACCESS,
  submissionRow,
  SUBMISSION,
} from './harness/submissions';

const MAX_BYTES = 64 * 1024;
const ROLES = [
  'anonymous',
  'stranger',
  'submitter',
  'ownerMember',
  'ownerAdmin',
  'evaluator',
  'moderator',
] as const;
type Role = (typeof ROLES)[number];
type Status = 'draft' | 'submitted';

// The rule, written out independently of submissions.policy.ts.
function reads(role: Role, status: Status, granted: boolean): boolean {
  if (role === 'submitter') return true;
  if (status !== 'submitted') return false;
  if (role === 'ownerAdmin' || role === 'evaluator') return true;
  return granted && role === 'moderator';
}

/** Upload and delete: the submitting organisation's members, while the submission is editable. */
function writes(role: Role, status: Status, granted: boolean): number {
  if (role === 'anonymous') return 401;
  if (role !== 'submitter') return reads(role, status, granted) ? 403 : 404;
  return status === 'draft' ? 0 : 409;
}
const EXPECTED = {
  upload: (role: Role, status: Status, granted: boolean) => writes(role, status, granted) || 201,
  download: (role: Role, status: Status, granted: boolean) =>
    reads(role, status, granted) ? 200 : 404,
  delete: (role: Role, status: Status, granted: boolean) => writes(role, status, granted) || 200,
};

describe('submission attachments: upload, download and delete × roles × draft and submitted', () => {
  let api: TestApp;
  let smtp: TestSmtpServer;
  let base: string;
  let clients: Record<Role, TestClient>;
  let owner: TestClient;
  let challengeId: string;
  let submissionId: string;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'oip-submission-files-'));
    smtp = await startSmtpServer();
    api = await startTestApp({
      SMTP_URL: smtp.url,
      UPLOADS_DIR: join(base, 'uploads'),
      ATTACHMENT_MAX_BYTES: String(MAX_BYTES),
    });
    const person = (email: string) => registerPerson(api, smtp, email);
    const ownerPerson = await person('owner@files.test');
    owner = ownerPerson.client;
    const ownerOrganisation = await createOrganisation(ownerPerson);
    const ownerAdmin = await person('owner-admin@files.test');
    await addMember(api, ownerOrganisation, ownerAdmin.id, 'admin');
    const ownerMember = await person('owner-member@files.test');
    await addMember(api, ownerOrganisation, ownerMember.id, 'member');
    const startup = await person('startup@files.test');
    const organisationId = await createOrganisation(startup, {
      kind: 'startup',
      displayName: 'Sensori Srl',
      legalName: 'Sensori S.r.l.',
    });
    const submitter = await person('startup-member@files.test');
    await addMember(api, organisationId, submitter.id, 'member');
    const stranger = await person('stranger@files.test');
    const evaluator = await person('expert@files.test');
    const moderator = await person('moderator@files.test');
    await setPlatformRole(api, moderator.id, 'moderator');

    challengeId = (await createChallengeViaApi(ownerPerson, ownerOrganisation)).id;
    await forceStatus(api, challengeId, 'published');
    await assignEvaluator(api, challengeId, evaluator.id);
    submissionId = (await createDraft(submitter.client, challengeId, organisationId)).id;
    clients = {
      anonymous: api.client(),
      stranger: stranger.client,
      submitter: submitter.client,
      ownerMember: ownerMember.client,
      ownerAdmin: ownerAdmin.client,
      evaluator: evaluator.client,
      moderator: moderator.client,
    };
  });

  afterAll(async () => {
    api?.app.get(Clock).reset();
    await api?.close();
    await smtp?.close();
    await rm(base, { recursive: true, force: true });
  });

  const upload = (
    role: Role,
    data: Buffer = Buffer.from('Piano di lavoro\n'),
    name = 'piano.txt',
  ) =>
    rest(api, 'POST', `/api/submissions/${submissionId}/attachments`, {
      cookie: clients[role].cookie,
      body: fileForm(data, name),
      headers: CSRF,
    });
  const download = (role: Role, url: string) =>
    rest(api, 'GET', url, { cookie: clients[role].cookie });
  const remove = (role: Role, url: string) =>
    rest(api, 'DELETE', url, { cookie: clients[role].cookie, headers: CSRF });
  const setStatus = async (status: Status) =>
    restoreSubmission(api, submissionId, {
      ...(await submissionRow(api, submissionId)),
      status,
      submitted_at: status === 'submitted' ? new Date() : null,
    });
  const fileCount = async () =>
    Number(
      (
        await dataSourceOf(api).query(
          `SELECT count(*) AS n FROM submission_attachment WHERE submission_id = $1`,
          [submissionId],
        )
      )[0].n,
    );
  const clear = () =>
    dataSourceOf(api).query(
      `DELETE FROM file WHERE id IN (SELECT file_id FROM submission_attachment WHERE submission_id = $1)`,
      [submissionId],
    );

  it.each([
    ['draft', false],
    ['submitted', false],
    ['draft', true],
    ['submitted', true],
  ] as [Status, boolean][])(
    'a %s submission, moderator access granted: %s',
    async (status, granted) => {
      expect(
        (await owner.graphql(SET_MODERATOR_ACCESS, { challengeId, granted })).body.errors,
      ).toBe(undefined);
      await clear();
      await setStatus('draft');
      const stored = await upload('submitter');
      expect(stored.status).toBe(201);
      const url = String(stored.json?.url);
      await setStatus(status);

      const mismatches: string[] = [];
      const check = (what: string, role: Role, expected: number, actual: number) => {
        if (actual !== expected)
          mismatches.push(`${what} by ${role}: expected ${expected}, got ${actual}`);
      };
      // the submitter last, so the others' refused deletes meet an existing file
      for (const role of [...ROLES.filter((r) => r !== 'submitter'), 'submitter' as const]) {
        const before = await fileCount();
        const uploaded = await upload(role);
        check('upload', role, EXPECTED.upload(role, status, granted), uploaded.status);
        if (uploaded.status !== 201 && (await fileCount()) !== before)
          mismatches.push(`refused upload by ${role} stored a file`);
        const downloaded = await download(role, url);
        check('download', role, EXPECTED.download(role, status, granted), downloaded.status);
        if (downloaded.status === 200 && downloaded.bytes.toString() !== 'Piano di lavoro\n')
          mismatches.push(`download by ${role}: wrong bytes`);
        const deleted = await remove(role, url);
        check('delete', role, EXPECTED.delete(role, status, granted), deleted.status);
      }
      expect(mismatches).toEqual([]);
    },
  );

  it('lists the attachments on the Submission type for its readers', async () => {
    await clear();
    await setStatus('draft');
    const first = await upload('submitter', Buffer.from('uno'), 'uno.txt');
    await upload('submitter', (await sampleFiles())['plan.png']!.data, 'schema.png');
    await setStatus('submitted');
    const query = `query S($id: ID!) { submission(id: $id) { id attachments { id name contentType size url confidential } } }`;
    const { body } = await clients.evaluator.graphql<{
      submission: { attachments: Record<string, unknown>[] };
    }>(query, {
      id: submissionId,
    });
    expect(body.data?.submission.attachments).toEqual([
      expect.objectContaining({
        id: first.json?.id,
        name: 'uno.txt',
        contentType: 'text/plain',
        size: 3,
        confidential: true,
      }),
      expect.objectContaining({ name: 'schema.png', contentType: 'image/png', confidential: true }),
    ]);
    const stranger = await clients.stranger.graphql(SUBMISSION, { id: submissionId });
    expect(stranger.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a disguised file, files over the size limit and the 11th file; needs the CSRF header', async () => {
    await clear();
    await setStatus('draft');
    const disguised = await upload(
      'submitter',
      Buffer.from('<!doctype html><script>alert(1)</script>'),
      'offerta.pdf',
    );
    expect([disguised.status, disguised.json?.code]).toEqual([415, 'ATTACHMENT_TYPE_NOT_ALLOWED']);
    const exe = await upload(
      'submitter',
      Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]),
      'budget.txt',
    );
    expect(exe.json?.code).toBe('ATTACHMENT_TYPE_NOT_ALLOWED');
    const big = await upload('submitter', Buffer.alloc(MAX_BYTES + 1, 'a'), 'big.txt');
    expect([big.status, big.json?.code]).toEqual([413, 'FILE_TOO_LARGE']);
    const noCsrf = await rest(api, 'POST', `/api/submissions/${submissionId}/attachments`, {
      cookie: clients.submitter.cookie,
      body: fileForm(Buffer.from('x'), 'x.txt'),
    });
    expect([noCsrf.status, noCsrf.json?.code]).toEqual([400, 'CSRF_HEADER_MISSING']);
    expect(await fileCount()).toBe(0);

    for (let i = 0; i < 10; i++) expect((await upload('submitter')).status).toBe(201);
    const eleventh = await upload('submitter');
    expect([eleventh.status, eleventh.json]).toEqual([
      409,
      expect.objectContaining({ code: 'ATTACHMENT_LIMIT_REACHED', max: 10 }),
    ]);
    expect(await fileCount()).toBe(10);
    expect(
      (
        await rest(api, 'POST', `/api/submissions/not-a-uuid/attachments`, {
          cookie: clients.submitter.cookie,
          body: fileForm(Buffer.from('x'), 'x.txt'),
          headers: CSRF,
        })
      ).status,
    ).toBe(404);
  });

  it('refuses uploads and deletions after the deadline (server clock) and on a closed challenge', async () => {
    await clear();
    await setStatus('draft');
    const kept = await upload('submitter');
    expect(kept.status).toBe(201);
    const clock = api.app.get(Clock);
    clock.travelTo(daysFromNow(400));
    try {
      const late = await upload('submitter');
      expect([late.status, late.json?.code]).toEqual([409, 'SUBMISSION_DEADLINE_PASSED']);
      const lateDelete = await remove('submitter', String(kept.json?.url));
      expect(lateDelete.json?.code).toBe('SUBMISSION_DEADLINE_PASSED');
      expect((await download('submitter', String(kept.json?.url))).status).toBe(200);
    } finally {
      clock.reset();
    }
    await forceStatus(api, challengeId, 'closed');
    try {
      expect((await upload('submitter')).json?.code).toBe('SUBMISSION_CHALLENGE_NOT_OPEN');
    } finally {
      await forceStatus(api, challengeId, 'published');
    }
    expect(await fileCount()).toBe(1);
  });
});
