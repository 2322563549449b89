import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PARTNERSHIP_LIMITS, partnershipTransition, type PartnershipAction } from '@oip/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { DomainEvents } from '../../common/events/domain-events';
import { isUuid } from '../../common/ids';
import { Clock } from '../../common/time/clock';
import { AuditService } from '../audit/audit.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { PRIVATE_ROOMS, type PrivateRooms } from '../rooms/private-rooms';
import type { ExpressInterestInput } from './dto/partnership.inputs';
import { PartnershipMessageEntity } from './entities/partnership-message.entity';
import { PartnershipEntity } from './entities/partnership.entity';
import { PartnershipItems } from './partnership-items';
import { PartnershipNotifier, type PartnershipNotice } from './partnership-notifier';
import { checkDeclineReason, checkMessage, recipientOf } from './partnership-rules';
import { partnershipPolicy, type PartnershipViewer } from './partnerships.policy';

/** What a change produced, to act on after the commit (mails, the domain event). */
interface Outcome {
  partnership: PartnershipEntity;
  notices: PartnershipNotice[];
  activated: boolean;
}

/** A decision on a partnership by one of its sides (the state machine's actions but `cross`). */
export type PartnershipDecision = Exclude<PartnershipAction, 'cross'>;

const LIVE = `status IN ('proposed', 'active')`;
const SAME_PAIR_AND_ITEM = `LEAST(initiator_organisation_id, recipient_organisation_id) = LEAST($1::uuid, $2::uuid)
  AND GREATEST(initiator_organisation_id, recipient_organisation_id) = GREATEST($1::uuid, $2::uuid)
  AND item_type = $3 AND item_id = $4`;

/**
 * Partnerships (decision 0016): expressing interest (duplicates and crossing requests merge into
 * the one live record of a pair and item, guaranteed by a partial unique index), accepting
 * (the private room opens in the same transaction), declining, withdrawing, concluding. Every
 * change is audited; mails and the `partnership.activated` event go out after the commit.
 */
