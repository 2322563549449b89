import { once } from 'node:events';
import { withAdmin } from './admin';

export default async function globalTeardown() {
  const state = globalThis.__OIP_E2E__;
  if (!state) return;
  if (state.server.exitCode === null) {
    const exited = once(state.server, 'exit');
    state.server.kill('SIGTERM'); // graceful: also stops the embedded PostgreSQL
    await exited;
  }
  await state.idp?.close();
  if (state.adminUrl && state.database) {
    await withAdmin(state.adminUrl, (admin) =>
      admin.query(`DROP DATABASE IF EXISTS "${state.database}" WITH (FORCE)`),
    );
  }
}
