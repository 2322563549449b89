import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { assertStorageKey, contentTypeOfKey, type FileStorage, type StoredFile } from './storage';

/** `<repo>/.data/uploads` (git-ignored), relative to this file in apps/api/dist or src. */
export const DEFAULT_UPLOADS_DIR = resolve(__dirname, '../../../../../.data/uploads');

/**
 * Files on local disk under one folder: key `avatars/x.webp` is `<root>/avatars/x.webp`. The
 * content type comes from the key's extension. Writes go to a temporary file in the same
 * folder, flushed, then renamed over the target, so a reader never sees half a file.
 * Several API instances can share the folder (a shared volume); more than one host needs an
 * object store instead.
 */
export class LocalDiskStorage implements FileStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(key: string, data: Buffer, contentType: string): Promise<void> {
    const file = this.pathOf(key);
    const expected = contentTypeOfKey(key);
    if (contentType !== expected) {
      throw new Error(`Content type ${contentType} does not match key ${key} (${expected})`);
    }
    await mkdir(dirname(file), { recursive: true });
    // a temporary name never matches the key pattern, so it can never be served
    const temporary = `${file}.${randomUUID()}.tmp`;
    try {
      const handle = await open(temporary, 'wx', 0o644);
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<StoredFile | null> {
    const file = this.pathOf(key);
    try {
      return { data: await readFile(file), contentType: contentTypeOfKey(key) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** The file of a valid key; the check on the resolved path is a second line of defence. */
  private pathOf(key: string): string {
    assertStorageKey(key);
    const file = resolve(join(this.root, ...key.split('/')));
    if (!file.startsWith(this.root + sep)) throw new Error(`Storage key escapes the root: ${key}`);
    return file;
  }
}
