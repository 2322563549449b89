import { join, resolve } from 'node:path';
import { startEmbeddedPostgres } from '../database/embedded-postgres';

export const REPO_ROOT = resolve(__dirname, '../../../..');

/**
 * DATABASE_URL when set; otherwise an embedded PostgreSQL with its data under .data/ (git
 * ignores it). Returns how to stop what was started (nothing when a server was given).
 */
export async function resolveDatabase(
  log: (message: string) => void,
): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, stop: async () => undefined };
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const dataDir = process.env.EMBEDDED_PG_DIR ?? join(REPO_ROOT, '.data', 'postgres');
  log(`DATABASE_URL not set: starting embedded PostgreSQL (${dataDir}, port ${port})`);
  const server = await startEmbeddedPostgres({ dataDir, port, database: 'oip' });
  return { url: server.url, stop: () => server.stop() };
}
