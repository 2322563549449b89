import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'oip_session';

/** httpOnly (no script can read it), SameSite=Lax (not sent on cross-site POSTs), Secure in production. */
export function setSessionCookie(
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
  secure: boolean,
) {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean) {
  void reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}

export function sessionToken(request: FastifyRequest): string | null {
  const value = request.cookies?.[SESSION_COOKIE];
  return value && value.length <= 100 ? value : null;
}
