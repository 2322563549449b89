import { DataSource } from 'typeorm';
import { freePort, startTestApp, type TestApp } from './harness/app';
import { setCookieLine, TestBrowser } from './harness/browser';
import { startOidcProvider, type OidcTestProvider } from './harness/oidc-provider';

const CLIENT_ID = 'oip-web';
const CLIENT_SECRET = 'a-long-test-secret-0123456789';
const PASSWORD = 'correct horse battery staple';
const ME = `{ me { id email emailVerified fullName consentsComplete } }`;

interface Me {
  me: {
    id: string;
    email: string;
    emailVerified: boolean;
    fullName: string;
    consentsComplete: boolean;
  } | null;
}

describe('single sign-on: /auth/oidc/start and /auth/oidc/callback', () => {
  let provider: OidcTestProvider;
  let api: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    // The provider must know the redirect URI before the app (which needs the issuer) starts.
    const port = await freePort();
    const appUrl = `http://127.0.0.1:${port}`;
    provider = await startOidcProvider({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      redirectUris: [`${appUrl}/auth/oidc/callback`],
    });
    api = await startTestApp({
      PORT: String(port),
      PUBLIC_URL: appUrl,
      OIDC_ISSUER_URL: provider.issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_PROVIDER_NAME: 'Regione Lombardia',
    });
    expect(api.url).toBe(appUrl);
    db = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api?.close();
    await provider?.close();
  });

  /** Start → provider login as `sub` → callback, like a browser; returns the final answer. */
  async function signOn(browser: TestBrowser, sub: string, returnTo?: string) {
    const query = returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(returnTo)}`;
    const start = await browser.get(`/auth/oidc/start${query}`);
    expect(start.status).toBe(302);
    const callbackUrl = await provider.authorize(start.headers.get('location')!, sub);
    const callback = await browser.get(callbackUrl);
    expect(callback.status).toBe(302);
    return { start, callback, callbackUrl, location: callback.headers.get('location') };
  }

  /** Registers with a password; with `verify`, follows the link of the dev-outbox mail. */
  async function register(email: string, verify: boolean): Promise<string> {
    const { body } = await api.graphql(
      `mutation($input: RegisterInput!) { register(input: $input) }`,
      {
        variables: {
          input: {
            email,
            password: PASSWORD,
            fullName: 'Giulia Rossi',
            acceptTerms: true,
            acceptPrivacy: true,
          },
        },
      },
    );
    expect(body.errors).toBeUndefined();
    if (verify) {
      const mails = (await (
        await fetch(`${api.url}/dev/mailbox.json?to=${encodeURIComponent(email)}`)
      ).json()) as { text: string }[];
      const token = decodeURIComponent(/verify-email\?token=([\w%-]+)/.exec(mails[0]!.text)![1]!);
      const verified = await api.graphql(
        `mutation($t: String!) { verifyEmail(token: $t) { id } }`,
        {
          variables: { t: token },
        },
      );
      expect(verified.body.errors).toBeUndefined();
    }
    const [row] = await db.query(`SELECT id FROM user_account WHERE email = $1`, [email]);
    return (row as { id: string }).id;
  }

  async function passwordSignIn(email: string) {
    const browser = new TestBrowser(api.url);
    const result = await browser.graphql(
      `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { id } }`,
      { e: email, p: PASSWORD },
    );
    return { browser, result };
  }

  async function auditActions(userId: string): Promise<string[]> {
    const rows = (await db.query(
      `SELECT action FROM audit_event WHERE subject_type = 'account' AND subject_id = $1 ORDER BY created_at`,
      [userId],
    )) as { action: string }[];
    return rows.map((row) => row.action);
  }

  it('offers the provider to the sign-in page', async () => {
    const { body } = await api.graphql(`{ ssoProvider { enabled name } }`);
    expect(body.data).toEqual({ ssoProvider: { enabled: true, name: 'Regione Lombardia' } });
  });

  it('keeps the flow in a short-lived httpOnly SameSite=Lax cookie and sends the browser to the provider', async () => {
    const browser = new TestBrowser(api.url);
    const start = await browser.get('/auth/oidc/start?returnTo=/organisations');
    expect(start.status).toBe(302);
    const location = new URL(start.headers.get('location')!);
    expect(location.origin).toBe(provider.issuer);
    expect(location.searchParams.get('redirect_uri')).toBe(`${api.url}/auth/oidc/callback`);
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    const cookie = setCookieLine(start, 'oip_sso_flow')!;
    expect(cookie).toMatch(/^oip_sso_flow=[\w-]{43}; /);
    expect(cookie).toMatch(/Max-Age=600/);
    expect(cookie).toMatch(/Path=\/auth\/oidc/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    // server-side: only the key's hash is stored, never the key itself
    const [row] = await db.query(`SELECT key_hash, return_to FROM oidc_login_flow`);
    expect(row.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.key_hash).not.toBe(browser.cookie('oip_sso_flow'));
  });

  it('creates an account for a new person, signs them in and returns to returnTo', async () => {
    provider.addAccount({
      sub: 'new-0001',
      email: 'Nuova.Persona@Example.org',
      email_verified: true,
      name: 'Nuova Persona',
    });
    const browser = new TestBrowser(api.url);
    const { callback, location } = await signOn(browser, 'new-0001', '/organisations?tab=mine');
    expect(location).toBe('/organisations?tab=mine');
    const session = setCookieLine(callback, 'oip_session')!;
    expect(session).toMatch(/^oip_session=[\w-]{43}; /);
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(browser.cookie('oip_sso_flow')).toBeNull(); // cleared by the callback

    const { body } = await browser.graphql<Me>(ME);
    expect(body.data!.me).toMatchObject({
      email: 'nuova.persona@example.org',
      emailVerified: true,
      fullName: 'Nuova Persona',
      consentsComplete: false, // has not accepted our terms yet
    });
    const userId = body.data!.me!.id;
    const [account] = await db.query(
      `SELECT password_hash, locale FROM user_account WHERE id = $1`,
      [userId],
    );
    expect(account.password_hash).toBeNull();
    expect(
      await db.query(`SELECT issuer, subject FROM oidc_identity WHERE user_id = $1`, [userId]),
    ).toEqual([{ issuer: provider.issuer, subject: 'new-0001' }]);
    expect(await db.query(`SELECT 1 FROM consent WHERE user_id = $1`, [userId])).toEqual([]);
    expect(await auditActions(userId)).toEqual(['account.sso_created']);

    // the consent step of the web app
    const refused = await browser.graphql(
      `mutation { acceptConsents(acceptTerms: true, acceptPrivacy: false) }`,
    );
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { acceptPrivacy: 'CONSENT_REQUIRED' },
    });
    const accepted = await browser.graphql(
      `mutation { acceptConsents(acceptTerms: true, acceptPrivacy: true) }`,
    );
    expect(accepted.body).toEqual({ data: { acceptConsents: true } });
    expect((await browser.graphql<Me>(ME)).body.data!.me!.consentsComplete).toBe(true);
    const consents = await browser.graphql<{ myConsents: { kind: string }[] }>(
      `{ myConsents { kind version granted } }`,
    );
    expect(consents.body.data!.myConsents.map((c) => c.kind).sort()).toEqual(['privacy', 'terms']);

    // the next sign-on finds the same account by (issuer, subject)
    const again = new TestBrowser(api.url);
    await signOn(again, 'new-0001');
    expect((await again.graphql<Me>(ME)).body.data!.me!.id).toBe(userId);
    expect(
      (await db.query(`SELECT count(*)::int AS n FROM user_account WHERE email LIKE 'nuova%'`))[0]
        .n,
    ).toBe(1);
  });

  it('accounts registered with a password have their consents complete', async () => {
    await register('consenso@unimi.it', true);
    const { browser } = await passwordSignIn('consenso@unimi.it');
    expect((await browser.graphql<Me>(ME)).body.data!.me!.consentsComplete).toBe(true);
  });

  it('links an existing account whose email the provider verified, then finds it by subject', async () => {
    const userId = await register('giulia.rossi@polimi.it', true);
    provider.addAccount({
      sub: 'giulia-0002',
      email: 'giulia.rossi@polimi.it',
      email_verified: true,
      name: 'Giulia Rossi (Polimi)',
    });
    const browser = new TestBrowser(api.url);
    const { location } = await signOn(browser, 'giulia-0002');
    expect(location).toBe('/');
    const me = (await browser.graphql<Me>(ME)).body.data!.me!;
    expect(me).toMatchObject({
      id: userId,
      email: 'giulia.rossi@polimi.it',
      fullName: 'Giulia Rossi',
    });
    expect(await auditActions(userId)).toContain('account.sso_linked');
    // the password still works: the address had been proven by the mailbox
    expect((await passwordSignIn('giulia.rossi@polimi.it')).result.body.errors).toBeUndefined();

    // the provider changes the email: the link (issuer, subject) still finds the account
    provider.addAccount({ sub: 'giulia-0002', email: 'g.rossi@altro.it', email_verified: true });
    const later = new TestBrowser(api.url);
    await signOn(later, 'giulia-0002');
    expect((await later.graphql<Me>(ME)).body.data!.me!.id).toBe(userId);
    expect(
      await db.query(
        `SELECT count(*)::int AS n FROM user_account WHERE email = 'g.rossi@altro.it'`,
      ),
    ).toEqual([{ n: 0 }]);
  });

  it('linking an account whose email was never proven verifies it and retires its password and sessions', async () => {
    // someone registered this address first, without proving the mailbox, and signed in
    const userId = await register('squatted@unibg.it', false);
    const squatter = await passwordSignIn('squatted@unibg.it');
    expect(squatter.result.body.errors).toBeUndefined();
    expect((await squatter.browser.graphql<Me>(ME)).body.data!.me!.id).toBe(userId);

    provider.addAccount({ sub: 'owner-0003', email: 'squatted@unibg.it', email_verified: true });
    const owner = new TestBrowser(api.url);
    await signOn(owner, 'owner-0003');
    expect((await owner.graphql<Me>(ME)).body.data!.me).toMatchObject({
      id: userId,
      emailVerified: true,
    });
    expect((await squatter.browser.graphql<Me>(ME)).body.data!.me).toBeNull();
    expect(
      (await passwordSignIn('squatted@unibg.it')).result.body.errors?.[0]?.extensions?.code,
    ).toBe('INVALID_CREDENTIALS');
  });

  it('never links an account on an email the provider does not verify', async () => {
    const userId = await register('verified@unimib.it', true);
    provider.addAccount({
      sub: 'mallory-0004',
      email: 'verified@unimib.it',
      email_verified: false,
    });
    const browser = new TestBrowser(api.url);
    const { callback, location } = await signOn(browser, 'mallory-0004');
    expect(location).toBe('/sign-in?sso_error=email_unverified');
    expect(setCookieLine(callback, 'oip_session')).toBeUndefined();
    expect((await browser.graphql<Me>(ME)).body.data!.me).toBeNull();
    expect(await db.query(`SELECT 1 FROM oidc_identity WHERE subject = 'mallory-0004'`)).toEqual(
      [],
    );
    expect(await auditActions(userId)).not.toContain('account.sso_linked');

    // nor creates an account on one
    provider.addAccount({
      sub: 'unverified-0005',
      email: 'nuovo@unimib.it',
      email_verified: false,
    });
    expect((await signOn(new TestBrowser(api.url), 'unverified-0005')).location).toBe(
      '/sign-in?sso_error=email_unverified',
    );
    expect(await db.query(`SELECT 1 FROM user_account WHERE email = 'nuovo@unimib.it'`)).toEqual(
      [],
    );
  });

  it('refuses an identity without an email', async () => {
    provider.addAccount({ sub: 'anonymous-0006', name: 'Senza Email' });
    expect((await signOn(new TestBrowser(api.url), 'anonymous-0006')).location).toBe(
      '/sign-in?sso_error=email_missing',
    );
  });

  describe('a callback that does not belong to this browser’s sign-on', () => {
    beforeAll(() =>
      provider.addAccount({ sub: 'carla-0007', email: 'carla@example.org', email_verified: true }),
    );

    async function expectRefused(response: Response, reason: string, browser: TestBrowser) {
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe(`/sign-in?sso_error=${reason}`);
      expect(setCookieLine(response, 'oip_session')).toBeUndefined();
      expect((await browser.graphql<Me>(ME)).body.data!.me).toBeNull();
    }

    it('refuses a tampered state, and the genuine callback after it (the flow is used up)', async () => {
      const browser = new TestBrowser(api.url);
      const start = await browser.get('/auth/oidc/start');
      const genuine = await provider.authorize(start.headers.get('location')!, 'carla-0007');
      const tampered = new URL(genuine);
      tampered.searchParams.set('state', `${tampered.searchParams.get('state')}x`);
      const flowCookie = browser.cookie('oip_sso_flow')!;
      await expectRefused(await browser.get(tampered.href), 'state_mismatch', browser);
      browser.setCookie('oip_sso_flow', flowCookie, '/auth/oidc');
      await expectRefused(await browser.get(genuine), 'state_mismatch', browser);
    });

    it('refuses a replayed callback, even with the old flow cookie', async () => {
      const browser = new TestBrowser(api.url);
      const start = await browser.get('/auth/oidc/start');
      const flowCookie = browser.cookie('oip_sso_flow')!;
      const callbackUrl = await provider.authorize(start.headers.get('location')!, 'carla-0007');
      expect((await browser.get(callbackUrl)).headers.get('location')).toBe('/');

      const replay = new TestBrowser(api.url);
      await expectRefused(await replay.get(callbackUrl), 'state_mismatch', replay);
      replay.setCookie('oip_sso_flow', flowCookie, '/auth/oidc');
      await expectRefused(await replay.get(callbackUrl), 'state_mismatch', replay);
    });

    it('refuses a callback in a browser that did not start the sign-on', async () => {
      const victim = new TestBrowser(api.url);
      const attacker = new TestBrowser(api.url);
      const start = await attacker.get('/auth/oidc/start');
      const callbackUrl = await provider.authorize(start.headers.get('location')!, 'carla-0007');
      await victim.get('/auth/oidc/start'); // the victim has a sign-on of their own going
      await expectRefused(await victim.get(callbackUrl), 'state_mismatch', victim);
    });

    it('reports a sign-on cancelled at the provider', async () => {
      const browser = new TestBrowser(api.url);
      const start = await browser.get('/auth/oidc/start');
      const callbackUrl = await provider.deny(start.headers.get('location')!);
      await expectRefused(await browser.get(callbackUrl), 'provider_denied', browser);
    });

    it('refuses an expired flow', async () => {
      const browser = new TestBrowser(api.url);
      const start = await browser.get('/auth/oidc/start');
      const callbackUrl = await provider.authorize(start.headers.get('location')!, 'carla-0007');
      await db.query(`UPDATE oidc_login_flow SET expires_at = now() - interval '1 second'`);
      await expectRefused(await browser.get(callbackUrl), 'state_mismatch', browser);
    });
  });

  it.each([['//evil.com'], ['https://evil.com'], ['/\\evil.com'], ['/\\/evil.com'], ['evil.com']])(
    'returns to / instead of the open redirect %j',
    async (returnTo) => {
      provider.addAccount({ sub: 'dario-0008', email: 'dario@example.org', email_verified: true });
      const { location } = await signOn(new TestBrowser(api.url), 'dario-0008', returnTo);
      expect(location).toBe('/');
    },
  );
});

describe('single sign-on when it is not configured, or the provider is down', () => {
  it('answers 404 and says it is disabled', async () => {
    const api = await startTestApp();
    try {
      expect((await fetch(`${api.url}/auth/oidc/start`, { redirect: 'manual' })).status).toBe(404);
      const callback = await fetch(`${api.url}/auth/oidc/callback?code=x&state=y`, {
        redirect: 'manual',
      });
      expect(callback.status).toBe(404);
      const { body } = await api.graphql(`{ ssoProvider { enabled name } }`);
      expect(body.data).toEqual({ ssoProvider: { enabled: false, name: 'SSO' } });
    } finally {
      await api.close();
    }
  });

  it('sends the browser back to the sign-in page when the provider cannot be reached', async () => {
    const api = await startTestApp({
      OIDC_ISSUER_URL: `http://127.0.0.1:${await freePort()}`,
      OIDC_CLIENT_ID: CLIENT_ID,
    });
    try {
      const start = await fetch(`${api.url}/auth/oidc/start`, { redirect: 'manual' });
      expect(start.status).toBe(302);
      expect(start.headers.get('location')).toBe('/sign-in?sso_error=discovery_failed');
      expect(start.headers.getSetCookie()).toEqual([]);
    } finally {
      await api.close();
    }
  });
});
