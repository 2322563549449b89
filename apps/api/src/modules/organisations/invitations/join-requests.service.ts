import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Locale } from '@oip/domain';
import { DataSource, IsNull, Repository, type EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import type { AuthUser } from '../../../common/auth/auth-user';
import { AppError } from '../../../common/errors/app-error';
import { FieldErrors } from '../../../common/errors/field-errors';
import { APP_CONFIG, APP_LOGGER } from '../../../config/config.module';
import type { AppConfig } from '../../../config/env';
import { UserAccountEntity } from '../../accounts/entities/user-account.entity';
import { AuditService } from '../../audit/audit.service';
import type { MailMessage } from '../../mail/mail.message';
import { MailService } from '../../mail/mail.service';
import { MembershipEntity } from '../entities/membership.entity';
import { MEMBER_MANAGER_ROLES, organisationPolicy } from '../organisations.policy';
import { isUuid } from '../../../common/ids';
import { OrganisationsService } from '../organisations.service';
import { JoinRequestEntity } from './entities/join-request.entity';
import { OrganisationInvitationEntity } from './entities/organisation-invitation.entity';
import { invitationMails } from './invitation-mails';
import {
  isUniqueViolation,
  listSize,
  lockOrganisation,
  MAX_PENDING_LIST,
} from './invitations.shared';
import type { JoinRequest } from './models/join-request.model';

export const JOIN_REQUEST_MESSAGE_MAX = 1000;

/**
 * Requests to join an organisation: a signed-in person with a verified email asks (one pending
 * request per organisation) and the organisation's owners and admins are told by mail; they
 * approve (membership as member) or reject, and the requester is told by mail. Every mail is in
 * its recipient's language and sent after the commit.
 */
@Injectable()
export class JoinRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(JoinRequestEntity)
    private readonly requests: Repository<JoinRequestEntity>,
    private readonly organisations: OrganisationsService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  async request(
    user: AuthUser,
    organisationId: string,
    rawMessage?: string | null,
  ): Promise<JoinRequest> {
    if (!user.emailVerified) throw new AppError('EMAIL_NOT_VERIFIED');
    const message = rawMessage?.trim() || null;
    new FieldErrors()
      .check('message', (message?.length ?? 0) <= JOIN_REQUEST_MESSAGE_MAX, 'TEXT_TOO_LONG')
      .throwIfAny();
    let created: { request: JoinRequest; mails: MailMessage[] };
    try {
      created = await this.dataSource.transaction(async (manager) => {
        const organisation = await lockOrganisation(manager, organisationId);
        if (await this.organisations.roleOf(manager, organisationId, user.id))
          throw new AppError('ALREADY_MEMBER');
        const requests = manager.getRepository(JoinRequestEntity);
        if (await requests.existsBy({ organisationId, userId: user.id, status: 'pending' }))
          throw new AppError('JOIN_REQUEST_PENDING');
        const request = await requests.save(
          requests.create({ organisationId, userId: user.id, message, status: 'pending' }),
        );
        await this.audit.record(manager, {
          actorId: user.id,
          action: 'join_request.created',
          subjectType: 'organisation',
          subjectId: organisationId,
          data: { joinRequestId: request.id },
        });
        const link = this.organisationPage(organisationId);
        const mails = (await this.managersOf(manager, organisationId)).map((recipient) => ({
          to: recipient.email,
          ...invitationMails.joinRequestReceived(recipient.locale, {
            recipientName: recipient.fullName,
            requesterName: user.fullName,
            organisationName: organisation.displayName,
            message,
            link,
          }),
        }));
        return { request: toJoinRequest(request, { id: user.id, fullName: user.fullName }), mails };
      });
    } catch (error) {
      // belt and braces: the organisation lock already serialises requests
      if (isUniqueViolation(error, 'organisation_join_request_pending_key'))
        throw new AppError('JOIN_REQUEST_PENDING');
      throw error;
    }
    await Promise.all(
      created.mails.map((mail) => this.notify(mail, created.request.id, 'join request not mailed')),
    );
    return created.request;
  }

  /** The requester becomes a member; pending invitations of their address are withdrawn. */
  approve(user: AuthUser, id: string): Promise<JoinRequest> {
    return this.decide(user, id, 'approved');
  }

  reject(user: AuthUser, id: string): Promise<JoinRequest> {
    return this.decide(user, id, 'rejected');
  }

  /** The caller's own requests, newest first, at most MAX_PENDING_LIST. */
  async mine(user: AuthUser, first: number): Promise<JoinRequest[]> {
    const take = listSize(first);
    if (!take) return [];
    const rows = await this.requests.find({
      where: { userId: user.id },
      order: { createdAt: 'DESC', id: 'ASC' },
      take,
    });
    return rows.map((row) => toJoinRequest(row, { id: user.id, fullName: user.fullName }));
  }

  /** Pending requests of several organisations in one query, oldest first, capped each. */
  async pendingOf(organisationIds: readonly string[]): Promise<JoinRequest[][]> {
    const rows: PendingRow[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT r.id, r.organisation_id, r.user_id, u.full_name, r.message, r.created_at,
                row_number() OVER (PARTITION BY r.organisation_id ORDER BY r.created_at, r.id) AS position
         FROM organisation_join_request r
         JOIN user_account u ON u.id = r.user_id AND u.deleted_at IS NULL
         WHERE r.organisation_id = ANY($1::uuid[]) AND r.status = 'pending'
       ) ranked
       WHERE position <= $2
       ORDER BY created_at, id`,
      [organisationIds, MAX_PENDING_LIST],
    );
    return organisationIds.map((id) =>
      rows
        .filter((row) => row.organisation_id === id)
        .map((row) => ({
          id: row.id,
          organisationId: row.organisation_id,
          person: { id: row.user_id, fullName: row.full_name },
          message: row.message,
          status: 'pending' as const,
          createdAt: row.created_at,
          decidedAt: null,
        })),
    );
  }

  private async decide(
    user: AuthUser,
    id: string,
    status: 'approved' | 'rejected',
  ): Promise<JoinRequest> {
    if (!isUuid(id)) throw new AppError('NOT_FOUND');
    const { request, requester, mail } = await this.dataSource.transaction(async (manager) => {
      const found = await manager.getRepository(JoinRequestEntity).findOneBy({ id });
      if (!found) throw new AppError('NOT_FOUND');
      const organisation = await lockOrganisation(manager, found.organisationId);
      organisationPolicy.manageMembers(
        user,
        await this.organisations.roleOf(manager, organisation.id, user.id),
      );
      // read again under the lock: a concurrent decision may have come first
      const request = await manager
        .getRepository(JoinRequestEntity)
        .findOneBy({ id, status: 'pending' });
      const requester = await manager
        .getRepository(UserAccountEntity)
        .findOneBy({ id: found.userId, deletedAt: IsNull() });
      if (!request || !requester) throw new AppError('NOT_FOUND');

      if (status === 'approved') await this.admit(manager, request, requester);
      request.status = status;
      request.decidedAt = new Date();
      request.decidedBy = user.id;
      await manager
        .getRepository(JoinRequestEntity)
        .update({ id }, { status, decidedAt: request.decidedAt, decidedBy: request.decidedBy });
      await this.audit.record(manager, {
        actorId: user.id,
        action: status === 'approved' ? 'join_request.approved' : 'join_request.rejected',
        subjectType: 'organisation',
        subjectId: organisation.id,
        data: { joinRequestId: id, userId: requester.id },
      });
      const mail =
        status === 'approved'
          ? invitationMails.joinRequestApproved(
              requester.locale,
              requester.fullName,
              organisation.displayName,
              this.organisationPage(organisation.id),
            )
          : invitationMails.joinRequestRejected(
              requester.locale,
              requester.fullName,
              organisation.displayName,
            );
      return { request, requester, mail };
    });
    if (requester.email)
      await this.notify({ to: requester.email, ...mail }, id, 'join request decision not mailed');
    return toJoinRequest(request, { id: requester.id, fullName: requester.fullName });
  }

  /** Membership as member; invitations of the same address to this organisation are withdrawn. */
  private async admit(
    manager: EntityManager,
    request: JoinRequestEntity,
    requester: UserAccountEntity,
  ) {
    const { organisationId } = request;
    if (!(await this.organisations.roleOf(manager, organisationId, requester.id)))
      await manager
        .getRepository(MembershipEntity)
        .insert({ organisationId, userId: requester.id, role: 'member' });
    if (requester.email)
      await manager
        .getRepository(OrganisationInvitationEntity)
        .update(
          { organisationId, email: requester.email, acceptedAt: IsNull(), revokedAt: IsNull() },
          { revokedAt: new Date() },
        );
  }

  /** The owners and admins of the organisation who can be mailed (accounts not erased). */
  private async managersOf(
    manager: EntityManager,
    organisationId: string,
  ): Promise<{ email: string; fullName: string; locale: Locale }[]> {
    const accounts = await manager
      .getRepository(UserAccountEntity)
      .createQueryBuilder('user')
      .innerJoin(MembershipEntity, 'membership', 'membership.user_id = user.id')
      .where('membership.organisation_id = :organisationId', { organisationId })
      .andWhere('membership.role IN (:...roles)', { roles: MEMBER_MANAGER_ROLES })
      .andWhere('user.deleted_at IS NULL AND user.email IS NOT NULL')
      .orderBy('user.id')
      .getMany();
    return accounts.flatMap(({ email, fullName, locale }) =>
      email ? [{ email, fullName, locale }] : [],
    );
  }

  /** The organisation's page in the web app, where its owners and admins decide requests. */
  private organisationPage(organisationId: string): string {
    return `${this.config.publicUrl}/organisations/${organisationId}`;
  }

  /**
   * The request or decision is committed whatever happens to the mail: a delivery failure is
   * logged (by MailService too) and does not become an error the person would retry.
   */
  private async notify(message: MailMessage, joinRequestId: string, failure: string) {
    try {
      await this.mail.send(message);
    } catch (error) {
      this.logger.warn({ joinRequestId, reason: (error as Error).message }, failure);
    }
  }
}

function toJoinRequest(
  row: JoinRequestEntity,
  person: { id: string; fullName: string },
): JoinRequest {
  return {
    id: row.id,
    organisationId: row.organisationId,
    person,
    message: row.message,
    status: row.status,
    createdAt: row.createdAt,
    decidedAt: row.decidedAt,
  };
}

interface PendingRow {
  id: string;
  organisation_id: string;
  user_id: string;
  full_name: string;
  message: string | null;
  created_at: Date;
}
