import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isLocale, isValidEmail, normaliseEmail, type Locale } from '@oip/domain';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user';
import { newToken, tokenHash } from '../../../common/auth/secrets';
import { AppError } from '../../../common/errors/app-error';
import { FieldErrors } from '../../../common/errors/field-errors';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig } from '../../../config/env';
import { AuditService } from '../../audit/audit.service';
import { MailService } from '../../mail/mail.service';
import { MembershipEntity } from '../entities/membership.entity';
import type { OrganisationEntity } from '../entities/organisation.entity';
import { organisationPolicy } from '../organisations.policy';
import { isUuid } from '../../../common/ids';
import { OrganisationsService } from '../organisations.service';
import { JoinRequestEntity } from './entities/join-request.entity';
import {
  INVITATION_ROLES,
  OrganisationInvitationEntity,
  type InvitationRole,
} from './entities/organisation-invitation.entity';
import { invitationMails } from './invitation-mails';
import { lockOrganisation, MAX_PENDING_LIST } from './invitations.shared';
import type { Invitation } from './models/invitation.model';

export const INVITATION_LIFETIME_MS = 7 * 86_400_000;

/** A usable invitation with what its accept page shows. */
export interface InvitationDetails {
  invitation: OrganisationInvitationEntity;
  organisation: OrganisationEntity;
  inviterName: string | null;
}

