import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { databaseUrl } from './global-setup';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

async function withAdmin<T>(run: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: process.env.OIP_TEST_ADMIN_URL });
  await admin.connect();
  try {
    return await run(admin);
  } finally {
    await admin.end();
  }
}

/** A freshly migrated database of this test file's own, cloned from the run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = process.env.OIP_TEST_TEMPLATE_DB;
  const adminUrl = process.env.OIP_TEST_ADMIN_URL;
  if (!template || !adminUrl) throw new Error('jest globalSetup did not run');
  const name = `oip_test_${randomBytes(6).toString('hex')}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  // TypeORM keys its generated-column metadata by database name: the clone must claim it.
  const clone = new Client({ connectionString: databaseUrl(adminUrl, name) });
  await clone.connect();
  try {
    await clone.query(`UPDATE typeorm_metadata SET "database" = current_database()`);
  } finally {
    await clone.end();
  }
  return {
    name,
    url: databaseUrl(adminUrl, name),
    drop: () =>
      withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}
