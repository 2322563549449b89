import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CONSENT_DOCUMENTS,
  DELETED_ACCOUNT_NAME,
  DEFAULT_LOCALE,
  normaliseEmail,
  type ConsentKind,
} from '@oip/domain';
import { Brackets, DataSource, IsNull, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { FieldErrors } from '../../common/errors/field-errors';
import { AccountTokenEntity } from '../accounts/entities/account-token.entity';
import { ConsentEntity } from '../accounts/entities/consent.entity';
import { LoginAttemptEntity } from '../accounts/entities/login-attempt.entity';
import { SessionEntity } from '../accounts/entities/session.entity';
import { UserAccountEntity } from '../accounts/entities/user-account.entity';
import { SessionsService } from '../accounts/sessions.service';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { OidcIdentityEntity } from '../auth/entities/oidc-identity.entity';
import { activityOf, type ActivityExport } from './activity.export';
import { PersonProfileEntity } from '../people/entities/person-profile.entity';
import { FILE_STORAGE, type FileStorage } from '../storage/storage';
import { MembershipEntity } from '../organisations/entities/membership.entity';

export const EXPORT_FORMAT = 'oip-personal-data/1';

const CONSENT_KINDS = Object.keys(CONSENT_DOCUMENTS) as ConsentKind[];

/**
 * The person's GDPR rights over their own data: access and portability (export), erasure
 * (deleteAccount), and consent to the current terms (accounts created through single sign-on
 * start without it). See docs/decisions/0008-sso-accounts-and-gdpr-rights.md.
 */
@Injectable()
export class PrivacyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    @Inject(FILE_STORAGE) private readonly files: FileStorage,
  ) {}

  /**
   * Everything the platform holds about the person, as one JSON document, read in one
   * snapshot. Secrets (password hash, session and link token hashes) are never included: their
   * presence is (`hasPassword`). The export itself is audited (`privacy.exported`) and appears
   * in the audit events it lists.
   */
  async export(userId: string): Promise<PersonalDataExport> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await this.audit.record(manager, {
        actorId: userId,
        action: 'privacy.exported',
        subjectType: 'account',
        subjectId: userId,
      });
      const account = await manager
        .getRepository(UserAccountEntity)
        .findOneByOrFail({ id: userId, deletedAt: IsNull() });
      const email = account.email ?? '';

      // one connection, one snapshot: the reads run one after the other
      const consents = await manager
        .getRepository(ConsentEntity)
        .find({ where: { userId }, order: { givenAt: 'ASC' } });
      const sessions = await manager
        .getRepository(SessionEntity)
        .find({ where: { userId }, order: { createdAt: 'ASC' } });
      const identities = await manager
        .getRepository(OidcIdentityEntity)
        .find({ where: { userId }, order: { createdAt: 'ASC' } });
      const memberships = await manager
        .getRepository(MembershipEntity)
        .createQueryBuilder('membership')
        .innerJoinAndSelect('membership.organisation', 'organisation')
        .where('membership.user_id = :userId', { userId })
        .orderBy('membership.joined_at', 'ASC')
        .getMany();
      const links = await manager
        .getRepository(AccountTokenEntity)
        .find({ where: { userId }, order: { createdAt: 'ASC' } });
      const attempts = await manager
        .getRepository(LoginAttemptEntity)
        .find({ where: { subject: `account:${email}` }, order: { attemptedAt: 'ASC' } });
      const events = await this.auditEventsAbout(manager, userId);
      const activity = await activityOf(manager, userId);

      return {
        format: EXPORT_FORMAT,
        exportedAt: new Date().toISOString(),
        account: {
          id: account.id,
          email: account.email,
          emailVerifiedAt: iso(account.emailVerifiedAt),
          fullName: account.fullName,
          role: account.role,
          locale: account.locale,
          createdAt: iso(account.createdAt),
          hasPassword: account.passwordHash !== null,
        },
        consents: consents.map((c) => ({
          kind: c.kind,
          version: c.version,
          granted: c.granted,
          givenAt: iso(c.givenAt),
        })),
        sessions: sessions.map((s) => ({
          id: s.id,
          createdAt: iso(s.createdAt),
          lastSeenAt: iso(s.lastSeenAt),
          expiresAt: iso(s.expiresAt),
          revokedAt: iso(s.revokedAt),
          userAgent: s.userAgent,
          ip: s.ip,
        })),
        singleSignOnIdentities: identities.map((i) => ({
          issuer: i.issuer,
          subject: i.subject,
          linkedAt: iso(i.createdAt),
        })),
        memberships: memberships.map((m) => ({
          organisationId: m.organisationId,
          organisationName: m.organisation?.displayName ?? null,
          organisationLegalName: m.organisation?.legalName ?? null,
          role: m.role,
          joinedAt: iso(m.joinedAt),
        })),
        emailLinks: links.map((t) => ({
          purpose: t.purpose,
          createdAt: iso(t.createdAt),
          expiresAt: iso(t.expiresAt),
          usedAt: iso(t.usedAt),
        })),
        signInAttempts: attempts.map((a) => ({
          succeeded: a.succeeded,
          attemptedAt: iso(a.attemptedAt),
        })),
        activity,
        auditEvents: events.map((e) => ({
          id: e.id,
          action: e.action,
          byYou: e.actorId === userId,
          subjectType: e.subjectType,
          subjectId: e.subjectId,
          data: e.data,
          createdAt: iso(e.createdAt),
        })),
      };
    });
  }

  /**
   * Erases the account (GDPR art. 17) in one transaction. Refused while the person is the last
   * owner of an organisation that has other members (LAST_OWNER, with `organisationIds`): they
   * transfer ownership first. An organisation where they are the only member stays, without
   * members. The row stays, emptied of personal data, so the audit trail and consent records
   * (kept as proof of consent) still point somewhere.
   */
  async deleteAccount(user: AuthUser, confirmEmail: string): Promise<void> {
    if (normaliseEmail(confirmEmail) !== user.email) throw new AppError('CONFIRMATION_MISMATCH');
    const avatarKey = await this.dataSource.transaction(async (manager) => {
      const accounts = manager.getRepository(UserAccountEntity);
      const account = await accounts.findOne({
        where: { id: user.id, deletedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!account?.email) throw new AppError('UNAUTHENTICATED');
      if (account.role === 'admin') {
        // the same lock as PlatformRolesService: the platform never ends up without an admin
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext('platform.roles'))`);
        const admins = await accounts.countBy({ role: 'admin', deletedAt: IsNull() });
        if (admins <= 1) throw new AppError('LAST_PLATFORM_ADMIN');
      }

      const memberships = await manager
        .getRepository(MembershipEntity)
        .find({ where: { userId: user.id }, order: { organisationId: 'ASC' } });
      const blocking: string[] = [];
      const leftWithoutMembers: string[] = [];
      for (const membership of memberships.filter((m) => m.role === 'owner')) {
        const id = membership.organisationId;
        // the same lock as OrganisationsService's membership changes: no owner leaves meanwhile
        await manager.query('SELECT 1 FROM organisation WHERE id = $1 FOR UPDATE', [id]);
        const [row] = (await manager.query(
          `SELECT count(*) FILTER (WHERE role = 'owner')::int AS owners, count(*)::int AS others
             FROM membership WHERE organisation_id = $1 AND user_id <> $2`,
          [id, user.id],
        )) as { owners: number; others: number }[];
        if (!row || row.others === 0) leftWithoutMembers.push(id);
        else if (row.owners === 0) blocking.push(id);
      }
      if (blocking.length > 0) throw new AppError('LAST_OWNER', { organisationIds: blocking });

      await manager.getRepository(MembershipEntity).delete({ userId: user.id });
      await manager.getRepository(OidcIdentityEntity).delete({ userId: user.id });
      // rooms: read markers, mutes and reactions go; messages stay, under the erased name
      await manager.query(`DELETE FROM room_member WHERE user_id = $1`, [user.id]);
      await manager.query(`DELETE FROM room_reaction WHERE user_id = $1`, [user.id]);
      // the profile is personal data too: the row goes, its avatar file after the commit
      const profile = await manager
        .getRepository(PersonProfileEntity)
        .findOneBy({ userId: user.id });
      await manager.getRepository(PersonProfileEntity).delete({ userId: user.id });
      await manager.getRepository(AccountTokenEntity).delete({ userId: user.id });
      await manager
        .getRepository(LoginAttemptEntity)
        .delete({ subject: `account:${account.email}` });
      await this.sessions.revokeAll(manager, user.id);
      await manager
        .getRepository(SessionEntity)
        .update({ userId: user.id }, { ip: null, userAgent: null });
      await accounts.update(
        { id: user.id },
        {
          email: null,
          emailVerifiedAt: null,
          passwordHash: null,
          fullName: DELETED_ACCOUNT_NAME[DEFAULT_LOCALE],
          locale: DEFAULT_LOCALE,
          deletedAt: new Date(),
        },
      );
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'privacy.account_deleted',
        subjectType: 'account',
        subjectId: user.id,
        data: {
          organisationsLeft: memberships.map((m) => m.organisationId),
          organisationsWithoutMembers: leftWithoutMembers,
        },
      });
      return profile?.avatarKey ?? null;
    });
    if (avatarKey) await this.files.delete(avatarKey).catch(() => undefined); // best effort
  }

  /** True when the latest consent to each document is granted and for its current version. */
  async consentsComplete(userId: string): Promise<boolean> {
    const latest = (await this.dataSource.query(
      `SELECT DISTINCT ON (kind) kind, version, granted FROM consent
        WHERE user_id = $1 ORDER BY kind, given_at DESC`,
      [userId],
    )) as { kind: string; version: string; granted: boolean }[];
    return CONSENT_KINDS.every((kind) =>
      latest.some(
        (row) => row.kind === kind && row.granted && row.version === CONSENT_DOCUMENTS[kind],
      ),
    );
  }

  /**
   * Records consent to the current terms and privacy notice (the consent step after a single
   * sign-on, or after a document's version changed). Only missing consents are added.
   */
  async acceptConsents(userId: string, acceptTerms: boolean, acceptPrivacy: boolean) {
    new FieldErrors()
      .check('acceptTerms', acceptTerms, 'CONSENT_REQUIRED')
      .check('acceptPrivacy', acceptPrivacy, 'CONSENT_REQUIRED')
      .throwIfAny();
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM user_account WHERE id = $1 FOR UPDATE', [userId]);
      const latest = (await manager.query(
        `SELECT DISTINCT ON (kind) kind, version, granted FROM consent
          WHERE user_id = $1 ORDER BY kind, given_at DESC`,
        [userId],
      )) as { kind: string; version: string; granted: boolean }[];
      const missing = CONSENT_KINDS.filter(
        (kind) =>
          !latest.some(
            (row) => row.kind === kind && row.granted && row.version === CONSENT_DOCUMENTS[kind],
          ),
      );
      if (missing.length === 0) return;
      await manager
        .getRepository(ConsentEntity)
        .insert(missing.map((kind) => ({ userId, kind, version: CONSENT_DOCUMENTS[kind] })));
      await this.audit.record(manager, {
        actorId: userId,
        action: 'account.consented',
        subjectType: 'account',
        subjectId: userId,
        data: Object.fromEntries(missing.map((kind) => [kind, CONSENT_DOCUMENTS[kind]])),
      });
    });
  }

  /**
   * Events the person did, or that were about them: their account as subject, or them as the
   * member (`memberId`) or new owner (`newOwnerId`) of a membership change.
   */
  private auditEventsAbout(manager: EntityManager, userId: string) {
    return (
      manager
        .getRepository(AuditEventEntity)
        .createQueryBuilder('event')
        .where(
          new Brackets((where) =>
            where
              .where('event.actor_id = :actorId')
              .orWhere(`event.subject_type = 'account' AND event.subject_id = :idText`)
              .orWhere(`event.data ->> 'memberId' = :idText`)
              .orWhere(`event.data ->> 'newOwnerId' = :idText`),
          ),
        )
        // two parameters: PostgreSQL types each from its first use (uuid, then text)
        .setParameters({ actorId: userId, idText: userId })
        .orderBy('event.created_at', 'ASC')
        .addOrderBy('event.id', 'ASC')
        .getMany()
    );
  }
}

function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}

export interface PersonalDataExport {
  /** Profile and what the person did in challenges (activity.export.ts). */
  activity: ActivityExport;
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  account: {
    id: string;
    email: string | null;
    emailVerifiedAt: string | null;
    fullName: string;
    role: string;
    locale: string;
    createdAt: string | null;
    hasPassword: boolean;
  };
  consents: { kind: string; version: string; granted: boolean; givenAt: string | null }[];
  sessions: {
    id: string;
    createdAt: string | null;
    lastSeenAt: string | null;
    expiresAt: string | null;
    revokedAt: string | null;
    userAgent: string | null;
    ip: string | null;
  }[];
  singleSignOnIdentities: { issuer: string; subject: string; linkedAt: string | null }[];
  memberships: {
    organisationId: string;
    organisationName: string | null;
    organisationLegalName: string | null;
    role: string;
    joinedAt: string | null;
  }[];
  emailLinks: {
    purpose: string;
    createdAt: string | null;
    expiresAt: string | null;
    usedAt: string | null;
  }[];
  signInAttempts: { succeeded: boolean; attemptedAt: string | null }[];
  auditEvents: {
    id: string;
    action: string;
    byYou: boolean;
    subjectType: string;
    subjectId: string;
    data: Record<string, unknown>;
    createdAt: string | null;
  }[];
}
