import { createServer } from 'node:net';
import { Test } from '@nestjs/testing';
import { pino } from 'pino';
import { ConfigModule } from '../src/config/config.module';
import { loadConfig } from '../src/config/env';
import { OidcModule } from '../src/modules/auth/oidc/oidc.module';
import { OidcClient, OidcError } from '../src/modules/auth/oidc/oidc.client';
import { startOidcProvider, type OidcTestProvider } from './harness/oidc-provider';

const PUBLIC_URL = 'http://localhost:3999';
const REDIRECT_URI = `${PUBLIC_URL}/auth/oidc/callback`;

function clientFor(issuer: string, env: Record<string, string> = {}): OidcClient {
  return OidcClient.fromConfig(
    loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: 'postgres://unused@127.0.0.1/unused',
      PUBLIC_URL,
      OIDC_ISSUER_URL: issuer,
      OIDC_CLIENT_ID: 'oip-web',
      OIDC_CLIENT_SECRET: 'a-long-test-secret-0123456789',
      ...env,
    }),
  );
}

async function expectOidcError(promise: Promise<unknown>, reason: OidcError['reason']) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(OidcError);
  expect((error as OidcError).reason).toBe(reason);
  return error as OidcError;
}

/** A port on 127.0.0.1 with nothing listening. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 1;
}

describe('OpenID Connect single sign-on against a real local provider', () => {
  let provider: OidcTestProvider;
  let client: OidcClient;

  beforeAll(async () => {
    provider = await startOidcProvider({
      clientId: 'oip-web',
      clientSecret: 'a-long-test-secret-0123456789',
      redirectUris: [REDIRECT_URI],
    });
    provider.addAccount({
      sub: 'alice-0001',
      email: 'alice@example.org',
      email_verified: true,
      name: 'Alice Rossi',
      given_name: 'Alice',
      family_name: 'Rossi',
    });
    provider.addAccount({ sub: 'bob-0002', email: 'bob@example.org', email_verified: false });
    client = clientFor(provider.issuer);
  });

  afterAll(() => provider.close());

  it('completes code + PKCE and returns the identity with a verified email', async () => {
    expect(client.enabled).toBe(true);
    expect(client.redirectUri).toBe(REDIRECT_URI);
    const login = await client.start();
    const url = new URL(login.url);
    expect(url.origin).toBe(provider.issuer);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: 'oip-web',
      response_type: 'code',
      redirect_uri: REDIRECT_URI,
      scope: 'openid email profile',
      code_challenge_method: 'S256',
      state: login.state,
      nonce: login.nonce,
    });
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);

    const callbackUrl = await provider.authorize(login.url, 'alice-0001');
    expect(callbackUrl.startsWith(`${REDIRECT_URI}?`)).toBe(true);
    expect(new URL(callbackUrl).searchParams.get('code')).toBeTruthy();

    const identity = await client.finish({ ...login, callbackUrl });
    expect(identity).toEqual({
      issuer: provider.issuer,
      subject: 'alice-0001',
      email: 'alice@example.org',
      emailVerified: true,
      name: 'Alice Rossi',
      givenName: 'Alice',
      familyName: 'Rossi',
    });
  });

  it('accepts the callback as a path (the controller sees /auth/oidc/callback?…)', async () => {
    const login = await client.start();
    const callback = new URL(await provider.authorize(login.url, 'bob-0002'));
    const identity = await client.finish({
      ...login,
      callbackUrl: callback.pathname + callback.search,
    });
    expect(identity).toMatchObject({
      subject: 'bob-0002',
      email: 'bob@example.org',
      emailVerified: false,
      name: null,
      givenName: null,
      familyName: null,
    });
  });

  it('refuses a tampered state', async () => {
    const login = await client.start();
    const callback = new URL(await provider.authorize(login.url, 'alice-0001'));
    callback.searchParams.set('state', `${login.state}x`);
    await expectOidcError(
      client.finish({ ...login, callbackUrl: callback.href }),
      'state_mismatch',
    );
  });

  it('refuses a callback that belongs to another login', async () => {
    const mine = await client.start();
    const theirs = await client.start();
    const callbackUrl = await provider.authorize(theirs.url, 'alice-0001');
    await expectOidcError(client.finish({ ...mine, callbackUrl }), 'state_mismatch');
  });

  it('reports a cancelled login as provider_denied', async () => {
    const login = await client.start();
    const callbackUrl = await provider.deny(login.url);
    expect(new URL(callbackUrl).searchParams.get('error')).toBe('access_denied');
    const error = await expectOidcError(
      client.finish({ ...login, callbackUrl }),
      'provider_denied',
    );
    expect(error.providerError).toBe('access_denied');
  });

  it('runs a provider that requires PKCE (a request without it comes back with an error)', async () => {
    const login = await client.start();
    const withoutPkce = new URL(login.url);
    withoutPkce.searchParams.delete('code_challenge');
    withoutPkce.searchParams.delete('code_challenge_method');
    const callbackUrl = await provider.authorize(withoutPkce.href, 'alice-0001');
    expect(new URL(callbackUrl).searchParams.get('error')).toBe('invalid_request');
    const error = await expectOidcError(
      client.finish({ ...login, callbackUrl }),
      'provider_denied',
    );
    expect(error.providerError).toBe('invalid_request');
  });

  it('refuses a code redeemed with the wrong PKCE verifier', async () => {
    const login = await client.start();
    const other = await client.start();
    const callbackUrl = await provider.authorize(login.url, 'alice-0001');
    await expectOidcError(
      client.finish({ ...login, codeVerifier: other.codeVerifier, callbackUrl }),
      'invalid_response',
    );
  });

  it('refuses an ID token whose nonce is not the one sent', async () => {
    const login = await client.start();
    const callbackUrl = await provider.authorize(login.url, 'alice-0001');
    await expectOidcError(
      client.finish({ ...login, nonce: `${login.nonce}x`, callbackUrl }),
      'invalid_response',
    );
  });

  it('refuses to redeem the same code twice', async () => {
    const login = await client.start();
    const callbackUrl = await provider.authorize(login.url, 'alice-0001');
    await client.finish({ ...login, callbackUrl });
    await expectOidcError(client.finish({ ...login, callbackUrl }), 'invalid_response');
  });

  it('refuses an answer issued by another provider (mix-up)', async () => {
    const other = await startOidcProvider({
      clientId: 'oip-web',
      clientSecret: 'a-long-test-secret-0123456789',
      redirectUris: [REDIRECT_URI],
    });
    try {
      other.addAccount({ sub: 'alice-0001', email: 'alice@example.org', email_verified: true });
      const login = await client.start();
      // the same authorization request, answered by a different provider
      const foreign = new URL(login.url);
      const answered = new URL(`${other.issuer}${foreign.pathname}${foreign.search}`);
      const callbackUrl = await other.authorize(answered.href, 'alice-0001');
      await expectOidcError(client.finish({ ...login, callbackUrl }), 'invalid_response');
    } finally {
      await other.close();
    }
  });

  it('reports an unreachable issuer as discovery_failed, and tries again on the next use', async () => {
    const unreachable = clientFor(`http://127.0.0.1:${await closedPort()}`);
    const error = await expectOidcError(unreachable.start(), 'discovery_failed');
    expect(error.message).toMatch(/Cannot discover the OpenID provider http:\/\/127\.0\.0\.1:\d+/);
    await expectOidcError(unreachable.start(), 'discovery_failed');
  });

  it('refuses an issuer over plain HTTP that is not on localhost', async () => {
    const remote = clientFor('http://idp.example.test');
    const error = await expectOidcError(remote.start(), 'discovery_failed');
    expect(error.message).toMatch(/must use https/);
  });

  it('refuses plain HTTP even on localhost in production', async () => {
    const production = new OidcClient({
      issuerUrl: provider.issuer,
      clientId: 'oip-web',
      clientSecret: 'a-long-test-secret-0123456789',
      scopes: 'openid email profile',
      redirectUri: REDIRECT_URI,
      production: true,
    });
    const error = await expectOidcError(production.start(), 'discovery_failed');
    expect(error.message).toMatch(/must use https/);
  });

  it('is provided by OidcModule from the application configuration', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: 'postgres://unused@127.0.0.1/unused',
      PUBLIC_URL,
      OIDC_ISSUER_URL: provider.issuer,
      OIDC_CLIENT_ID: 'oip-web',
      OIDC_CLIENT_SECRET: 'a-long-test-secret-0123456789',
      OIDC_PROVIDER_NAME: 'Regione Lombardia',
    });
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(config, pino({ level: 'silent' })), OidcModule],
    }).compile();
    try {
      const provided = moduleRef.get(OidcClient);
      expect(provided.enabled).toBe(true);
      expect(provided.providerName).toBe('Regione Lombardia');
      const login = await provided.start();
      const callbackUrl = await provider.authorize(login.url, 'alice-0001');
      await expect(provided.finish({ ...login, callbackUrl })).resolves.toMatchObject({
        subject: 'alice-0001',
      });
    } finally {
      await moduleRef.close();
    }
  });

  it('is disabled, and says so, when SSO is not configured', async () => {
    const disabled = OidcClient.fromConfig(
      loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'postgres://unused@127.0.0.1/unused' }),
    );
    expect(disabled.enabled).toBe(false);
    const error = await expectOidcError(disabled.start(), 'discovery_failed');
    expect(error.message).toMatch(/not configured/);
  });
});

describe('OpenID Connect with a public client and claims in the ID token', () => {
  let provider: OidcTestProvider;

  beforeAll(async () => {
    provider = await startOidcProvider({
      clientId: 'oip-public',
      redirectUris: [REDIRECT_URI],
      claimsInIdToken: true,
    });
    provider.addAccount({
      sub: 'carla-0003',
      email: 'carla@example.org',
      email_verified: true,
      name: 'Carla Bianchi',
      given_name: 'Carla',
      family_name: 'Bianchi',
    });
  });

  afterAll(() => provider.close());

  it('logs in with PKCE alone (no client secret)', async () => {
    const client = OidcClient.fromConfig(
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: 'postgres://unused@127.0.0.1/unused',
        PUBLIC_URL,
        OIDC_ISSUER_URL: provider.issuer,
        OIDC_CLIENT_ID: 'oip-public',
        OIDC_SCOPES: 'email profile',
      }),
    );
    const login = await client.start();
    expect(new URL(login.url).searchParams.get('scope')).toBe('openid email profile');
    const callbackUrl = await provider.authorize(login.url, 'carla-0003');
    await expect(client.finish({ ...login, callbackUrl })).resolves.toEqual({
      issuer: provider.issuer,
      subject: 'carla-0003',
      email: 'carla@example.org',
      emailVerified: true,
      name: 'Carla Bianchi',
      givenName: 'Carla',
      familyName: 'Bianchi',
    });
  });
});
