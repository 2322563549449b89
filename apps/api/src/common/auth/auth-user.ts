import type { PlatformRole } from '@oip/domain';

/** The signed-in person as resolvers see them (never the password hash). */
export interface AuthUser {
  id: string;
  email: string;
  fullName: string;
  role: PlatformRole;
  emailVerified: boolean;
  locale: string;
  sessionId: string;
}

/** What the request knows about who is calling, resolved once per request. */
export interface RequestAuth {
  user: AuthUser | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by SessionAuthGuard (a promise, so concurrent root fields share one lookup). */
    auth?: Promise<RequestAuth>;
    /** The same, resolved: what @CurrentUser() reads once the guard has run. */
    authUser?: AuthUser | null;
  }
}
