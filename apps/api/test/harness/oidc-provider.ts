import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type Provider from 'oidc-provider';
import type { Configuration, KoaContextWithOIDC } from 'oidc-provider';

/**
 * A real OpenID provider (the `oidc-provider` package) for tests, on a random port of 127.0.0.1.
 *
 * One client (confidential with `clientSecret`, public without), authorization code flow only,
 * PKCE required, scopes openid/email/profile, accounts from an in-memory map the test fills.
 *
 * Login works without a browser (`authorize`, `deny`) and with one: the provider sends the browser
 * to `${issuer}/interaction/<uid>`, a plain HTML page (no script) with
 *   - `input[name="login"]` (label "Account"): the `sub` of an account added with addAccount;
 *   - `button[type="submit"]` "Sign in": logs in and returns to the client's redirect URI with
 *     `code` and `state` (there is no consent page: consent is granted automatically);
 *   - `button[type="submit"]` "Cancel" (a separate form): returns with `error=access_denied`.
 * An unknown account re-renders the page with status 400 and the text "Unknown account".
 * With Playwright: `await page.fill('input[name="login"]', 'alice');
 * await page.click('button:has-text("Sign in")')`, then wait for the redirect URI.
 */
export interface OidcTestAccount {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  given_name?: string;
  family_name?: string;
}

export interface OidcTestProviderOptions {
  clientId: string;
  /** Omit for a public client (token_endpoint_auth_method none, PKCE only). */
  clientSecret?: string;
  redirectUris: string[];
  /**
   * Put the profile and email claims in the ID token too. By default (like many providers)
   * they are only served by the userinfo endpoint when an access token is issued.
   */
  claimsInIdToken?: boolean;
}

export interface OidcTestProvider {
  /** `http://127.0.0.1:<port>`: use as OIDC_ISSUER_URL. */
  issuer: string;
  addAccount(account: OidcTestAccount): void;
  /**
   * Plays the browser: follows the authorization URL with a fresh cookie jar, logs in as
   * `accountId` and returns the URL the provider redirects to (the callback, with code and state).
   */
  authorize(authorizationUrl: string, accountId: string): Promise<string>;
  /** Same, but the user presses Cancel: the callback URL carries error=access_denied and state. */
  deny(authorizationUrl: string): Promise<string>;
  close(): Promise<void>;
}

const INTERACTION_PATH = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/;

export async function startOidcProvider(
  options: OidcTestProviderOptions,
): Promise<OidcTestProvider> {
  // oidc-provider is ESM-only; under jest @swc/jest turns this import() into a require of the
  // transformed package (see esmPackages in jest.preset.cjs).
  const { default: ProviderClass } = await withoutKnownWarnings(() => import('oidc-provider'));
  const accounts = new Map<string, OidcTestAccount>();

  // listen first: the issuer URL, which the provider needs, contains the port
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;

  const signingKey = {
    ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
    kid: randomBytes(6).toString('hex'),
    use: 'sig',
    alg: 'RS256',
  };
  const configuration: Configuration = {
    clients: [
      {
        client_id: options.clientId,
        ...(options.clientSecret
          ? {
              client_secret: options.clientSecret,
              token_endpoint_auth_method: 'client_secret_basic',
            }
          : { token_endpoint_auth_method: 'none' }),
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'given_name', 'family_name'],
    },
    conformIdTokenClaims: !options.claimsInIdToken,
    findAccount(_ctx, sub) {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return { accountId: sub, claims: () => ({ ...account }) };
    },
    // Consent is implied: the first login grants the client the scopes it asked for.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { oidc } = ctx;
      const client = oidc.client;
      const session = oidc.session;
      if (!client || !session?.accountId) return undefined;
      const grantId = oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      if (grantId) return oidc.provider.Grant.find(grantId);
      const grant = new oidc.provider.Grant({
        clientId: client.clientId,
        accountId: session.accountId,
      });
      grant.addOIDCScope(String(oidc.params?.scope ?? 'openid'));
      await grant.save();
      return grant;
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: { devInteractions: { enabled: false } },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    jwks: { keys: [signingKey] },
    ttl: { AccessToken: 600, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
  };
  const provider = await withoutKnownWarnings(() => new ProviderClass(issuer, configuration));
  provider.on('server_error', (_ctx: unknown, error: Error) => {
    console.error('test OpenID provider error:', error);
  });

  const providerCallback = provider.callback();
  server.on('request', (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const interaction = INTERACTION_PATH.exec(path);
    if (!interaction) return providerCallback(req, res);
    handleInteraction(provider, accounts, req, res, interaction[2]).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(error instanceof Error ? error.message : String(error));
    });
  });

  const callbackPrefixes = options.redirectUris.map((uri) => {
    const url = new URL(uri);
    return url.origin + url.pathname;
  });
  const isCallback = (url: URL) => callbackPrefixes.includes(url.origin + url.pathname);

  /** Follows redirects like a browser; on the login page, submits `action`. */
  async function drive(authorizationUrl: string, action: 'login' | 'abort', accountId = '') {
    const jar = new CookieJar();
    let url = new URL(authorizationUrl);
    let response = await jar.fetch(url);
    for (let hop = 0; hop < 12; hop += 1) {
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        url = new URL(location, url);
        if (isCallback(url)) return url.href;
        response = await jar.fetch(url);
        continue;
      }
      const interaction = response.status === 200 ? INTERACTION_PATH.exec(url.pathname) : null;
      if (interaction && !interaction[2]) {
        url = new URL(`/interaction/${interaction[1]}/${action}`, url);
        response = await jar.fetch(url, new URLSearchParams({ login: accountId }));
        continue;
      }
      const body = await response.text();
      throw new Error(
        `test OpenID provider: ${response.status} at ${url.href}: ${body.slice(0, 500)}`,
      );
    }
    throw new Error('test OpenID provider: too many redirects');
  }

  return {
    issuer,
    addAccount(account) {
      accounts.set(account.sub, account);
    },
    authorize: (authorizationUrl, accountId) => drive(authorizationUrl, 'login', accountId),
    deny: (authorizationUrl) => drive(authorizationUrl, 'abort'),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * oidc-provider warns, rightly for a real deployment, that its in-memory storage is for
 * development, and that it targets Node.js 22 (it runs on 20 for these tests). Both are expected
 * here; other warnings still show.
 */
async function withoutKnownWarnings<T>(action: () => T | Promise<T>): Promise<T> {
  const expected = [/in-memory adapter is used/, /Unsupported runtime/];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!expected.some((pattern) => pattern.test(String(args[0])))) warn(...args);
  };
  try {
    return await action();
  } finally {
    console.warn = warn;
  }
}

