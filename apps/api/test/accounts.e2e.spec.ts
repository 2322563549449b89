import { DataSource } from 'typeorm';
import { startTestApp, type TestApp, type TestClient } from './harness/app';
import { startSmtpServer, type TestSmtpServer } from './harness/smtp';

const PASSWORD = 'correct horse battery staple';
const REGISTER = `mutation Register($input: RegisterInput!) { register(input: $input) }`;
const VERIFY = `mutation Verify($token: String!) { verifyEmail(token: $token) { id email emailVerified role fullName } }`;
const SIGN_IN = `mutation SignIn($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { id email } }`;
const ME = `{ me { id email emailVerified role fullName } }`;

const registration = (email: string, overrides: Record<string, unknown> = {}) => ({
  input: {
    email,
    password: PASSWORD,
    fullName: 'Giulia Rossi',
    acceptTerms: true,
    acceptPrivacy: true,
    ...overrides,
  },
});

function linkToken(text: string, path: string): string {
  const match = text.match(new RegExp(`${path}\\?token=([\\w%-]+)`));
  if (!match?.[1]) throw new Error(`no ${path} link in:\n${text}`);
  return decodeURIComponent(match[1]);
}

describe('accounts: registration, verification, sign-in, sessions, reset', () => {
  let smtp: TestSmtpServer;
  let api: TestApp;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    api = await startTestApp({
      SMTP_URL: smtp.url,
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '5',
      LOGIN_MAX_FAILURES_PER_IP: '1000',
    });
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  /** Registers and follows the link of the real mail; returns the signed-in client. */
  async function registerAndVerify(email: string): Promise<TestClient> {
    const client = api.client();
    const { body } = await client.graphql(REGISTER, registration(email));
    expect(body).toEqual({ data: { register: true } });
    const mail = await smtp.waitForMail(email);
    const verified = await client.graphql(VERIFY, { token: linkToken(mail.text, '/verify-email') });
    expect(verified.body.errors).toBeUndefined();
    return client;
  }

  it('registers, mails a verification link over SMTP, and signs in when the link is followed', async () => {
    const client = api.client();
    await client.graphql(REGISTER, registration('Giulia.Rossi@Polimi.it', { locale: 'en' }));
    const mail = await smtp.waitForMail('giulia.rossi@polimi.it');
    expect(mail.subject).toBe('Confirm your email address');
    expect(client.cookie).toBeNull(); // not signed in before the mailbox is proven

    const token = linkToken(mail.text, '/verify-email');
    const verified = await client.graphql(VERIFY, { token });
    expect(verified.body.data).toMatchObject({
      verifyEmail: {
        email: 'giulia.rossi@polimi.it',
        emailVerified: true,
        role: 'MEMBER',
        fullName: 'Giulia Rossi',
      },
    });
    const cookie = verified.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^oip_session=[\w-]{43}; /);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/); // only in production

    expect((await client.graphql(ME)).body.data).toMatchObject({
      me: { email: 'giulia.rossi@polimi.it' },
    });
    const again = await api.client().graphql(VERIFY, { token });
    expect(again.body.errors?.[0]?.extensions?.code).toBe('TOKEN_INVALID'); // single use
  });

  it('records consent to the current terms and privacy notice', async () => {
    const client = await registerAndVerify('consent@unimi.it');
    const { body } = await client.graphql<{
      myConsents: { kind: string; version: string; granted: boolean }[];
    }>('{ myConsents { kind version granted givenAt } }');
    expect(body.data!.myConsents.map((c) => [c.kind, c.version, c.granted]).sort()).toEqual([
      ['privacy', '2026-11-25', true],
      ['terms', '2026-11-25', true],
    ]);
  });

  it('refuses bad input with a stable code per field', async () => {
    const { body } = await api.graphql(REGISTER, {
      variables: registration('not-an-email', {
        password: 'short',
        fullName: ' ',
        acceptPrivacy: false,
      }),
    });
    expect(body.errors?.[0]?.extensions).toEqual({
      code: 'VALIDATION_FAILED',
      fields: {
        email: 'EMAIL_INVALID',
        fullName: 'NAME_REQUIRED',
        password: 'PASSWORD_TOO_SHORT',
        acceptPrivacy: 'CONSENT_REQUIRED',
      },
    });
    const weak = await api.graphql(REGISTER, {
      variables: registration('weak@unimi.it', { password: 'password1234' }),
    });
    expect(weak.body.errors?.[0]?.extensions?.fields).toEqual({ password: 'PASSWORD_TOO_COMMON' });
  });

  it('does not reveal that an email is registered, and warns its owner instead', async () => {
    await registerAndVerify('taken@polimi.it');
    const { body } = await api.graphql(REGISTER, { variables: registration('taken@polimi.it') });
    expect(body).toEqual({ data: { register: true } });
    const warning = await smtp.waitForMail('taken@polimi.it');
    expect(warning.text).toContain('/reset-password?token=');
    const [{ count }] = await api.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS count FROM user_account WHERE email = 'taken@polimi.it'`);
    expect(count).toBe(1);
  });

  it('signs in with the password; a wrong password and an unknown email get the same answer', async () => {
    await registerAndVerify('signin@unibg.it');
    const client = api.client();
    const ok = await client.graphql(SIGN_IN, { email: 'SIGNIN@unibg.it', password: PASSWORD });
    expect(ok.body.data).toMatchObject({ signIn: { email: 'signin@unibg.it' } });
    const wrong = await api.graphql(SIGN_IN, {
      variables: { email: 'signin@unibg.it', password: 'wrong password here' },
    });
    const unknown = await api.graphql(SIGN_IN, {
      variables: { email: 'nobody@unibg.it', password: PASSWORD },
    });
    expect(wrong.body.errors?.[0]).toMatchObject({
      message: 'Email o password non corretti.',
      extensions: { code: 'INVALID_CREDENTIALS' },
    });
    expect(unknown.body.errors?.[0]).toEqual(wrong.body.errors?.[0]);
  });

  it('locks an account after repeated failures, counting aliased attempts in one request', async () => {
    await registerAndVerify('target@unipv.it');
    const attempts = Array.from(
      { length: 7 },
      (_, i) =>
        `a${i}: signIn(input: { email: "target@unipv.it", password: "guess number ${i}" }) { id }`,
    );
    const { body } = await api.graphql(`mutation { ${attempts.join(' ')} }`);
    const codes = (body.errors ?? []).map((error) => error.extensions?.code);
    expect(codes.filter((code) => code === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(codes.filter((code) => code === 'LOGIN_LOCKED')).toHaveLength(2);

    const locked = await api.graphql(SIGN_IN, {
      variables: { email: 'target@unipv.it', password: PASSWORD },
      headers: { 'accept-language': 'en' },
    });
    expect(locked.body.errors?.[0]).toMatchObject({
      message: 'Too many sign-in attempts: try again in 15 minutes.',
      extensions: { code: 'LOGIN_LOCKED', minutes: 15 },
    });
  });

  it('lists sessions, revokes one, and signs out everywhere', async () => {
    const first = await registerAndVerify('sessions@unimib.it');
    const second = api.client();
    await second.graphql(SIGN_IN, { email: 'sessions@unimib.it', password: PASSWORD });

    const listed = await first.graphql<{ mySessions: { id: string; current: boolean }[] }>(
      '{ mySessions { id current lastSeenAt } }',
    );
    expect(listed.body.data!.mySessions).toHaveLength(2);
    const other = listed.body.data!.mySessions.find((s) => !s.current)!;

    await first.graphql('mutation Revoke($id: ID!) { revokeSession(id: $id) }', { id: other.id });
    expect((await second.graphql(ME)).body.data).toEqual({ me: null });
    expect((await first.graphql(ME)).body.data?.me).not.toBeNull();

    await second.graphql(SIGN_IN, { email: 'sessions@unimib.it', password: PASSWORD });
    const out = await first.graphql('mutation { signOutEverywhere }');
    expect(out.headers.get('set-cookie')).toMatch(/^oip_session=;/);
    expect((await second.graphql(ME)).body.data).toEqual({ me: null });
    expect((await first.graphql(ME)).body.data).toEqual({ me: null });
  });

  it('cannot revoke someone else’s session', async () => {
    const alice = await registerAndVerify('alice@unimore.it');
    const bob = await registerAndVerify('bob@unimore.it');
    const bobs = await bob.graphql<{ mySessions: { id: string }[] }>('{ mySessions { id } }');
    const { body } = await alice.graphql('mutation Revoke($id: ID!) { revokeSession(id: $id) }', {
      id: bobs.body.data!.mySessions[0]!.id,
    });
    expect(body.data).toEqual({ revokeSession: false });
    expect((await bob.graphql(ME)).body.data?.me).not.toBeNull();
  });

  it('ends a session left idle too long', async () => {
    const client = await registerAndVerify('idle@unicatt.it');
    await api.app
      .get(DataSource)
      .query(
        `UPDATE session SET last_seen_at = now() - interval '8 days' WHERE user_id = (SELECT id FROM user_account WHERE email = 'idle@unicatt.it')`,
      );
    expect((await client.graphql(ME)).body.data).toEqual({ me: null });
  });

  it('resets a forgotten password by mail: single use, expiring, and every session ends', async () => {
    const client = await registerAndVerify('forgot@polimi.it');
    expect(
      (await api.graphql('mutation { requestPasswordReset(email: "nobody-here@polimi.it") }')).body
        .data,
    ).toEqual({ requestPasswordReset: true });
    await api.graphql('mutation { requestPasswordReset(email: "forgot@polimi.it") }');
    const mail = await smtp.waitForMail('forgot@polimi.it');
    const token = linkToken(mail.text, '/reset-password');

    const weak = await api.graphql(
      'mutation R($t: String!) { resetPassword(token: $t, password: "short") }',
      { variables: { t: token } },
    );
    expect(weak.body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { password: 'PASSWORD_TOO_SHORT' },
    });

    const reset = await api.graphql(
      'mutation R($t: String!) { resetPassword(token: $t, password: "a brand new passphrase") }',
      { variables: { t: token } },
    );
    expect(reset.body.data).toEqual({ resetPassword: true });
    expect((await client.graphql(ME)).body.data).toEqual({ me: null });
    const reuse = await api.graphql(
      'mutation R($t: String!) { resetPassword(token: $t, password: "another new passphrase") }',
      { variables: { t: token } },
    );
    expect(reuse.body.errors?.[0]?.extensions?.code).toBe('TOKEN_INVALID');
    const signIn = await api
      .client()
      .graphql(SIGN_IN, { email: 'forgot@polimi.it', password: 'a brand new passphrase' });
    expect(signIn.body.errors).toBeUndefined();

    await api.graphql('mutation { requestPasswordReset(email: "forgot@polimi.it") }');
    const late = await smtp.waitForMail('forgot@polimi.it');
    await api.app
      .get(DataSource)
      .query(
        `UPDATE account_token SET expires_at = now() - interval '1 minute' WHERE used_at IS NULL`,
      );
    const expired = await api.graphql(
      'mutation R($t: String!) { resetPassword(token: $t, password: "yet another passphrase") }',
      {
        variables: { t: linkToken(late.text, '/reset-password') },
      },
    );
    expect(expired.body.errors?.[0]?.extensions?.code).toBe('TOKEN_INVALID');
  });

  it('answers UNAUTHENTICATED to an anonymous caller of a private field', async () => {
    const { body } = await api.graphql('{ mySessions { id } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.graphql(ME)).body.data).toEqual({ me: null });
  });

  it('stores no password or token in clear', async () => {
    const rows = await api.app
      .get(DataSource)
      .query(`SELECT password_hash FROM user_account WHERE email = 'giulia.rossi@polimi.it'`);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
    const sessions = await api.app.get(DataSource).query(`SELECT token_hash FROM session LIMIT 1`);
    expect(sessions[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
