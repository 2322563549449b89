import sharp from 'sharp';
import { startTestApp, type TestApp } from './harness/app';
import { addMember, createOrganisation, registerPerson, type Person } from './harness/people';
import { startSmtpServer, type TestSmtpServer } from './harness/smtp';

const CSRF = { 'x-requested-with': 'oip' };

async function upload(
  api: TestApp,
  organisationId: string,
  who: Person | null,
  file: Buffer,
  type = 'image/png',
) {
  const body = new FormData();
  body.append('file', new Blob([new Uint8Array(file)], { type }), 'logo');
  const response = await fetch(`${api.url}/api/organisations/${organisationId}/logo`, {
    method: 'POST',
    body,
    headers: { ...CSRF, ...(who?.client.cookie ? { cookie: who.client.cookie } : {}) },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('organisation logo upload', () => {
  let smtp: TestSmtpServer;
  let api: TestApp;
  let owner: Person;
  let member: Person;
  let organisationId: string;
  const png = () =>
    sharp({ create: { width: 900, height: 300, channels: 3, background: '#0b5a3c' } })
      .png()
      .toBuffer();

  beforeAll(async () => {
    smtp = await startSmtpServer();
    api = await startTestApp({ SMTP_URL: smtp.url });
    owner = await registerPerson(api, smtp, 'owner@logo.it', { fullName: 'Olga Logo' });
    member = await registerPerson(api, smtp, 'member@logo.it', { fullName: 'Mario Logo' });
    organisationId = await createOrganisation(owner, { displayName: 'Logo S.r.l.' });
    await addMember(api, organisationId, member.id, 'member');
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  it('lets an owner upload a logo, re-encoded to WebP at most 512 wide, shown on the organisation', async () => {
    const { status, body } = await upload(api, organisationId, owner, await png());
    expect(status).toBe(200);
    expect(body.logoUrl).toMatch(/^\/uploads\/logos\/[0-9a-f-]{36}\.webp$/);
    const served = await fetch(`${api.url}${String(body.logoUrl)}`);
    expect(served.headers.get('content-type')).toBe('image/webp');
    const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
    expect([meta.width, meta.height]).toEqual([512, 171]);
    const { body: graph } = await api.graphql(
      `query O($id: ID!) { organisation(id: $id) { logoUrl } }`,
      { variables: { id: organisationId } },
    );
    expect(graph.data).toEqual({ organisation: { logoUrl: body.logoUrl } });
  });

  it('replaces the previous logo file', async () => {
    const first = await upload(api, organisationId, owner, await png());
    const second = await upload(api, organisationId, owner, await png());
    expect(second.status).toBe(200);
    expect((await fetch(`${api.url}${String(first.body.logoUrl)}`)).status).toBe(404);
  });

  it('refuses members (403), visitors (401), a missing CSRF header (400) and non-images (415)', async () => {
    expect((await upload(api, organisationId, member, await png())).body).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await upload(api, organisationId, null, await png())).status).toBe(401);
    const noCsrf = await fetch(`${api.url}/api/organisations/${organisationId}/logo`, {
      method: 'POST',
      headers: { cookie: owner.client.cookie ?? '' },
      body: new FormData(),
    });
    expect(noCsrf.status).toBe(400);
    const text = await upload(
      api,
      organisationId,
      owner,
      Buffer.from('not an image at all'),
      'image/png',
    );
    expect(text).toMatchObject({ status: 415, body: { code: 'FILE_TYPE_NOT_ALLOWED' } });
    expect(
      (await upload(api, '00000000-0000-4000-8000-000000000000', owner, await png())).status,
    ).toBe(404);
  });
});
