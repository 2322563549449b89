import { rmSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import {
  startOidcProvider,
  type OidcTestProvider,
} from '../../apps/api/test/harness/oidc-provider';
import { withAdmin } from './admin';
import globalTeardown from './global-teardown';

const REPO = resolve(__dirname, '../..');

declare global {
  var __OIP_E2E__:
    | { server: ChildProcess; adminUrl?: string; database?: string; idp?: OidcTestProvider }
    | undefined;
}

/** The account the SSO browser test signs in with at the local OpenID provider. */
export const SSO_ACCOUNT = {
  sub: 'f.bianchi',
  email: 'francesca.bianchi@idp.example.it',
  email_verified: true,
  name: 'Francesca Bianchi',
  given_name: 'Francesca',
  family_name: 'Bianchi',
};

/**
 * Starts the platform exactly as `pnpm start` does (built API serving the built web app,
 * migrations, demo data) on a free port, against TEST_DATABASE_URL's server (a fresh database)
 * or an embedded PostgreSQL of its own.
 */
export default async function globalSetup() {
  const port = 3100 + Math.floor(Math.random() * 800);
  const baseUrl = `http://127.0.0.1:${port}`;
  // A real local OpenID provider, so the sign-in page offers single sign-on (tests/sso.e2e.ts).
  const idp = await startOidcProvider({
    clientId: 'oip-e2e',
    clientSecret: 'e2e-secret',
    redirectUris: [`${baseUrl}/auth/oidc/callback`],
  });
  idp.addAccount(SSO_ACCOUNT);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    PUBLIC_URL: baseUrl,
    OIDC_ISSUER_URL: idp.issuer,
    OIDC_CLIENT_ID: 'oip-e2e',
    OIDC_CLIENT_SECRET: 'e2e-secret',
    OIDC_PROVIDER_NAME: 'SPID/CIE (test)',
    // rooms coalesce new messages from two connections on, with a window long enough to hold
    // a few typed messages: the browser goes through `messages:new` as in a large, busy room
    ROOMS_BATCH_MIN_AUDIENCE: '2',
    ROOMS_BATCH_WINDOW_MS: '1000',
  };
  let database: string | undefined;
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    database = `oip_e2e_${randomBytes(4).toString('hex')}`;
    await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE "${database}"`));
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    env.DATABASE_URL = url.toString();
  } else {
    delete env.DATABASE_URL;
    env.EMBEDDED_PG_DIR = resolve(REPO, '.data/e2e-postgres');
    // a fresh cluster per run: the tests change the demo data (roles, accounts, challenges)
    rmSync(env.EMBEDDED_PG_DIR, { recursive: true, force: true });
    env.EMBEDDED_PG_PORT = '54332';
  }
  const server = spawn(process.execPath, [resolve(REPO, 'apps/api/dist/cli/start.js')], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  globalThis.__OIP_E2E__ = { server, adminUrl, database, idp };
  try {
    await waitForReady(baseUrl, server);
  } catch (error) {
    // jest skips globalTeardown when globalSetup throws: clean up here
    await globalTeardown();
    throw error;
  }
  process.env.E2E_BASE_URL = baseUrl;
}

async function waitForReady(baseUrl: string, server: ChildProcess) {
  const deadline = Date.now() + 60000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`the platform exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the platform did not become ready within 60 s');
}
