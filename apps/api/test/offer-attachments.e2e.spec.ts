import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp, type TestClient } from './harness/app';
import { CSRF, fileForm, rest, sampleFiles } from './harness/files';
import { createItem, deleteDocument, forceItemStatus } from './harness/marketplace';
import {
  addMember,
  createOrganisation,
  dataSourceOf,
  registerPerson,
  setPlatformRole,
} from './harness/people';
import { startSmtpServer, type TestSmtpServer } from './harness/smtp';

const MAX_BYTES = 64 * 1024;
const ROLES = ['anonymous', 'stranger', 'member', 'admin', 'owner', 'moderator'] as const;
type Role = (typeof ROLES)[number];
type Status = 'draft' | 'published' | 'expired' | 'archived';

// The rule, written out independently of marketplace.policy.ts: the files follow the offer.
function reads(role: Role, status: Status): boolean {
  if (status === 'published' || status === 'expired') return true;
  if (role === 'member' || role === 'admin' || role === 'owner') return true;
  return status === 'draft' && role === 'moderator';
}

/** Upload and delete: the organisation's owners and admins, while the offer is editable. */
function writes(role: Role, status: Status): number {
  if (role === 'anonymous') return 401;
  if (role !== 'admin' && role !== 'owner') return reads(role, status) ? 403 : 404;
  return status === 'archived' ? 409 : 0;
}

const ATTACHMENTS = `query ($id: ID!) { technologyOffer(id: $id) { attachments { id name contentType size url confidential } } }`;

