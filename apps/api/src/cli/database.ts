import { join, resolve } from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../config/env';
import { startEmbeddedPostgres } from '../database/embedded-postgres';

export const REPO_ROOT = resolve(__dirname, '../../../..');

const embeddedSchema = z.object({
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  EMBEDDED_PG_DIR: z
    .string()
    .min(1)
    .default(join(REPO_ROOT, '.data', 'postgres')),
});

/** Settings of the embedded server, validated like the rest of the configuration. */
export function embeddedSettings(env: NodeJS.ProcessEnv = process.env) {
  const parsed = embeddedSchema.safeParse(
    Object.fromEntries(
      Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
    ),
  );
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(
      `Invalid configuration: ${String(issue?.path[0])} is invalid (${issue?.message})`,
    );
  }
  return parsed.data;
}

/** A placeholder that lets the rest of the configuration be validated before any database runs. */
export const EMBEDDED_PLACEHOLDER_URL = 'postgres://embedded-postgres-not-started-yet/oip';

/**
 * DATABASE_URL when set; otherwise an embedded PostgreSQL with its data under .data/ (git
 * ignores it). Returns how to stop what was started (nothing when a server was given).
 */
export async function resolveDatabase(
  log: (message: string) => void,
): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, stop: async () => undefined };
  const { EMBEDDED_PG_PORT: port, EMBEDDED_PG_DIR: dataDir } = embeddedSettings();
  log(`DATABASE_URL not set: starting embedded PostgreSQL (${dataDir}, port ${port})`);
  const server = await startEmbeddedPostgres({ dataDir, port, database: 'oip' });
  return { url: server.url, stop: () => server.stop() };
}