/** GET /interaction/:uid renders the login page; POST …/login and …/abort finish it. */
async function handleInteraction(
  provider: Provider,
  accounts: Map<string, OidcTestAccount>,
  req: IncomingMessage,
  res: ServerResponse,
  action: string | undefined,
): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name !== 'login') {
    res.writeHead(501, { 'content-type': 'text/plain' }).end(`prompt ${details.prompt.name}`);
    return;
  }
  if (!action) {
    if (req.method !== 'GET') return void res.writeHead(405).end();
    return sendLoginPage(res, 200, details.uid, String(details.params.client_id), accounts);
  }
  if (req.method !== 'POST') return void res.writeHead(405).end();
  if (action === 'abort') {
    await provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'The user cancelled the login' },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  const form = new URLSearchParams(await readBody(req));
  const accountId = form.get('login') ?? '';
  if (!accounts.has(accountId)) {
    return sendLoginPage(res, 400, details.uid, String(details.params.client_id), accounts, true);
  }
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId } },
    { mergeWithLastSubmission: false },
  );
}

function sendLoginPage(
  res: ServerResponse,
  status: number,
  uid: string,
  clientId: string,
  accounts: Map<string, OidcTestAccount>,
  unknown = false,
) {
  const known = [...accounts.keys()].map(escapeHtml).join(', ') || '(none)';
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Test identity provider: sign in</title></head>
<body>
<h1>Test identity provider</h1>
<p>Sign in to <code>${escapeHtml(clientId)}</code>. Accounts: ${known}.</p>
${unknown ? '<p role="alert">Unknown account</p>' : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
  <label for="login">Account</label>
  <input id="login" name="login" required autofocus autocomplete="off">
  <button type="submit">Sign in</button>
</form>
<form method="post" action="/interaction/${escapeHtml(uid)}/abort">
  <button type="submit">Cancel</button>
</form>
</body>
</html>`);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Just enough of a browser cookie store for the provider's session and interaction cookies. */
class CookieJar {
  private readonly cookies = new Map<string, { name: string; value: string; path: string }>();

  async fetch(url: URL, form?: URLSearchParams): Promise<Response> {
    const cookie = [...this.cookies.values()]
      .filter(
        (c) => url.pathname === c.path || url.pathname.startsWith(c.path.replace(/\/?$/, '/')),
      )
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
    const headers: Record<string, string> = {};
    if (cookie) headers.cookie = cookie;
    if (form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      headers,
      body: form?.toString(),
      redirect: 'manual',
    });
    for (const line of response.headers.getSetCookie()) this.store(url, line);
    return response;
  }

  private store(url: URL, line: string) {
    const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
    const separator = pair.indexOf('=');
    if (separator < 1) return;
    const name = pair.slice(0, separator);
    const value = pair.slice(separator + 1);
    let path = url.pathname.replace(/\/[^/]*$/, '') || '/';
    let expired = value === '';
    for (const attribute of attributes) {
      const [key = '', ...rest] = attribute.split('=');
      const attributeValue = rest.join('=');
      switch (key.toLowerCase()) {
        case 'path':
          path = attributeValue || '/';
          break;
        case 'expires':
          if (Date.parse(attributeValue) <= Date.now()) expired = true;
          break;
        case 'max-age':
          if (Number(attributeValue) <= 0) expired = true;
          break;
      }
    }
    const key = `${name};${path}`;
    if (expired) this.cookies.delete(key);
    else this.cookies.set(key, { name, value, path });
  }
}
