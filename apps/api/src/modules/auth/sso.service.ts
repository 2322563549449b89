import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isValidEmail, normaliseEmail, type Locale } from '@oip/domain';
import { DataSource, LessThan, type EntityManager } from 'typeorm';
import { newToken, tokenHash } from '../../common/auth/secrets';
import { AuditService } from '../audit/audit.service';
import { UserAccountEntity } from '../accounts/entities/user-account.entity';
import { SessionsService, type ClientInfo } from '../accounts/sessions.service';
import { OidcIdentityEntity } from './entities/oidc-identity.entity';
import { OidcLoginFlowEntity } from './entities/oidc-login-flow.entity';
import { OidcClient, type OidcIdentity } from './oidc/oidc.client';
import { safeReturnTo } from './return-to';
import { SsoRefusal } from './sso.errors';

/** How long a started sign-on may take at the provider before its callback is refused. */
export const SSO_FLOW_TTL_MS = 10 * 60_000;

export interface SsoStart {
  /** The provider's authorization URL: redirect the browser there. */
  url: string;
  /** The random key for the flow cookie (the database keeps only its SHA-256). */
  flowKey: string;
}

export interface SsoOutcome {
  userId: string;
  session: { token: string; expiresAt: Date };
  returnTo: string;
  /** How the account was found: by its linked identity, linked now by email, or created. */
  via: 'identity' | 'linked' | 'created';
}

/**
 * Single sign-on with the configured OpenID provider (docs/decisions/0007): start keeps the
 * flow server-side under a random key, finish consumes it once, validates the answer through
 * OidcClient and finds, links or creates the account, then starts a session.
 */
