import type { FastifyReply, FastifyRequest } from 'fastify';
import { SSO_FLOW_TTL_MS } from './sso.service';

export const SSO_FLOW_COOKIE = 'oip_sso_flow';
const PATH = '/auth/oidc';

/**
 * The key of the sign-on in progress. httpOnly; SameSite=Lax, because the provider sends the
 * browser back with a cross-site top-level GET (Strict would drop the cookie); sent only to
 * /auth/oidc; gone after 10 minutes; Secure in production.
 */
export function setFlowCookie(reply: FastifyReply, key: string, secure: boolean) {
  void reply.setCookie(SSO_FLOW_COOKIE, key, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: PATH,
    maxAge: SSO_FLOW_TTL_MS / 1000,
  });
}

export function clearFlowCookie(reply: FastifyReply, secure: boolean) {
  void reply.clearCookie(SSO_FLOW_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: PATH });
}

export function flowKey(request: FastifyRequest): string | null {
  const value = request.cookies?.[SSO_FLOW_COOKIE];
  return value && value.length <= 100 ? value : null;
}
