import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { ImageService } from '../src/modules/storage/image.service';
import { FILE_STORAGE, newStorageKey, type FileStorage } from '../src/modules/storage/storage';
import { startTestApp, type TestApp } from './harness/app';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** GET with the path sent exactly as written (fetch would normalise `..` and `%2F`). */
function rawGet(base: string, path: string, headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(base);
  return new Promise<RawResponse>((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('GET /uploads/:folder/:file', () => {
  const SECRET = 'secret-outside-the-uploads-folder';
  let api: TestApp;
  let base: string;
  let storage: FileStorage;
  let avatarKey: string;
  let avatar: Buffer;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'oip-uploads-e2e-'));
    // files beside the uploads folder, which no request may reach
    await writeFile(join(base, 'secret.webp'), SECRET);
    await mkdir(join(base, 'avatars-secret'));
    await writeFile(join(base, 'avatars-secret', 'x.webp'), SECRET);
    // a built web app, so the SPA fallback is active and must not answer for /uploads
    await mkdir(join(base, 'web'));
    await writeFile(join(base, 'web', 'index.html'), '<!doctype html><title>SPA</title>');

    api = await startTestApp({
      UPLOADS_DIR: join(base, 'uploads'),
      WEB_DIST_DIR: join(base, 'web'),
    });
    storage = api.app.get<symbol, FileStorage>(FILE_STORAGE);
    const png = await sharp({
      create: { width: 640, height: 480, channels: 3, background: '#c33' },
    })
      .png()
      .toBuffer();
    avatar = (await api.app.get(ImageService).process(png, 'avatar')).data;
    avatarKey = newStorageKey('avatars');
    await storage.put(avatarKey, avatar, 'image/webp');
  });
  afterAll(async () => {
    await api.close();
    await rm(base, { recursive: true, force: true });
  });

  it('serves a stored file with its type, immutable caching and nosniff', async () => {
    const response = await fetch(`${api.url}/uploads/${avatarKey}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-length')).toBe(String(avatar.length));
    expect(Buffer.from(await response.arrayBuffer()).equals(avatar)).toBe(true);
    // the same for a browser loading it as a page or an <img>
    const page = await fetch(`${api.url}/uploads/${avatarKey}`, {
      headers: { accept: 'text/html,image/webp,*/*' },
    });
    expect(page.headers.get('content-type')).toBe('image/webp');
  });

  it('has multipart uploads registered (for readSingleFile)', () => {
    const fastify = api.app.getHttpAdapter().getInstance();
    expect(fastify.hasRequestDecorator('isMultipart')).toBe(true);
    expect(fastify.hasContentTypeParser('multipart/form-data')).toBe(true);
  });

  it('answers a HEAD request without a body', async () => {
    const response = await fetch(`${api.url}/uploads/${avatarKey}`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });

  it('answers a valid key that is not stored with a JSON 404, also to a browser', async () => {
    for (const accept of ['application/json', 'text/html']) {
      const response = await fetch(`${api.url}/uploads/${newStorageKey('avatars')}`, {
        headers: { accept },
      });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toMatchObject({ statusCode: 404 });
    }
    await storage.delete(newStorageKey('logos')); // deleting what is not there is fine
  });

  it.each([
    '/uploads/..%2Fsecret.webp',
    '/uploads/..%2F/secret.webp',
    '/uploads/avatars/..%2F..%2Fsecret.webp',
    '/uploads/avatars/..%2f..%2fsecret.webp',
    '/uploads/avatars/%2E%2E%2F%2E%2E%2Fsecret.webp',
    '/uploads/avatars%2F..%2F..%2Favatars-secret/x.webp',
    '/uploads/..%2Favatars-secret/x.webp',
    '/uploads/avatars/../../secret.webp',
    '/uploads/../secret.webp',
    '/uploads/..%5Csecret.webp',
    '/uploads/avatars/..%5C..%5Csecret.webp',
    `/uploads/${encodeURIComponent('/etc')}/passwd`,
    `/uploads/avatars/${encodeURIComponent('/etc/passwd')}`,
    `/uploads/avatars/${encodeURIComponent(`${process.cwd()}/package.json`)}`,
    '/uploads//etc/passwd',
    '/uploads/avatars/x.webp%00.png',
    '/uploads/AVATARS/X.WEBP',
    '/uploads/avatars/x.svg',
    '/uploads/avatars',
    '/uploads/avatars/',
    '/uploads/',
    '/uploads',
    `/uploads/${avatarKeyPlaceholder()}/extra`,
  ])('never leaves the folder and never fails: %s → 404', async (path) => {
    const resolved = path.replace(avatarKeyPlaceholder(), () => avatarKey);
    for (const accept of ['*/*', 'text/html']) {
      const response = await rawGet(api.url, resolved, { accept });
      expect([path, response.status]).toEqual([path, 404]);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.body.toString()).not.toContain(SECRET);
      expect(JSON.parse(response.body.toString())).toMatchObject({ statusCode: 404 });
    }
  });
});

function avatarKeyPlaceholder() {
  return 'AVATAR_KEY';
}
