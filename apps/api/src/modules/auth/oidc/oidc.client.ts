import { timingSafeEqual } from 'node:crypto';
import * as oidc from 'openid-client';
import type { AppConfig } from '../../../config/env';
import { describeError, OidcError } from './oidc.errors';

export { OidcError, type OidcErrorReason } from './oidc.errors';

/** Who the provider says logged in. `subject` is stable per issuer: link accounts on (issuer, subject). */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  /** True only when the provider asserts it (`email_verified: true`) for this email. */
  emailVerified: boolean;
  name: string | null;
  givenName: string | null;
  familyName: string | null;
}

/** What start() returns: send the browser to `url`; keep the rest server-side until the callback. */
export interface OidcLoginStart {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface OidcFinishInput {
  /**
   * The URL the browser came back on. Only its query string is read (a path such as
   * `/auth/oidc/callback?code=…&state=…` is enough): the redirect URI sent to the provider is
   * always the configured one, so a proxy rewriting the host does not break the exchange.
   */
  callbackUrl: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface OidcSettings {
  issuerUrl: string;
  clientId: string;
  /** Absent: a public client, protected by PKCE alone. */
  clientSecret?: string;
  /** Space-separated; `openid` is added when missing. */
  scopes: string;
  redirectUri: string;
  /** In production plain HTTP is never accepted, not even for localhost. */
  production: boolean;
  /** Timeout of each request to the provider, in seconds. */
  timeoutSeconds?: number;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * openid-client refuses plain HTTP. We lift that only for a provider on this machine during
 * development and tests: an issuer on localhost / 127.0.0.1 / [::1] with NODE_ENV not production.
 * Returns whether insecure requests must be allowed, or throws for an issuer we refuse.
 */
export function issuerTransportPolicy(issuerUrl: string, production: boolean): 'https' | 'http' {
  let url: URL;
  try {
    url = new URL(issuerUrl);
  } catch (cause) {
    throw new OidcError('discovery_failed', `OIDC_ISSUER_URL is not a URL: ${issuerUrl}`, {
      cause,
    });
  }
  if (url.protocol === 'https:') return 'https';
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname.toLowerCase()) && !production) {
    return 'http';
  }
  throw new OidcError(
    'discovery_failed',
    `Refusing OpenID provider ${url.origin}: the issuer must use https:// ` +
      '(plain http is accepted only for localhost or 127.0.0.1 outside production)',
  );
}

/**
 * OpenID Connect login (authorization code flow, always with PKCE S256, state and nonce) against
 * the provider configured by OIDC_* variables. The provider's configuration is discovered on
 * first use and cached; a failed discovery is retried on the next use, so an unreachable provider
 * never stops the API from booting.
 */
export class OidcClient {
  private discovery: Promise<oidc.Configuration> | undefined;

  constructor(
    private readonly settings: OidcSettings | null,
    /** Shown on the login button ("Sign in with …"). */
    readonly providerName = 'SSO',
  ) {}

  static fromConfig(config: AppConfig): OidcClient {
    const settings =
      config.ssoEnabled && config.OIDC_ISSUER_URL && config.OIDC_CLIENT_ID
        ? {
            issuerUrl: config.OIDC_ISSUER_URL,
            clientId: config.OIDC_CLIENT_ID,
            clientSecret: config.OIDC_CLIENT_SECRET,
            scopes: config.OIDC_SCOPES,
            redirectUri: `${config.publicUrl}/auth/oidc/callback`,
            production: config.isProduction,
          }
        : null;
    return new OidcClient(settings, config.OIDC_PROVIDER_NAME);
  }

  /** False when OIDC_ISSUER_URL or OIDC_CLIENT_ID is not set: start() and finish() then throw. */
  get enabled(): boolean {
    return this.settings !== null;
  }

  get redirectUri(): string | null {
    return this.settings?.redirectUri ?? null;
  }

  /** Builds the authorization URL. Store state, nonce and codeVerifier for finish(). */
  async start(): Promise<OidcLoginStart> {
    const settings = this.requireSettings();
    const configuration = await this.configuration();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: settings.redirectUri,
      response_type: 'code',
      scope: scopeWithOpenid(settings.scopes),
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, state, nonce, codeVerifier };
  }

