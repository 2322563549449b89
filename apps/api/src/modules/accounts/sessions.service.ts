import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, MoreThan, Repository, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { newToken, tokenHash } from '../../common/auth/secrets';
import { isUuid } from '../../common/ids';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { SessionEntity } from './entities/session.entity';
import { UserAccountEntity } from './entities/user-account.entity';

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

// last_seen_at is written at most this often per session: not on every request.
const TOUCH_INTERVAL_MS = 60_000;

/** Server-side sessions: created at sign-in, checked on every request, listed and revoked. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts a session; returns the token for the cookie (never stored as is). */
  async create(manager: EntityManager, userId: string, client: ClientInfo) {
    const token = newToken();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.config.SESSION_ABSOLUTE_DAYS * 86_400_000);
    await manager.getRepository(SessionEntity).insert({
      tokenHash: tokenHash(token),
      userId,
      lastSeenAt: now,
      expiresAt,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
      ip: client.ip,
    });
    return { token, expiresAt };
  }

  /** The person behind a session cookie, if the session is alive (not revoked, idle or expired). */
  async authenticate(token: string): Promise<AuthUser | null> {
    const idleSince = new Date(Date.now() - this.config.SESSION_IDLE_MINUTES * 60_000);
    const session = await this.sessions
      .createQueryBuilder('session')
      .innerJoinAndSelect('session.user', 'user')
      .where('session.token_hash = :hash', { hash: tokenHash(token) })
      .andWhere('session.revoked_at IS NULL')
      .andWhere('session.expires_at > now()')
      .andWhere('session.last_seen_at > :idleSince', { idleSince })
      .andWhere('user.deleted_at IS NULL')
      .getOne();
    if (!session?.user?.email) return null;
    if (Date.now() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.sessions.update({ id: session.id }, { lastSeenAt: new Date() });
    }
    return toAuthUser(session.user, session.id);
  }

  list(userId: string): Promise<SessionEntity[]> {
    return this.sessions.find({
      where: { userId, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { lastSeenAt: 'DESC' },
      take: 100,
    });
  }

  /** Revokes one of the person's own sessions; false when there is no such live session. */
  async revokeOwn(userId: string, sessionId: string): Promise<boolean> {
    if (!isUuid(sessionId)) return false;
    const result = await this.sessions.update(
      { id: sessionId, userId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    return (result.affected ?? 0) > 0;
  }

  revokeAllOf(userId: string): Promise<void> {
    return this.revokeAll(this.sessions.manager, userId);
  }

  /** "Sign out of all devices" (also after a password reset or an account erasure). */
  async revokeAll(manager: EntityManager, userId: string): Promise<void> {
    await manager
      .getRepository(SessionEntity)
      .update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}

export function toAuthUser(user: UserAccountEntity, sessionId: string): AuthUser {
  return {
    id: user.id,
    email: user.email ?? '',
    fullName: user.fullName,
    role: user.role,
    emailVerified: user.emailVerifiedAt !== null,
    locale: user.locale,
    sessionId,
  };
}
