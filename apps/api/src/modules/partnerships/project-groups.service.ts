import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PARTNERSHIP_LIMITS, type PartnershipItemType } from '@oip/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { checkPageSize } from '../../common/graphql/keyset-cursor';
import { isUuid } from '../../common/ids';
import { Clock } from '../../common/time/clock';
import { AuditService } from '../audit/audit.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { PRIVATE_ROOMS, type PrivateRooms } from '../rooms/private-rooms';
import type { FormProjectGroupInput } from './dto/partnership.inputs';
import { PartnershipEntity } from './entities/partnership.entity';
import { ProjectGroupMemberEntity } from './entities/project-group-member.entity';
import { ProjectGroupEntity } from './entities/project-group.entity';
import type { ProjectGroup } from './models/partnership.model';
import { partnershipPolicy } from './partnerships.policy';

export const MAX_PROJECT_GROUPS = 50;

/** The table of each kind of item, to read its owning organisation. */
const ITEM_TABLES: Record<PartnershipItemType, string> = {
  challenge: 'challenge',
  offer: 'technology_offer',
  request: 'collaboration_request',
};

/**
 * Confidential project groups: the owners and admins of an item's organisation gather at least
 * two of its ACTIVE partnerships on that item into one private room with all the organisations.
 */
@Injectable()
export class ProjectGroupsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(PRIVATE_ROOMS) private readonly rooms: PrivateRooms,
  ) {}

  /**
   * Item unknown → NOT_FOUND; caller not an owner/admin of the item's organisation →
   * FORBIDDEN; partnerships fewer than two, not ACTIVE, not on that item or not with the
   * item's organisation → PROJECT_GROUP_INVALID. The partnerships are locked while checked.
   */
  async form(user: AuthUser, input: FormProjectGroupInput): Promise<ProjectGroup> {
    return this.dataSource.transaction(async (manager) => {
      const ownerId = await this.ownerOf(manager, input.itemType, input.itemId);
      partnershipPolicy.actFor(await this.organisations.roleOf(manager, ownerId, user.id));
      const ids = [...new Set(input.partnershipIds)];
      if (
        ids.length !== input.partnershipIds.length ||
        ids.length < PARTNERSHIP_LIMITS.groupMin ||
        ids.length > PARTNERSHIP_LIMITS.groupMax ||
        !ids.every(isUuid)
      )
        throw new AppError('PROJECT_GROUP_INVALID');
      const partnerships = await manager.getRepository(PartnershipEntity).find({
        where: { id: In(ids) },
        lock: { mode: 'pessimistic_write' },
      });
      const valid =
        partnerships.length === ids.length &&
        partnerships.every(
          (p) =>
            p.status === 'active' &&
            p.itemType === input.itemType &&
            p.itemId === input.itemId &&
            (p.initiatorOrganisationId === ownerId || p.recipientOrganisationId === ownerId),
        );
      if (!valid) throw new AppError('PROJECT_GROUP_INVALID');
      const partners = partnerships.map((p) => ({
        partnershipId: p.id,
        organisationId:
          p.initiatorOrganisationId === ownerId
            ? p.recipientOrganisationId
            : p.initiatorOrganisationId,
      }));
      const title = partnerships[0]!.itemTitleIt || partnerships[0]!.itemTitleEn;
      const groups = manager.getRepository(ProjectGroupEntity);
      const group = groups.create({
        itemType: input.itemType,
        itemId: input.itemId,
        ownerOrganisationId: ownerId,
        createdBy: user.id,
        createdAt: this.clock.now(),
      });
      group.roomId = await this.rooms.open(
        {
          purpose: 'project_group',
          refId: input.itemId,
          title,
          organisationIds: [ownerId, ...partners.map((p) => p.organisationId)],
        },
        manager,
      );
      await groups.save(group);
      await manager
        .getRepository(ProjectGroupMemberEntity)
        .insert(partners.map((p) => ({ ...p, projectGroupId: group.id })));
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'project_group.form',
        subjectType: 'project_group',
        subjectId: group.id,
        data: { itemType: input.itemType, itemId: input.itemId, partnershipIds: ids },
      });
      return toProjectGroup(
        group,
        partners.map((p) => p.organisationId),
      );
    });
  }

  /** The groups an organisation owns or belongs to, newest first; its members only. */
  async listFor(user: AuthUser, organisationId: string, first: number): Promise<ProjectGroup[]> {
    checkPageSize(first, MAX_PROJECT_GROUPS);
    if (!isUuid(organisationId) || !(await this.organisations.findById(organisationId)))
      throw new AppError('NOT_FOUND');
    partnershipPolicy.readOrganisation(
      await this.organisations.roleOf(this.dataSource.manager, organisationId, user.id),
    );
    const groups = await this.dataSource
      .getRepository(ProjectGroupEntity)
      .createQueryBuilder('g')
      .where(
        `g.owner_organisation_id = :organisationId OR EXISTS (SELECT 1 FROM project_group_member m WHERE m.project_group_id = g.id AND m.organisation_id = :organisationId)`,
        { organisationId },
      )
      .orderBy('g.created_at', 'DESC')
      .addOrderBy('g.id', 'DESC')
      .take(first)
      .getMany();
    const members = await this.membersOf(groups.map((g) => g.id));
    return groups.map((group, index) => toProjectGroup(group, members[index]!));
  }

  /** The partner organisations of several groups (one query). */
  private async membersOf(ids: readonly string[]): Promise<string[][]> {
    if (!ids.length) return [];
    const rows = await this.dataSource
      .getRepository(ProjectGroupMemberEntity)
      .findBy({ projectGroupId: In([...ids]) });
    return ids.map((id) =>
      rows.filter((row) => row.projectGroupId === id).map((row) => row.organisationId),
    );
  }

  private async ownerOf(
    manager: EntityManager,
    type: PartnershipItemType,
    id: string,
  ): Promise<string> {
    if (!isUuid(id)) throw new AppError('NOT_FOUND');
    const [row] = (await manager.query(
      `SELECT organisation_id FROM ${ITEM_TABLES[type]} WHERE id = $1`,
      [id],
    )) as { organisation_id: string }[];
    if (!row) throw new AppError('NOT_FOUND');
    return row.organisation_id;
  }
}

function toProjectGroup(group: ProjectGroupEntity, memberOrganisationIds: string[]): ProjectGroup {
  return {
    id: group.id,
    itemType: group.itemType,
    itemId: group.itemId,
    ownerOrganisationId: group.ownerOrganisationId,
    memberOrganisationIds,
    roomId: group.roomId,
    createdAt: group.createdAt,
  };
}