  /**
   * Validates the callback (state first, then any provider error, then the `iss` parameter when
   * sent), exchanges the code with the PKCE verifier and validates the ID token's claims (issuer,
   * audience, azp, expiry, issued-at, nonce). Its signature is not checked: the token comes
   * straight from the token endpoint over TLS, which OpenID Connect Core 3.1.3.7 accepts in place
   * of the signature (openid-client's default). The identity is read from the ID token, completed
   * from the userinfo endpoint (whose `sub` must match) when the ID token has no email or no name.
   */
  async finish(input: OidcFinishInput): Promise<OidcIdentity> {
    const settings = this.requireSettings();
    const configuration = await this.configuration();

    let received: URL;
    try {
      received = new URL(input.callbackUrl, settings.redirectUri);
    } catch (cause) {
      throw new OidcError('invalid_response', 'The callback URL cannot be parsed', { cause });
    }
    const params = received.searchParams;
    const returnedState = params.get('state');
    if (returnedState === null || !sameSecret(returnedState, input.state)) {
      throw new OidcError(
        'state_mismatch',
        'The callback does not belong to the login started in this browser (state mismatch)',
      );
    }
    const providerError = params.get('error');
    if (providerError !== null) {
      const description = params.get('error_description');
      throw new OidcError(
        'provider_denied',
        `The identity provider did not log the user in: ${providerError}` +
          (description ? ` (${description})` : ''),
        { providerError },
      );
    }

    const callback = new URL(settings.redirectUri);
    for (const [key, value] of params) callback.searchParams.append(key, value);

    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(configuration, callback, {
        pkceCodeVerifier: input.codeVerifier,
        expectedState: input.state,
        expectedNonce: input.nonce,
        idTokenExpected: true,
      });
    } catch (cause) {
      throw new OidcError(
        'invalid_response',
        `The identity provider's answer did not validate: ${describeError(cause)}`,
        { cause },
      );
    }
    const idToken = tokens.claims();
    if (!idToken) {
      throw new OidcError('invalid_response', 'The identity provider returned no ID token');
    }

    let userInfo: oidc.UserInfoResponse | null = null;
    const needsUserInfo =
      text(idToken.email) === null ||
      [idToken.name, idToken.given_name, idToken.family_name].every((v) => text(v) === null);
    if (needsUserInfo && tokens.access_token && configuration.serverMetadata().userinfo_endpoint) {
      try {
        userInfo = await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
      } catch (cause) {
        throw new OidcError(
          'invalid_response',
          `The identity provider's userinfo did not validate: ${describeError(cause)}`,
          { cause },
        );
      }
    }

    // The email and its verification come from the same source; names from the ID token first.
    const emailSource = text(idToken.email) !== null ? idToken : (userInfo ?? idToken);
    const email = text(emailSource.email);
    const pick = (claim: 'name' | 'given_name' | 'family_name') =>
      text(idToken[claim]) ?? text(userInfo?.[claim]);
    return {
      issuer: idToken.iss,
      subject: idToken.sub,
      email,
      emailVerified: email !== null && isTrue(emailSource.email_verified),
      name: pick('name'),
      givenName: pick('given_name'),
      familyName: pick('family_name'),
    };
  }

  /** The discovered provider configuration; discovery runs once, again only after a failure. */
  private configuration(): Promise<oidc.Configuration> {
    if (!this.discovery) {
      this.discovery = this.discover();
      this.discovery.catch(() => {
        this.discovery = undefined;
      });
    }
    return this.discovery;
  }

  private async discover(): Promise<oidc.Configuration> {
    const settings = this.requireSettings();
    const transport = issuerTransportPolicy(settings.issuerUrl, settings.production);
    try {
      return await oidc.discovery(
        new URL(settings.issuerUrl),
        settings.clientId,
        undefined,
        settings.clientSecret ? clientSecretAuth(settings.clientSecret) : oidc.None(),
        {
          timeout: settings.timeoutSeconds ?? 10,
          execute: transport === 'http' ? [oidc.allowInsecureRequests] : [],
        },
      );
    } catch (cause) {
      throw new OidcError(
        'discovery_failed',
        `Cannot discover the OpenID provider ${settings.issuerUrl}: ${describeError(cause)}`,
        { cause },
      );
    }
  }

  private requireSettings(): OidcSettings {
    if (!this.settings) {
      throw new OidcError(
        'discovery_failed',
        'Single sign-on is not configured (set OIDC_ISSUER_URL and OIDC_CLIENT_ID)',
      );
    }
    return this.settings;
  }
}

/**
 * client_secret_basic (the OpenID Connect default), or client_secret_post when the provider
 * advertises only that.
 */
function clientSecretAuth(secret: string): oidc.ClientAuth {
  const basic = oidc.ClientSecretBasic(secret);
  const post = oidc.ClientSecretPost(secret);
  return (server, client, body, headers) => {
    const supported = server.token_endpoint_auth_methods_supported;
    const postOnly =
      Array.isArray(supported) &&
      !supported.includes('client_secret_basic') &&
      supported.includes('client_secret_post');
    return (postOnly ? post : basic)(server, client, body, headers);
  };
}

function scopeWithOpenid(scopes: string): string {
  const list = scopes.split(/\s+/).filter(Boolean);
  return (list.includes('openid') ? list : ['openid', ...list]).join(' ');
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** Some providers send booleans as strings. */
function isTrue(value: unknown): boolean {
  return value === true || value === 'true';
}