/** A technology offer's attachments over HTTP: who uploads, downloads and removes, and the vetting. */
describe('offer attachments: upload, download and delete × roles × statuses', () => {
  let api: TestApp;
  let smtp: TestSmtpServer;
  let base: string;
  let clients: Record<Role, TestClient>;
  let organisationId: string;
  let offerId: string;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'oip-offer-files-'));
    smtp = await startSmtpServer();
    api = await startTestApp({
      SMTP_URL: smtp.url,
      UPLOADS_DIR: join(base, 'uploads'),
      ATTACHMENT_MAX_BYTES: String(MAX_BYTES),
    });
    const person = (email: string) => registerPerson(api, smtp, email);
    const owner = await person('owner@offer-files.test');
    organisationId = await createOrganisation(owner, { kind: 'research_centre' });
    const admin = await person('admin@offer-files.test');
    await addMember(api, organisationId, admin.id, 'admin');
    const member = await person('member@offer-files.test');
    await addMember(api, organisationId, member.id, 'member');
    const stranger = await person('stranger@offer-files.test');
    const moderator = await person('moderator@offer-files.test');
    await setPlatformRole(api, moderator.id, 'moderator');
    offerId = (await createItem(owner, 'offer', organisationId)).id;
    clients = {
      anonymous: api.client(),
      stranger: stranger.client,
      member: member.client,
      admin: admin.client,
      owner: owner.client,
      moderator: moderator.client,
    };
  });

  afterAll(async () => {
    await api?.close();
    await smtp?.close();
    await rm(base, { recursive: true, force: true });
  });

  const upload = (
    role: Role,
    data: Buffer = Buffer.from('Scheda tecnica\n'),
    name = 'scheda.txt',
  ) =>
    rest(api, 'POST', `/api/offers/${offerId}/attachments`, {
      cookie: clients[role].cookie,
      body: fileForm(data, name),
      headers: CSRF,
    });
  const download = (role: Role, url: string) =>
    rest(api, 'GET', url, { cookie: clients[role].cookie });
  const remove = (role: Role, url: string) =>
    rest(api, 'DELETE', url, { cookie: clients[role].cookie, headers: CSRF });
  const fileCount = async () =>
    Number(
      (
        await dataSourceOf(api).query(
          `SELECT count(*) AS n FROM offer_attachment WHERE offer_id = $1`,
          [offerId],
        )
      )[0].n,
    );
  const clear = () =>
    dataSourceOf(api).query(
      `DELETE FROM file WHERE id IN (SELECT file_id FROM offer_attachment WHERE offer_id = $1)`,
      [offerId],
    );

  it.each(['draft', 'published', 'expired', 'archived'] as Status[])(
    'a %s offer',
    async (status) => {
      await clear();
      await forceItemStatus(api, 'offer', offerId, 'draft');
      const stored = await upload('owner');
      expect(stored.status).toBe(201);
      const url = String(stored.json?.url);
      await forceItemStatus(api, 'offer', offerId, status);

      const mismatches: string[] = [];
      const check = (what: string, role: Role, expected: number, actual: number) => {
        if (actual !== expected)
          mismatches.push(`${what} by ${role}: expected ${expected}, got ${actual}`);
      };
      // the owner last, so the others' refused deletes meet an existing file
      for (const role of [...ROLES.filter((r) => r !== 'owner'), 'owner' as const]) {
        const before = await fileCount();
        const uploaded = await upload(role);
        check('upload', role, writes(role, status) || 201, uploaded.status);
        if (uploaded.status !== 201 && (await fileCount()) !== before)
          mismatches.push(`refused upload by ${role} stored a file`);
        const downloaded = await download(role, url);
        check('download', role, reads(role, status) ? 200 : 404, downloaded.status);
        if (downloaded.status === 200 && downloaded.bytes.toString() !== 'Scheda tecnica\n')
          mismatches.push(`download by ${role}: wrong bytes`);
        if (role === 'admin' && writes(role, status) === 0) continue; // the owner removes it
        const deleted = await remove(role, url);
        check('delete', role, writes(role, status) || 200, deleted.status);
      }
      expect(mismatches).toEqual([]);
    },
  );

  it('lists the attachments on the offer, oldest first, for whoever sees it', async () => {
    await clear();
    await forceItemStatus(api, 'offer', offerId, 'draft');
    const first = await upload('admin', Buffer.from('uno'), 'uno.txt');
    await upload('owner', (await sampleFiles())['plan.png']!.data, 'schema.png');
    const list = async (role: Role) =>
      (
        await clients[role].graphql<{ technologyOffer: { attachments: unknown[] } | null }>(
          ATTACHMENTS,
          { id: offerId },
        )
      ).body.data?.technologyOffer?.attachments ?? null;
    expect(await list('anonymous')).toBeNull(); // a draft: not even the offer
    await forceItemStatus(api, 'offer', offerId, 'published');
    expect(await list('anonymous')).toEqual([
      expect.objectContaining({
        id: first.json?.id,
        name: 'uno.txt',
        contentType: 'text/plain',
        size: 3,
        confidential: false,
      }),
      expect.objectContaining({ name: 'schema.png', contentType: 'image/png' }),
    ]);
  });

  it('sniffs the type, limits the size and the number of files', async () => {
    await clear();
    await forceItemStatus(api, 'offer', offerId, 'published');
    const disguised = await upload(
      'owner',
      Buffer.from('<!doctype html><script>alert(1)</script>'),
      'scheda.pdf',
    );
    expect([disguised.status, disguised.json?.code]).toEqual([415, 'ATTACHMENT_TYPE_NOT_ALLOWED']);
    const big = await upload('owner', Buffer.alloc(MAX_BYTES + 1, 'a'), 'big.txt');
    expect([big.status, big.json?.code]).toEqual([413, 'FILE_TOO_LARGE']);
    for (let i = 0; i < 10; i++) expect((await upload('admin')).status).toBe(201);
    const eleventh = await upload('admin');
    expect([eleventh.status, eleventh.json?.code]).toEqual([409, 'ATTACHMENT_LIMIT_REACHED']);
    expect(await fileCount()).toBe(10);
  });

  it('a deleted draft takes its files along: rows and stored bytes', async () => {
    const draft = await createItem({ client: clients.owner }, 'offer', organisationId);
    const stored = await rest(api, 'POST', `/api/offers/${draft.id}/attachments`, {
      cookie: clients.owner.cookie,
      body: fileForm(Buffer.from('Da cancellare\n'), 'bozza.txt'),
      headers: CSRF,
    });
    expect(stored.status).toBe(201);
    const [{ storage_key: key }] = await dataSourceOf(api).query(
      `SELECT storage_key FROM file WHERE id = $1`,
      [stored.json?.id],
    );
    const bytes = join(base, 'uploads', key as string);
    await expect(stat(bytes)).resolves.toBeTruthy();

    const { body } = await clients.owner.graphql(deleteDocument('offer'), { id: draft.id });
    expect(body.errors).toBeUndefined();
    expect(
      await dataSourceOf(api).query(`SELECT 1 FROM file WHERE id = $1`, [stored.json?.id]),
    ).toEqual([]);
    await expect(stat(bytes)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('goes with its offer', async () => {
    await clear();
    const stored = await upload('owner');
    await dataSourceOf(api).query(`DELETE FROM technology_offer WHERE id = $1`, [offerId]);
    expect((await download('owner', String(stored.json?.url))).status).toBe(404);
  });
});
