import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PartnershipItemType } from '@oip/domain';
import { DataSource, In } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { checkPageSize, encodeCursor } from '../../common/graphql/keyset-cursor';
import { newestFirstPage } from '../../common/graphql/newest-first-page';
import { isUuid } from '../../common/ids';
import { OrganisationsService } from '../organisations/organisations.service';
import { PartnershipMessageEntity } from './entities/partnership-message.entity';
import { PartnershipEntity } from './entities/partnership.entity';
import type { PartnershipBox } from './models/partnership.enums';
import { partnershipPolicy } from './partnerships.policy';

export const MAX_PARTNERSHIP_PAGE_SIZE = 50;

/**
 * The cap of `myOpenPartnerships`, one list a page looks its buttons up in: 50 like the inbox's
 * pages, so the web's selection (with Apollo's __typename) stays within the complexity budget.
 */
export const MAX_OPEN_PARTNERSHIPS = 50;

/** Which partnerships of an organisation each box of the inbox holds. */
const BOX_WHERE: Record<PartnershipBox, string> = {
  received: `p.recipient_organisation_id = :organisationId AND p.status = 'proposed'`,
  sent: `p.initiator_organisation_id = :organisationId AND p.status = 'proposed'`,
  active: `(p.initiator_organisation_id = :organisationId OR p.recipient_organisation_id = :organisationId) AND p.status IN ('active', 'concluded')`,
  // what did not happen stays readable: a sender learns that, and why, it was declined
  closed: `(p.initiator_organisation_id = :organisationId OR p.recipient_organisation_id = :organisationId) AND p.status IN ('declined', 'withdrawn')`,
};

/** An organisation's partnership inbox (keyset pages, newest first) and the messages of several. */
@Injectable()
export class PartnershipsDirectory {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
  ) {}

  /** Members of the organisation only (FORBIDDEN otherwise). */
  async page(
    user: AuthUser,
    organisationId: string,
    box: PartnershipBox,
    first: number,
    after: string | null,
  ) {
    if (!isUuid(organisationId) || !(await this.organisations.findById(organisationId)))
      throw new AppError('NOT_FOUND');
    partnershipPolicy.readOrganisation(
      await this.organisations.roleOf(this.dataSource.manager, organisationId, user.id),
    );
    const query = this.dataSource
      .getRepository(PartnershipEntity)
      .createQueryBuilder('p')
      .where(BOX_WHERE[box], { organisationId });
    const totalCount = await query.clone().getCount();
    const { rows, pageInfo } = await newestFirstPage(
      query,
      'p',
      'created_at',
      (row) => row.createdAt,
      first,
      after,
      MAX_PARTNERSHIP_PAGE_SIZE,
    );
    return {
      edges: rows.map((node) => ({
        node,
        cursor: encodeCursor({ k: node.createdAt.toISOString(), id: node.id }),
      })),
      pageInfo,
      totalCount,
    };
  }

  /**
   * The PROPOSED and ACTIVE partnerships of the caller's organisations (member of either side),
   * optionally about one item, newest first; none for anonymous callers. The web reads it once
   * per page to show "Interest sent" / "Partnership active" instead of "Express interest".
   */
  async openForViewer(
    user: AuthUser | null,
    item: { type: PartnershipItemType; id: string } | null,
    first: number,
  ): Promise<PartnershipEntity[]> {
    checkPageSize(first, MAX_OPEN_PARTNERSHIPS);
    if (!user || (item && !isUuid(item.id))) return [];
    const query = this.dataSource
      .getRepository(PartnershipEntity)
      .createQueryBuilder('p')
      .where(`p.status IN ('proposed', 'active')`)
      .andWhere(
        `EXISTS (SELECT 1 FROM membership m WHERE m.user_id = :userId
           AND m.organisation_id IN (p.initiator_organisation_id, p.recipient_organisation_id))`,
        { userId: user.id },
      );
    if (item)
      query.andWhere('p.item_type = :type AND p.item_id = :id', { type: item.type, id: item.id });
    return query.orderBy('p.created_at', 'DESC').addOrderBy('p.id', 'DESC').take(first).getMany();
  }

  /**
   * How many proposals wait for the viewer's decision, per organisation: PROPOSED, received by
   * an organisation the viewer owns or administers (who may accept or decline); those with
   * none are left out, the most waiting first. Nothing for anonymous callers.
   */
  async awaitingDecision(
    user: AuthUser | null,
  ): Promise<{ organisationId: string; count: number }[]> {
    if (!user) return [];
    const rows = await this.dataSource.query<{ organisation_id: string; n: number }[]>(
      `SELECT p.recipient_organisation_id AS organisation_id, count(*)::int AS n
       FROM partnership p
       WHERE p.status = 'proposed' AND p.recipient_organisation_id IN (
         SELECT m.organisation_id FROM membership m
         WHERE m.user_id = $1 AND m.role IN ('owner', 'admin'))
       GROUP BY p.recipient_organisation_id
       ORDER BY n DESC, p.recipient_organisation_id`,
      [user.id],
    );
    return rows.map((row) => ({ organisationId: row.organisation_id, count: row.n }));
  }

  /** The messages of several partnerships in one query, oldest first. */
  async messagesOf(ids: readonly string[]): Promise<PartnershipMessageEntity[][]> {
    const rows = await this.dataSource.getRepository(PartnershipMessageEntity).find({
      where: { partnershipId: In([...ids]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return ids.map((id) => rows.filter((row) => row.partnershipId === id));
  }
}
