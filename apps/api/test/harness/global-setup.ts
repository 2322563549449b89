import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type RunningPostgres } from '../../src/database/embedded-postgres';
import { migrate } from '../../src/database/migrate';
import { installJobSchema } from '../../src/modules/jobs/pg-boss';

declare global {
  var __OIP_TEST_PG__: { server?: RunningPostgres; adminUrl: string; template: string } | undefined;
}

/**
 * Once per jest run: a PostgreSQL server (TEST_DATABASE_URL's, or an embedded one) and a
 * template database with every migration applied. Each test file then clones the template
 * (CREATE DATABASE … TEMPLATE), which is much faster than migrating again.
 */
export default async function globalSetup() {
  let server: RunningPostgres | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const dataDir = join(resolve(__dirname, '../../../..'), '.data', 'test-postgres');
    server = await startEmbeddedPostgres({ dataDir, port: 54330, database: 'postgres' });
    adminUrl = server.url;
  }
  const template = `oip_test_template_${randomBytes(4).toString('hex')}`;
  // Recorded first, so teardown cleans up even when migrating the template fails.
  globalThis.__OIP_TEST_PG__ = { server, adminUrl, template };
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${template}"`);
  } finally {
    await admin.end();
  }
  await migrate(databaseUrl(adminUrl, template));
  // pg-boss's schema too: each app then finds it installed instead of creating it
  await installJobSchema(databaseUrl(adminUrl, template));
  process.env.OIP_TEST_ADMIN_URL = adminUrl;
  process.env.OIP_TEST_TEMPLATE_DB = template;
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
