import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { signUp, type SignedUp } from './harness/accounts';
import { startTestApp, type TestApp } from './harness/app';

const MAX_BYTES = 64 * 1024;
const CSRF = { 'x-requested-with': 'oip' };
const MY_AVATAR = '{ myProfile { avatarUrl } }';

function solid(width: number, height: number, background = '#3366cc') {
  return sharp({ create: { width, height, channels: 3, background } });
}

/** Noise does not compress: a PNG of roughly width × height × 3 bytes. */
function noisyPng(width: number, height: number) {
  return sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#000',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .png()
    .toBuffer();
}

function form(file: Buffer, type = 'image/png', name = 'avatar.png') {
  const data = new FormData();
  data.append('file', new Blob([new Uint8Array(file)], { type }), name);
  return data;
}

describe('POST/DELETE /api/me/avatar', () => {
  let api: TestApp;
  let base: string;
  let uploads: string;
  let giulia: SignedUp;
  let png: Buffer;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'oip-avatar-e2e-'));
    uploads = join(base, 'uploads');
    // a built web app, so the SPA fallback is active and must not answer for /api
    await mkdir(join(base, 'web'));
    await writeFile(join(base, 'web', 'index.html'), '<!doctype html><title>SPA</title>');
    api = await startTestApp({
      UPLOADS_DIR: uploads,
      WEB_DIST_DIR: join(base, 'web'),
      AVATAR_MAX_BYTES: String(MAX_BYTES),
    });
    giulia = await signUp(api, 'giulia@avatar.test', 'Giulia Avatar');
    png = await solid(1200, 800).png().toBuffer();
  });
  afterAll(async () => {
    await api.close();
    await rm(base, { recursive: true, force: true });
  });

  async function send(
    method: 'POST' | 'DELETE',
    options: { who?: SignedUp | null; body?: FormData | string; headers?: Record<string, string> },
  ) {
    const who = options.who === undefined ? giulia : options.who;
    const response = await fetch(`${api.url}/api/me/avatar`, {
      method,
      body: options.body,
      headers: {
        ...(who?.client.cookie ? { cookie: who.client.cookie } : {}),
        ...options.headers,
      },
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
    };
  }

  const upload = (file: Buffer, who?: SignedUp | null, headers: Record<string, string> = CSRF) =>
    send('POST', { who, body: form(file), headers });

  const storedAvatars = async () =>
    existsSync(join(uploads, 'avatars')) ? (await readdir(join(uploads, 'avatars'))).sort() : [];

  const fileOf = (avatarUrl: unknown) => join(uploads, String(avatarUrl).replace('/uploads/', ''));

  it('stores an uploaded PNG as a 512×512 WebP, served at /uploads, and on the profile', async () => {
    const response = await upload(png);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const avatarUrl = response.body?.avatarUrl;
    expect(avatarUrl).toMatch(/^\/uploads\/avatars\/[0-9a-f-]{36}\.webp$/);
    expect(response.body).toEqual({ avatarUrl });

    const served = await fetch(`${api.url}${String(avatarUrl)}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    const image = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
    expect(image).toMatchObject({ format: 'webp', width: 512, height: 512 });

    expect((await giulia.client.graphql(MY_AVATAR)).body.data).toEqual({
      myProfile: { avatarUrl },
    });
    expect(existsSync(fileOf(avatarUrl))).toBe(true);
  });

  it('replaces the avatar and deletes the previous file', async () => {
    const first = await upload(await solid(600, 600, '#c33').png().toBuffer());
    const second = await upload(await solid(700, 500, '#3c3').jpeg().toBuffer());
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.body?.avatarUrl).not.toBe(first.body?.avatarUrl);

    expect(existsSync(fileOf(first.body?.avatarUrl))).toBe(false);
    expect((await fetch(`${api.url}${String(first.body?.avatarUrl)}`)).status).toBe(404);
    expect(existsSync(fileOf(second.body?.avatarUrl))).toBe(true);
    // only the current avatar is left of everything Giulia uploaded
    expect(await storedAvatars()).toEqual([String(second.body?.avatarUrl).split('/').pop()]);
    expect((await giulia.client.graphql(MY_AVATAR)).body.data).toEqual({
      myProfile: { avatarUrl: second.body?.avatarUrl },
    });
  });

  it('removes the avatar with DELETE, file included, and again without fuss', async () => {
    const uploaded = await upload(png);
    const removed = await send('DELETE', { headers: CSRF });
    expect(removed).toMatchObject({ status: 200, body: { avatarUrl: null } });
    expect(existsSync(fileOf(uploaded.body?.avatarUrl))).toBe(false);
    expect(await storedAvatars()).toEqual([]);
    expect((await giulia.client.graphql(MY_AVATAR)).body.data).toEqual({
      myProfile: { avatarUrl: null },
    });
    expect(await send('DELETE', { headers: CSRF })).toMatchObject({
      status: 200,
      body: { avatarUrl: null },
    });
    // a person who never had a profile
    const newcomer = await signUp(api, 'newcomer@avatar.test', 'New Comer');
    expect((await send('DELETE', { who: newcomer, headers: CSRF })).status).toBe(200);
  });

  it('refuses a GIF with 415 FILE_TYPE_NOT_ALLOWED, translated', async () => {
    const gif = await solid(64, 64).gif().toBuffer();
    const italian = await send('POST', { body: form(gif, 'image/gif', 'a.gif'), headers: CSRF });
    expect(italian.status).toBe(415);
    expect(italian.headers.get('content-type')).toMatch(/^application\/json/);
    expect(italian.body).toEqual({
      code: 'FILE_TYPE_NOT_ALLOWED',
      message: 'Tipo di file non consentito: usa un’immagine JPEG, PNG o WebP.',
      allowed: ['image/jpeg', 'image/png', 'image/webp'],
    });
    // a declared type or name does not help: the bytes decide
    const disguised = await send('POST', {
      body: form(gif, 'image/png', 'a.png'),
      headers: { ...CSRF, 'accept-language': 'en-GB,en;q=0.8' },
    });
    expect(disguised).toMatchObject({
      status: 415,
      body: {
        code: 'FILE_TYPE_NOT_ALLOWED',
        message: 'File type not allowed: use a JPEG, PNG or WebP image.',
      },
    });
  });

  it('refuses a damaged image with 422 IMAGE_INVALID', async () => {
    const truncated = png.subarray(0, 200);
    expect(await upload(truncated)).toMatchObject({ status: 422, body: { code: 'IMAGE_INVALID' } });
  });

  it('refuses a file over AVATAR_MAX_BYTES with 413 FILE_TOO_LARGE', async () => {
    const big = await noisyPng(200, 200);
    expect(big.length).toBeGreaterThan(MAX_BYTES);
    const response = await upload(big);
    expect(response).toMatchObject({
      status: 413,
      body: { code: 'FILE_TOO_LARGE', message: 'Il file è troppo grande.' },
    });
  });

  it('needs a session: 401 UNAUTHENTICATED', async () => {
    for (const method of ['POST', 'DELETE'] as const) {
      const response = await send(method, { who: null, body: form(png), headers: CSRF });
      expect([method, response.status, response.body]).toEqual([
        method,
        401,
        { code: 'UNAUTHENTICATED', message: 'Accedi per continuare.' },
      ]);
    }
  });

  it('needs X-Requested-With: oip (CSRF): 400 CSRF_HEADER_MISSING, nothing stored', async () => {
    const before = await storedAvatars();
    for (const headers of [{}, { 'x-requested-with': 'XMLHttpRequest' }] as Record<
      string,
      string
    >[]) {
      const response = await upload(png, giulia, headers);
      expect(response).toMatchObject({
        status: 400,
        body: { code: 'CSRF_HEADER_MISSING', header: 'X-Requested-With' },
      });
    }
    expect((await send('DELETE', {})).status).toBe(400);
    expect(await storedAvatars()).toEqual(before);
  });

  it('refuses a request that is not one multipart file with 400 BAD_REQUEST', async () => {
    const json = await send('POST', {
      body: '{"avatar":"x"}',
      headers: { ...CSRF, 'content-type': 'application/json' },
    });
    expect(json).toMatchObject({
      status: 400,
      body: { code: 'BAD_REQUEST', reason: 'not_multipart' },
    });
    const empty = await send('POST', { body: new FormData(), headers: CSRF });
    expect(empty).toMatchObject({ status: 400, body: { code: 'BAD_REQUEST', reason: 'no_file' } });
  });

  it('leaves other paths alone: JSON 404 under /api, GraphQL errors as before', async () => {
    const missing = await fetch(`${api.url}/api/me/nothing`, { headers: { accept: 'text/html' } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/json/);
    const page = await fetch(`${api.url}/people`, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('<title>SPA</title>');
    const graphql = await api.graphql(MY_AVATAR);
    expect(graphql.status).toBe(200);
    expect(graphql.body.errors?.[0]).toMatchObject({
      message: 'Accedi per continuare.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});
