import { Client } from 'pg';

export default async function globalTeardown() {
  const state = globalThis.__OIP_TEST_PG__;
  if (!state) return;
  const admin = new Client({ connectionString: state.adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${state.template}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  await state.server?.stop();
}