@Injectable()
export class SsoService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly oidc: OidcClient,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  get enabled(): boolean {
    return this.oidc.enabled;
  }

  get providerName(): string {
    return this.oidc.providerName;
  }

  /** Throws OidcError (discovery_failed) when the provider cannot be reached. */
  async start(returnTo: unknown): Promise<SsoStart> {
    const login = await this.oidc.start();
    const flowKey = newToken();
    const flows = this.dataSource.getRepository(OidcLoginFlowEntity);
    await flows.delete({ expiresAt: LessThan(new Date()) });
    await flows.insert({
      keyHash: tokenHash(flowKey),
      state: login.state,
      nonce: login.nonce,
      codeVerifier: login.codeVerifier,
      returnTo: safeReturnTo(returnTo),
      expiresAt: new Date(Date.now() + SSO_FLOW_TTL_MS),
    });
    return { url: login.url, flowKey };
  }

  /**
   * Completes the sign-on started with `flowKey`. The flow is deleted first, whatever happens
   * next: a callback can be used once. Throws OidcError (the exchange failed), SsoRefusal (we
   * refuse the identity) or anything unexpected.
   */
  async finish(
    flowKey: string | null,
    callbackUrl: string,
    client: ClientInfo,
    locale: Locale,
  ): Promise<SsoOutcome> {
    const flow = flowKey ? await this.takeFlow(flowKey) : null;
    if (!flow) {
      throw new SsoRefusal(
        'state_mismatch',
        'No sign-on in progress for this browser (never started, already used or expired)',
      );
    }
    const identity = await this.oidc.finish({
      callbackUrl,
      state: flow.state,
      nonce: flow.nonce,
      codeVerifier: flow.codeVerifier,
    });
    return this.dataSource.transaction(async (manager) => {
      // one callback at a time per identity: two tabs finishing together create one account
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `oidc:${identity.issuer} ${identity.subject}`,
      ]);
      const { user, via } = await this.accountFor(manager, identity, locale);
      const session = await this.sessions.create(manager, user.id, client);
      return { userId: user.id, session, returnTo: flow.returnTo, via };
    });
  }

  /** Deletes and returns the live flow with this key, atomically (single use). */
  private async takeFlow(flowKey: string): Promise<OidcLoginFlowEntity | null> {
    if (flowKey.length > 100) return null;
    const result = await this.dataSource
      .createQueryBuilder()
      .delete()
      .from(OidcLoginFlowEntity)
      .where('key_hash = :hash AND expires_at > now()', { hash: tokenHash(flowKey) })
      .returning('state, nonce, code_verifier, return_to') // raw column names, as written
      .execute();
    const row = (result.raw as Record<string, string>[])[0];
    if (!row) return null;
    return Object.assign(new OidcLoginFlowEntity(), {
      state: row.state,
      nonce: row.nonce,
      codeVerifier: row.code_verifier,
      returnTo: row.return_to,
    });
  }

  /**
   * 1. An identity already linked signs in to its account.
   * 2. Otherwise the provider must give an email it has verified (email_verified: true): the
   *    account with that email is linked (and its email marked verified), or one is created.
   *    An unverified or missing email is refused, never linked: anybody can claim an address at
   *    a provider that does not check it.
   */
  private async accountFor(
    manager: EntityManager,
    identity: OidcIdentity,
    locale: Locale,
  ): Promise<{ user: UserAccountEntity; via: SsoOutcome['via'] }> {
    const identities = manager.getRepository(OidcIdentityEntity);
    const accounts = manager.getRepository(UserAccountEntity);
    const key = { issuer: identity.issuer, subject: identity.subject };

    const linked = await identities.findOne({ where: key, relations: { user: true } });
    if (linked?.user && !linked.user.deletedAt && linked.user.email) {
      return { user: linked.user, via: 'identity' };
    }
    if (linked) await identities.delete(key); // a leftover link to an erased account

    const email = identity.email ? normaliseEmail(identity.email) : '';
    if (!isValidEmail(email)) {
      throw new SsoRefusal('email_missing', 'The identity provider gave no usable email address');
    }
    if (!identity.emailVerified) {
      throw new SsoRefusal(
        'email_unverified',
        'The identity provider does not assert that the email address is verified',
      );
    }

    const existing = await accounts.findOne({
      where: { email },
      lock: { mode: 'pessimistic_write' },
    });
    if (existing) {
      await identities.insert({ ...key, userId: existing.id });
      // A password set before the mailbox was proven may belong to someone else who registered
      // this address first: it stops working, and so do that person's sessions.
      const unproven = existing.emailVerifiedAt === null;
      if (unproven) {
        existing.emailVerifiedAt = new Date();
        const passwordCleared = existing.passwordHash !== null;
        existing.passwordHash = null;
        await accounts.update(
          { id: existing.id },
          { emailVerifiedAt: existing.emailVerifiedAt, passwordHash: null },
        );
        await this.sessions.revokeAll(manager, existing.id);
        await this.record(manager, 'account.sso_linked', existing.id, {
          issuer: identity.issuer,
          emailNewlyVerified: true,
          passwordCleared,
        });
      } else {
        await this.record(manager, 'account.sso_linked', existing.id, { issuer: identity.issuer });
      }
      return { user: existing, via: 'linked' };
    }

    const { identifiers } = await accounts.insert({
      email,
      emailVerifiedAt: new Date(),
      passwordHash: null,
      fullName: fullNameOf(identity, email),
      locale,
    });
    const userId = (identifiers[0] as { id: string }).id;
    await identities.insert({ ...key, userId });
    // No consent is recorded: the person has not seen our terms yet (me.consentsComplete).
    await this.record(manager, 'account.sso_created', userId, { issuer: identity.issuer });
    const user = await accounts.findOneByOrFail({ id: userId });
    return { user, via: 'created' };
  }

  private record(
    manager: EntityManager,
    action: string,
    userId: string,
    data: Record<string, unknown>,
  ) {
    return this.audit.record(manager, {
      actorId: userId,
      action,
      subjectType: 'account',
      subjectId: userId,
      data,
    });
  }
}

/** The name the provider gives, else given + family name, else the email's local part. */
export function fullNameOf(identity: OidcIdentity, email: string): string {
  const joined = [identity.givenName, identity.familyName].filter(Boolean).join(' ');
  const name = identity.name ?? (joined || email.split('@')[0] || email);
  return name.replace(/\s+/g, ' ').trim().slice(0, 120);
}