/**
 * Invitations by email: owners and admins (and platform admins) invite an address with a role;
 * the link's token is single use, expires after 7 days and can be revoked. Only the person who
 * proved they own the invited address (a verified account with that email) can accept it.
 */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Invites `rawEmail` with `role` and mails the link, in `locale` (Italian by default). A
   * pending invitation of the same address to the same organisation is revoked and replaced.
   */
  async invite(
    user: AuthUser,
    organisationId: string,
    rawEmail: string,
    role: InvitationRole,
    locale?: string | null,
  ): Promise<OrganisationInvitationEntity> {
    const email = normaliseEmail(rawEmail);
    if (!INVITATION_ROLES.includes(role)) throw new AppError('BAD_USER_INPUT', { field: 'role' });
    new FieldErrors().check('email', isValidEmail(email), 'EMAIL_INVALID').throwIfAny();
    const mailLocale: Locale = isLocale(locale) ? locale : 'it';

    const { invitation, mail } = await this.dataSource.transaction(async (manager) => {
      const organisation = await lockOrganisation(manager, organisationId);
      organisationPolicy.manageMembers(
        user,
        await this.organisations.roleOf(manager, organisationId, user.id),
      );
      const isMember = await manager
        .getRepository(MembershipEntity)
        .createQueryBuilder('membership')
        .innerJoin('membership.user', 'user', 'user.deleted_at IS NULL')
        .where('membership.organisation_id = :organisationId', { organisationId })
        .andWhere('user.email = :email', { email })
        .getExists();
      if (isMember) throw new AppError('ALREADY_MEMBER');

      const invitations = manager.getRepository(OrganisationInvitationEntity);
      const replaced = await invitations
        .createQueryBuilder()
        .update()
        .set({ revokedAt: () => 'now()' })
        .where({ organisationId, email, acceptedAt: IsNull(), revokedAt: IsNull() })
        .returning(['id'])
        .execute();
      const token = newToken();
      const invitation = await invitations.save(
        invitations.create({
          organisationId,
          email,
          role,
          tokenHash: tokenHash(token),
          invitedBy: user.id,
          expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS),
        }),
      );
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'invitation.created',
        subjectType: 'organisation',
        subjectId: organisationId,
        data: {
          invitationId: invitation.id,
          role,
          replacedInvitationIds: (replaced.raw as { id: string }[]).map((row) => row.id),
        },
      });
      const mail = invitationMails.invitation(mailLocale, {
        organisationName: organisation.displayName,
        inviterName: user.fullName,
        role,
        link: `${this.config.publicUrl}/invitations/accept?token=${encodeURIComponent(token)}`,
      });
      return { invitation, mail };
    });
    // After the commit: the link must not reach anyone before the invitation exists. If the mail
    // fails, the error reaches the inviter, who can invite again (which replaces this one).
    await this.mail.send({ to: email, ...mail });
    return invitation;
  }

  /** Withdraws a pending invitation: its link stops working. */
  async revoke(user: AuthUser, id: string): Promise<void> {
    if (!isUuid(id)) throw new AppError('NOT_FOUND');
    await this.dataSource.transaction(async (manager) => {
      const invitations = manager.getRepository(OrganisationInvitationEntity);
      const found = await invitations.findOneBy({ id });
      if (!found) throw new AppError('NOT_FOUND');
      await lockOrganisation(manager, found.organisationId);
      organisationPolicy.manageMembers(
        user,
        await this.organisations.roleOf(manager, found.organisationId, user.id),
      );
      const result = await invitations.update(
        { id, acceptedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      if (!result.affected) throw new AppError('NOT_FOUND'); // accepted or already revoked
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'invitation.revoked',
        subjectType: 'organisation',
        subjectId: found.organisationId,
        data: { invitationId: id },
      });
    });
  }

  /** What the accept page shows; unknown, expired, used or revoked → TOKEN_INVALID. */
  preview(token: string): Promise<InvitationDetails> {
    return this.findUsable(this.dataSource.manager, token);
  }

  /**
   * The signed-in person accepts: their verified email must be the invited one. They become a
   * member with the invited role, and the invitation is used up, in one transaction.
   */
  async accept(user: AuthUser, token: string): Promise<OrganisationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { invitation } = await this.findUsable(manager, token);
      const organisation = await lockOrganisation(manager, invitation.organisationId);
      if (user.email !== invitation.email) throw new AppError('INVITATION_EMAIL_MISMATCH');
      if (!user.emailVerified) throw new AppError('EMAIL_NOT_VERIFIED');

      // still usable now that we hold the lock (a concurrent accept or revoke loses here)
      const used = await manager
        .getRepository(OrganisationInvitationEntity)
        .createQueryBuilder()
        .update()
        .set({ acceptedAt: () => 'now()' })
        .where('id = :id', { id: invitation.id })
        .andWhere('accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()')
        .execute();
      if (!used.affected) throw new AppError('TOKEN_INVALID');
      if (await this.organisations.roleOf(manager, organisation.id, user.id))
        throw new AppError('ALREADY_MEMBER');

      await manager
        .getRepository(MembershipEntity)
        .insert({ organisationId: organisation.id, userId: user.id, role: invitation.role });
      // the invitation answers the person's own pending request to join, if any
      await manager
        .getRepository(JoinRequestEntity)
        .update(
          { organisationId: organisation.id, userId: user.id, status: 'pending' },
          { status: 'approved', decidedAt: new Date(), decidedBy: invitation.invitedBy },
        );
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'invitation.accepted',
        subjectType: 'organisation',
        subjectId: organisation.id,
        data: { invitationId: invitation.id, role: invitation.role },
      });
      return organisation;
    });
  }

  /**
   * Pending (not accepted, revoked or expired) invitations of several organisations in one
   * query, newest first, at most MAX_PENDING_LIST each.
   */
  async pendingOf(organisationIds: readonly string[]): Promise<Invitation[][]> {
    const rows: PendingRow[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT i.id, i.organisation_id, i.email, i.role, i.created_at, i.expires_at,
                u.id AS inviter_id, u.full_name AS inviter_name,
                row_number() OVER (PARTITION BY i.organisation_id ORDER BY i.created_at DESC, i.id) AS position
         FROM organisation_invitation i
         LEFT JOIN user_account u ON u.id = i.invited_by AND u.deleted_at IS NULL
         WHERE i.organisation_id = ANY($1::uuid[])
           AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
       ) ranked
       WHERE position <= $2
       ORDER BY created_at DESC, id`,
      [organisationIds, MAX_PENDING_LIST],
    );
    return organisationIds.map((id) =>
      rows
        .filter((row) => row.organisation_id === id)
        .map((row) => ({
          id: row.id,
          email: row.email,
          role: row.role,
          invitedBy: row.inviter_id
            ? { id: row.inviter_id, fullName: row.inviter_name ?? '' }
            : null,
          createdAt: row.created_at,
          expiresAt: row.expires_at,
        })),
    );
  }

  private async findUsable(manager: EntityManager, token: string): Promise<InvitationDetails> {
    if (!token || token.length > 100) throw new AppError('TOKEN_INVALID');
    const invitation = await manager
      .getRepository(OrganisationInvitationEntity)
      .createQueryBuilder('invitation')
      .innerJoinAndSelect('invitation.organisation', 'organisation')
      .leftJoinAndSelect('invitation.inviter', 'inviter', 'inviter.deleted_at IS NULL')
      .where('invitation.token_hash = :hash', { hash: tokenHash(token) })
      .andWhere('invitation.accepted_at IS NULL AND invitation.revoked_at IS NULL')
      .andWhere('invitation.expires_at > now()')
      .getOne();
    if (!invitation?.organisation) throw new AppError('TOKEN_INVALID');
    return {
      invitation,
      organisation: invitation.organisation,
      inviterName: invitation.inviter?.fullName ?? null,
    };
  }
}

interface PendingRow {
  id: string;
  organisation_id: string;
  email: string;
  role: InvitationRole;
  created_at: Date;
  expires_at: Date;
  inviter_id: string | null;
  inviter_name: string | null;
}
