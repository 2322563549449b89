import { Client } from 'pg';

export default async function globalTeardown() {
  const state = globalThis.__OIP_TEST_PG__;
  if (!state) return;
  const admin = new Client({ connectionString: state.adminUrl });
  try {
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${state.template}" WITH (FORCE)`);
  } finally {
    await admin.end().catch(() => undefined);
    await state.server?.stop();
  }
}
