/**
 * Why a single sign-on attempt failed. The callback handler maps each to a message for the user:
 * - `state_mismatch`: the callback does not belong to the login this browser started (forged,
 *   replayed, or started in another tab); start again.
 * - `provider_denied`: the identity provider answered with an error (the user cancelled or
 *   refused consent: `error=access_denied`, or the provider could not log the user in).
 * - `invalid_response`: the code exchange (wrong PKCE verifier, code already used), the ID
 *   token (issuer, audience, nonce, expiry) or the user info did not validate.
 * - `discovery_failed`: the provider's configuration could not be obtained (unreachable, not an
 *   OpenID provider, an issuer over plain HTTP that is not localhost, or SSO not configured).
 */
export type OidcErrorReason =
  'state_mismatch' | 'provider_denied' | 'invalid_response' | 'discovery_failed';

export class OidcError extends Error {
  override readonly name = 'OidcError';
  /** The `error` parameter the provider put in the callback, when it sent one. */
  readonly providerError: string | null;

  constructor(
    readonly reason: OidcErrorReason,
    message: string,
    options: { cause?: unknown; providerError?: string } = {},
  ) {
    super(message, { cause: options.cause });
    this.providerError = options.providerError ?? null;
  }
}

/**
 * A one-line description of a failure from openid-client with its causes, e.g. "something went
 * wrong: fetch failed: connect ECONNREFUSED 127.0.0.1:4000" or "server responded with an error
 * in the response body: invalid_grant (grant request is invalid)". Duck-typed: errors raised by
 * Node's fetch may come from another realm (jest), where `instanceof Error` is false.
 */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const {
      message,
      error: code,
      error_description: description,
    } = current as Record<string, unknown>;
    if (typeof message === 'string' && message && !parts.includes(message)) parts.push(message);
    if (typeof code === 'string') {
      const detail = typeof description === 'string' ? `${code} (${description})` : code;
      if (!parts.includes(detail)) parts.push(detail);
    }
    current = (current as { cause?: unknown }).cause;
  }
  return parts.length > 0 ? parts.join(': ') : String(error);
}