@Injectable()
export class PartnershipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly items: PartnershipItems,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
    private readonly notifier: PartnershipNotifier,
    @Inject(PRIVATE_ROOMS) private readonly rooms: PrivateRooms,
  ) {}

  /** The partnership if the caller may see it (either side's members, staff); NOT_FOUND otherwise. */
  async findVisible(
    user: AuthUser,
    id: string,
    manager: EntityManager = this.dataSource.manager,
    forUpdate = false,
  ): Promise<{ partnership: PartnershipEntity; viewer: PartnershipViewer }> {
    if (!isUuid(id)) throw new AppError('NOT_FOUND');
    const partnership = await manager.getRepository(PartnershipEntity).findOne({
      where: { id },
      ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!partnership) throw new AppError('NOT_FOUND');
    const viewer = await this.viewerOf(user, partnership, manager);
    partnershipPolicy.see(viewer);
    return { partnership, viewer };
  }

  async viewerOf(
    user: AuthUser,
    partnership: Pick<PartnershipEntity, 'initiatorOrganisationId' | 'recipientOrganisationId'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PartnershipViewer> {
    const [initiatorRole, recipientRole] = await Promise.all([
      this.organisations.roleOf(manager, partnership.initiatorOrganisationId, user.id),
      this.organisations.roleOf(manager, partnership.recipientOrganisationId, user.id),
    ]);
    return { user, initiatorRole, recipientRole };
  }

  /**
   * A new proposed partnership, or the live one of the same pair and item: a duplicate returns
   * it unchanged (its message appended if new), a crossing request (the recipient expressing
   * interest back) makes it active. Concurrent requests meet at the unique index: the second
   * waits for the first to commit, then merges into its row.
   */
  async expressInterest(user: AuthUser, input: ExpressInterestInput): Promise<PartnershipEntity> {
    const message = checkMessage(input.message);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const from = input.fromOrganisationId;
      if (!(await this.organisations.findById(from))) throw new AppError('NOT_FOUND');
      partnershipPolicy.actFor(await this.organisations.roleOf(manager, from, user.id));
      const item = await this.items.available(user, input.itemType, input.itemId, manager);
      const to = recipientOf(from, item.ownerOrganisationId, input.toOrganisationId);
      if (!(await this.organisations.findById(to))) throw new AppError('NOT_FOUND');
      const key = [from, to, input.itemType, input.itemId];
      // the live row may end between the failed insert and the lock: then insert again
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const insertedId = await this.insertLive(manager, user, key, item);
        if (insertedId) return this.proposed(manager, user, insertedId, message);
        const [live] = (await manager.query(
          `SELECT id FROM partnership WHERE ${SAME_PAIR_AND_ITEM} AND ${LIVE} FOR UPDATE`,
          key,
        )) as { id: string }[];
        if (live) return this.merge(manager, user, live.id, from, message);
      }
      throw new Error('expressInterest: the live partnership kept changing');
    });
    return this.afterCommit(outcome);
  }

  /**
   * accept (the room opens) / decline (optional reason) by the recipient's owners and admins;
   * withdraw by the initiator's; conclude by either side's. The row is locked: of two
   * concurrent decisions the second meets the new status.
   */
  async decide(
    user: AuthUser,
    id: string,
    action: PartnershipDecision,
    reason?: string | null,
  ): Promise<PartnershipEntity> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<Outcome> => {
      const { partnership, viewer } = await this.findVisible(user, id, manager, true);
      const status = partnershipPolicy.perform(partnership, viewer, action);
      const now = this.clock.now();
      const changes: Partial<PartnershipEntity> =
        action === 'conclude'
          ? { status, concludedBy: user.id, concludedAt: now }
          : { status, decidedBy: user.id, decidedAt: now };
      if (action === 'decline') changes.declineReason = checkDeclineReason(reason);
      if (action === 'accept') changes.roomId = await this.openRoom(manager, partnership);
      await manager.getRepository(PartnershipEntity).update({ id }, changes);
      await this.record(manager, user, `partnership.${action}`, partnership, {
        ...(action === 'decline' ? { reasonGiven: changes.declineReason !== null } : {}),
      });
      const updated = { ...partnership, ...changes };
      const notices: PartnershipNotice[] =
        action === 'accept' || action === 'decline'
          ? [
              this.notice(updated, action === 'accept' ? 'accepted' : 'declined', {
                to: partnership.initiatorOrganisationId,
                quote: action === 'decline' ? (changes.declineReason ?? null) : null,
              }),
            ]
          : [];
      return { partnership: updated, notices, activated: action === 'accept' };
    });
    return this.afterCommit(outcome);
  }

  /** INSERT … ON CONFLICT DO NOTHING on the live pair index: the new id, or null if one is live. */
  private async insertLive(
    manager: EntityManager,
    user: AuthUser,
    [from, to, itemType, itemId]: string[],
    item: { titleIt: string; titleEn: string },
  ): Promise<string | null> {
    const now = this.clock.now();
    const rows = (await manager.query(
      `INSERT INTO partnership (initiator_organisation_id, recipient_organisation_id, item_type,
          item_id, item_title_it, item_title_en, status, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'proposed', $7, $8, $8)
       ON CONFLICT (LEAST(initiator_organisation_id, recipient_organisation_id),
          GREATEST(initiator_organisation_id, recipient_organisation_id), item_type, item_id)
          WHERE ${LIVE}
       DO NOTHING RETURNING id`,
      [from, to, itemType, itemId, item.titleIt, item.titleEn, user.id, now],
    )) as { id: string }[];
    return rows[0]?.id ?? null;
  }

  private async proposed(
    manager: EntityManager,
    user: AuthUser,
    id: string,
    message: string,
  ): Promise<Outcome> {
    const partnership = await manager.getRepository(PartnershipEntity).findOneByOrFail({ id });
    await this.addMessage(manager, user, partnership, partnership.initiatorOrganisationId, message);
    await this.record(manager, user, 'partnership.propose', partnership);
    const notice = this.notice(partnership, 'interest', {
      to: partnership.recipientOrganisationId,
      quote: message,
    });
    return { partnership, notices: [notice], activated: false };
  }

  /** The live record of the pair and item (locked): a duplicate, or a crossing request. */
  private async merge(
    manager: EntityManager,
    user: AuthUser,
    id: string,
    from: string,
    message: string,
  ): Promise<Outcome> {
    const repository = manager.getRepository(PartnershipEntity);
    const partnership = await repository.findOneByOrFail({ id });
    await this.addMessage(manager, user, partnership, from, message);
    const crossing = partnership.recipientOrganisationId === from;
    const status = crossing ? partnershipTransition(partnership.status, 'cross') : null;
    if (!status) return { partnership, notices: [], activated: false };
    const changes: Partial<PartnershipEntity> = {
      status,
      decidedBy: user.id,
      decidedAt: this.clock.now(),
      roomId: await this.openRoom(manager, partnership),
    };
    await repository.update({ id }, changes);
    await this.record(manager, user, 'partnership.cross', partnership);
    const updated = { ...partnership, ...changes };
    const notice = this.notice(updated, 'accepted', {
      to: partnership.initiatorOrganisationId,
      quote: null,
    });
    return { partnership: updated, notices: [notice], activated: true };
  }

  /** Appends what `organisationId` wrote, unless it wrote exactly that already (or the cap is hit). */
  private async addMessage(
    manager: EntityManager,
    user: AuthUser,
    partnership: PartnershipEntity,
    organisationId: string,
    body: string,
  ): Promise<void> {
    const messages = manager.getRepository(PartnershipMessageEntity);
    const existing = await messages.findBy({ partnershipId: partnership.id });
    if (existing.length >= PARTNERSHIP_LIMITS.messagesMax) return;
    if (existing.some((m) => m.organisationId === organisationId && m.body === body)) return;
    await messages.insert({
      partnershipId: partnership.id,
      organisationId,
      authorId: user.id,
      body,
      createdAt: this.clock.now(),
    });
  }

  private openRoom(manager: EntityManager, partnership: PartnershipEntity): Promise<string> {
    return this.rooms.open(
      {
        purpose: 'partnership',
        refId: partnership.id,
        title: partnership.itemTitleIt || partnership.itemTitleEn,
        organisationIds: [partnership.initiatorOrganisationId, partnership.recipientOrganisationId],
      },
      manager,
    );
  }

  private record(
    manager: EntityManager,
    user: AuthUser,
    action: string,
    partnership: PartnershipEntity,
    data: Record<string, unknown> = {},
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: user.id,
      action,
      subjectType: 'partnership',
      subjectId: partnership.id,
      data: {
        initiatorOrganisationId: partnership.initiatorOrganisationId,
        recipientOrganisationId: partnership.recipientOrganisationId,
        itemType: partnership.itemType,
        itemId: partnership.itemId,
        ...data,
      },
    });
  }

  private notice(
    partnership: PartnershipEntity,
    news: PartnershipNotice['news'],
    { to, quote }: { to: string; quote: string | null },
  ): PartnershipNotice {
    const from =
      to === partnership.initiatorOrganisationId
        ? partnership.recipientOrganisationId
        : partnership.initiatorOrganisationId;
    return {
      news,
      partnershipId: partnership.id,
      toOrganisationId: to,
      fromOrganisationId: from,
      itemTitle: { it: partnership.itemTitleIt, en: partnership.itemTitleEn },
      quote,
    };
  }

  /** Mails and the domain event, once the change is committed. */
  private async afterCommit(outcome: Outcome): Promise<PartnershipEntity> {
    const { partnership } = outcome;
    if (outcome.activated && partnership.roomId)
      this.events.emit('partnership.activated', {
        partnershipId: partnership.id,
        initiatorOrganisationId: partnership.initiatorOrganisationId,
        recipientOrganisationId: partnership.recipientOrganisationId,
        itemType: partnership.itemType,
        itemId: partnership.itemId,
        roomId: partnership.roomId,
      });
    await Promise.all(outcome.notices.map((notice) => this.notifier.notify(notice)));
    return partnership;
  }
}
