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
   * item's organisation → PROJECT_GROUP_INVALID; a group of exactly these partnerships →
   * PROJECT_GROUP_EXISTS. The partnerships are locked while checked, so two identical requests
   * at once cannot both pass the second check.
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
      if (await this.groupOfExactly(manager, ids)) throw new AppError('PROJECT_GROUP_EXISTS');
      const partners = partnerships.map((p) => ({
        partnershipId: p.id,
        organisationId:
          p.initiatorOrganisationId === ownerId
            ? p.recipientOrganisationId
            : p.initiatorOrganisationId,
      }));
      const titles = { it: partnerships[0]!.itemTitleIt, en: partnerships[0]!.itemTitleEn };
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
          title: titles.it || titles.en,
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
      return toProjectGroup(group, {
        organisationIds: partners.map((p) => p.organisationId),
        ...titles,
      });
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

  /**
   * The partner organisations of several groups and their item's titles, read from the titles
   * copied on the members' partnerships (one query; a group needs no columns of its own).
   */
  private async membersOf(ids: readonly string[]): Promise<GroupMembers[]> {
    if (!ids.length) return [];
    const rows = (await this.dataSource.query(
      `SELECT m.project_group_id, m.organisation_id, p.item_title_it, p.item_title_en
         FROM project_group_member m LEFT JOIN partnership p ON p.id = m.partnership_id
        WHERE m.project_group_id = ANY($1::uuid[]) ORDER BY p.created_at, p.id`,
      [ids],
    )) as {
      project_group_id: string;
      organisation_id: string;
      item_title_it: string | null;
      item_title_en: string | null;
    }[];
    return ids.map((id) => {
      const mine = rows.filter((row) => row.project_group_id === id);
      const titled = mine.find((row) => row.item_title_it !== null);
      return {
        organisationIds: mine.map((row) => row.organisation_id),
        it: titled?.item_title_it ?? '',
        en: titled?.item_title_en ?? '',
      };
    });
  }

  /** Whether a group already gathers exactly these partnerships (no more, no fewer). */
  private async groupOfExactly(manager: EntityManager, ids: readonly string[]): Promise<boolean> {
    const [row] = (await manager.query(
      `SELECT 1 FROM project_group_member m
        WHERE m.partnership_id = ANY($1::uuid[])
        GROUP BY m.project_group_id
       HAVING count(*) = $2
          AND count(*) = (SELECT count(*) FROM project_group_member a
                           WHERE a.project_group_id = m.project_group_id)
        LIMIT 1`,
      [ids, ids.length],
    )) as unknown[];
    return row !== undefined;
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

/** A group's partner organisations and its item's titles. */
interface GroupMembers {
  organisationIds: string[];
  it: string;
  en: string;
}

function toProjectGroup(group: ProjectGroupEntity, members: GroupMembers): ProjectGroup {
  return {
    id: group.id,
    itemType: group.itemType,
    itemId: group.itemId,
    itemTitleIt: members.it,
    itemTitleEn: members.en,
    ownerOrganisationId: group.ownerOrganisationId,
    memberOrganisationIds: members.organisationIds,
    roomId: group.roomId,
    createdAt: group.createdAt,
  };
}
