import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_UPLOADS_DIR, LocalDiskStorage } from './local-disk.storage';
import { InvalidStorageKeyError, isStorageKey, newStorageKey } from './storage';

const INVALID_KEYS = [
  '',
  'avatar.webp',
  '../avatar.webp',
  'avatars/../../etc.webp',
  'avatars/..%2F..%2Fetc.webp',
  '/etc/passwd',
  '/avatars/x.webp',
  'avatars//x.webp',
  'avatars/a/b.webp',
  'avatars\\x.webp',
  'Avatars/X.webp',
  'avatars/x.gif',
  'avatars/x.svg',
  'avatars/x.webp.tmp',
  'avatars/.webp',
  'avatars/x.webp\0.png',
  'avatars/x.webp\n',
  `avatars/${'a'.repeat(300)}.webp`,
];

describe('storage keys', () => {
  it('accepts generated keys and refuses anything that could leave the folder', () => {
    expect(newStorageKey('avatars')).toMatch(/^avatars\/[0-9a-f-]{36}\.webp$/);
    expect(isStorageKey('logos/acme-2.png')).toBe(true);
    for (const key of INVALID_KEYS) expect([key, isStorageKey(key)]).toEqual([key, false]);
    expect(() => newStorageKey('Avatars')).toThrow(InvalidStorageKeyError);
  });
});

describe('LocalDiskStorage', () => {
  let root: string;
  let storage: LocalDiskStorage;
  beforeEach(async () => {
    root = join(await mkdtemp(join(tmpdir(), 'oip-storage-')), 'uploads'); // not created yet
    storage = new LocalDiskStorage(root);
  });
  afterEach(() => rm(resolve(root, '..'), { recursive: true, force: true }));

  it('defaults to <repo>/.data/uploads', () => {
    expect(DEFAULT_UPLOADS_DIR).toBe(resolve(__dirname, '../../../../..', '.data', 'uploads'));
    expect(existsSync(resolve(DEFAULT_UPLOADS_DIR, '../../pnpm-workspace.yaml'))).toBe(true);
  });

  it('stores, reads back and deletes a file, creating folders as needed', async () => {
    const data = randomBytes(2048);
    await storage.put('avatars/abc-1.webp', data, 'image/webp');
    expect(await readFile(join(root, 'avatars', 'abc-1.webp'))).toEqual(data);
    expect(await storage.get('avatars/abc-1.webp')).toEqual({ data, contentType: 'image/webp' });

    await storage.put('logos/x.png', Buffer.from('png'), 'image/png');
    await storage.put('logos/y.jpg', Buffer.from('jpg'), 'image/jpeg');
    expect((await storage.get('logos/x.png'))?.contentType).toBe('image/png');
    expect((await storage.get('logos/y.jpg'))?.contentType).toBe('image/jpeg');

    await storage.delete('avatars/abc-1.webp');
    expect(await storage.get('avatars/abc-1.webp')).toBeNull();
    await expect(storage.delete('avatars/abc-1.webp')).resolves.toBeUndefined(); // idempotent
  });

  it('returns null for a key that was never stored', async () => {
    expect(await storage.get('avatars/missing.webp')).toBeNull(); // no root folder yet
    await storage.put('avatars/present.webp', Buffer.from('x'), 'image/webp');
    expect(await storage.get('avatars/missing.webp')).toBeNull();
    expect(await storage.get('logos/missing.webp')).toBeNull();
  });

  it('refuses invalid keys for every operation, touching nothing', async () => {
    for (const key of INVALID_KEYS) {
      await expect(storage.put(key, Buffer.from('x'), 'image/webp')).rejects.toThrow(
        InvalidStorageKeyError,
      );
      await expect(storage.get(key)).rejects.toThrow(InvalidStorageKeyError);
      await expect(storage.delete(key)).rejects.toThrow(InvalidStorageKeyError);
    }
    expect(existsSync(root)).toBe(false);
  });

  it('refuses a content type that does not match the key', async () => {
    await expect(storage.put('avatars/a.webp', Buffer.from('x'), 'image/svg+xml')).rejects.toThrow(
      /does not match/,
    );
  });

  it('writes atomically: a new file is renamed into place, no temporary file is left', async () => {
    const key = 'avatars/atomic.webp';
    const file = join(root, 'avatars', 'atomic.webp');
    await storage.put(key, Buffer.alloc(1024, 1), 'image/webp');
    const before = await stat(file);
    await storage.put(key, Buffer.alloc(1024, 2), 'image/webp');
    const after = await stat(file);
    // rewriting in place would keep the inode; a rename brings a new one
    expect(after.ino).not.toBe(before.ino);
    expect(await readdir(join(root, 'avatars'))).toEqual(['atomic.webp']);
  });

  it('never lets a reader see a partly written file', async () => {
    const key = 'avatars/busy.webp';
    const versions = [0, 1, 2, 3].map((n) => Buffer.alloc(4 * 1024 * 1024, n));
    await storage.put(key, versions[0] as Buffer, 'image/webp');
    const writes = versions.map((data) => storage.put(key, data, 'image/webp'));
    const reads: Promise<Buffer | undefined>[] = [];
    for (let i = 0; i < 20; i++) reads.push(storage.get(key).then((file) => file?.data));
    await Promise.all(writes);
    for (const data of await Promise.all(reads)) {
      expect(versions.some((version) => version.equals(data as Buffer))).toBe(true);
    }
    expect(await readdir(join(root, 'avatars'))).toEqual(['busy.webp']);
  });

  it('cleans up its temporary file when a write fails', async () => {
    // the target is a folder: the rename fails after the temporary file was written
    await storage.put('avatars/ok.webp', Buffer.from('x'), 'image/webp');
    await mkdir(join(root, 'avatars', 'dir.webp'));
    await expect(storage.put('avatars/dir.webp', Buffer.from('y'), 'image/webp')).rejects.toThrow();
    expect((await readdir(join(root, 'avatars'))).sort()).toEqual(['dir.webp', 'ok.webp']);
  });
});
