import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { OrganisationRole } from '@oip/domain';
import { DataSource, In, Not, Repository, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { isUuid } from '../../common/ids';
import { Clock } from '../../common/time/clock';
import { AuditService } from '../audit/audit.service';
import type { OrganisationInput } from './dto/organisation.inputs';
import { MembershipEntity } from './entities/membership.entity';
import { OrganisationEntity } from './entities/organisation.entity';
import { validateOrganisation, type OrganisationValues } from './organisation-validation';
import { organisationPolicy } from './organisations.policy';

const UNIQUE_VIOLATION = '23505';

/** Organisations and their members: creation, editing, verification, roles, leaving. */
@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(OrganisationEntity)
    private readonly organisations: Repository<OrganisationEntity>,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Creates the organisation with its creator as owner, in one transaction. */
  async create(user: AuthUser, input: OrganisationInput): Promise<OrganisationEntity> {
    organisationPolicy.create(user);
    const values = validateOrganisation(input);
    return this.write(async (manager) => {
      await this.checkParent(manager, values.parentId, null);
      const organisation = await manager
        .getRepository(OrganisationEntity)
        .save(manager.create(OrganisationEntity, values));
      await manager
        .getRepository(MembershipEntity)
        .insert({ organisationId: organisation.id, userId: user.id, role: 'owner' });
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'organisation.created',
        subjectType: 'organisation',
        subjectId: organisation.id,
      });
      return organisation;
    });
  }

  async update(user: AuthUser, id: string, input: OrganisationInput): Promise<OrganisationEntity> {
    return this.write(async (manager) => {
      const organisation = await this.find(manager, id);
      organisationPolicy.edit(user, await this.roleOf(manager, id, user.id));
      const values = validateOrganisation(input);
      await this.checkParent(manager, values.parentId, id);
      Object.assign(organisation, values);
      return manager.getRepository(OrganisationEntity).save(organisation);
    });
  }

  /** A moderator marks an organisation as checked (or withdraws it); audited. */
  async setVerified(user: AuthUser, id: string, verified: boolean): Promise<OrganisationEntity> {
    organisationPolicy.verify(user);
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.find(manager, id);
      organisation.verifiedAt = verified ? (organisation.verifiedAt ?? new Date()) : null;
      await manager
        .getRepository(OrganisationEntity)
        .update({ id }, { verifiedAt: organisation.verifiedAt });
      await this.audit.record(manager, {
        actorId: user.id,
        action: verified ? 'organisation.verified' : 'organisation.unverified',
        subjectType: 'organisation',
        subjectId: id,
      });
      return organisation;
    });
  }

  /**
   * Deactivates (`active` false) or reactivates an organisation; audited. Its published items
   * stay as they are: the matches and publishing read `deactivated_at` (decision 0018).
   */
  async setActive(user: AuthUser, id: string, active: boolean): Promise<OrganisationEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockOrganisation(manager, id);
      organisationPolicy.setActive(user, await this.roleOf(manager, id, user.id));
      const organisation = await this.find(manager, id);
      if (active === (organisation.deactivatedAt === null))
        throw new AppError(
          active ? 'ORGANISATION_ALREADY_ACTIVE' : 'ORGANISATION_ALREADY_INACTIVE',
        );
      organisation.deactivatedAt = active ? null : this.clock.now();
      await manager
        .getRepository(OrganisationEntity)
        .update({ id }, { deactivatedAt: organisation.deactivatedAt });
      await this.audit.record(manager, {
        actorId: user.id,
        action: active ? 'organisation.reactivated' : 'organisation.deactivated',
        subjectType: 'organisation',
        subjectId: id,
      });
      return organisation;
    });
  }

  /** ORGANISATION_INACTIVE when it is deactivated: for whatever publishes in its name. */
  async assertActive(manager: EntityManager, id: string): Promise<void> {
    const organisation = await manager.getRepository(OrganisationEntity).findOneBy({ id });
    if (organisation?.deactivatedAt) throw new AppError('ORGANISATION_INACTIVE');
  }

  async changeRole(
    user: AuthUser,
    organisationId: string,
    memberId: string,
    role: OrganisationRole,
  ) {
    await this.dataSource.transaction(async (manager) => {
      await this.lockOrganisation(manager, organisationId);
      const actorRole = await this.roleOf(manager, organisationId, user.id);
      // access first: a caller who manages no one learns nothing about who is a member
      organisationPolicy.manageMembers(user, actorRole);
      const current = await this.roleOf(manager, organisationId, memberId);
      if (!current) throw new AppError('NOT_FOUND');
      if (role === 'owner' || current === 'owner') organisationPolicy.manageOwners(user, actorRole);
      if (current === 'owner' && role !== 'owner')
        await this.keepAnOwner(manager, organisationId, memberId);
      await manager
        .getRepository(MembershipEntity)
        .update({ organisationId, userId: memberId }, { role });
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'membership.role_changed',
        subjectType: 'organisation',
        subjectId: organisationId,
        data: { memberId, role },
      });
    });
  }

  /** Removes a member (admins) or oneself (leave); never the last owner. */
  async removeMember(user: AuthUser, organisationId: string, memberId: string) {
    await this.dataSource.transaction(async (manager) => {
      await this.lockOrganisation(manager, organisationId);
      const leaving = memberId === user.id;
      const actorRole = leaving ? null : await this.roleOf(manager, organisationId, user.id);
      // access first: a caller who manages no one learns nothing about who is a member
      if (!leaving) organisationPolicy.manageMembers(user, actorRole);
      const current = await this.roleOf(manager, organisationId, memberId);
      if (!current) throw new AppError('NOT_FOUND');
      if (!leaving && current === 'owner') organisationPolicy.manageOwners(user, actorRole);
      if (current === 'owner') await this.keepAnOwner(manager, organisationId, memberId);
      await manager.getRepository(MembershipEntity).delete({ organisationId, userId: memberId });
      await this.audit.record(manager, {
        actorId: user.id,
        action: memberId === user.id ? 'membership.left' : 'membership.removed',
        subjectType: 'organisation',
        subjectId: organisationId,
        data: { memberId },
      });
    });
  }

  /**
   * Hands ownership to another member; the previous owner stays as admin. An owner hands over
   * their own ownership; a platform admin (not an owner) moves it from every current owner.
   */
  async transferOwnership(user: AuthUser, organisationId: string, newOwnerId: string) {
    await this.dataSource.transaction(async (manager) => {
      await this.lockOrganisation(manager, organisationId);
      const actorRole = await this.roleOf(manager, organisationId, user.id);
      organisationPolicy.manageOwners(user, actorRole);
      if (!(await this.roleOf(manager, organisationId, newOwnerId)))
        throw new AppError('NOT_FOUND');
      const repository = manager.getRepository(MembershipEntity);
      await repository.update({ organisationId, userId: newOwnerId }, { role: 'owner' });
      const previousOwners = actorRole === 'owner' ? user.id : Not(newOwnerId);
      if (newOwnerId !== user.id)
        await repository.update(
          { organisationId, userId: previousOwners, role: 'owner' },
          { role: 'admin' },
        );
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'organisation.ownership_transferred',
        subjectType: 'organisation',
        subjectId: organisationId,
        data: { newOwnerId },
      });
    });
  }

  findById(id: string): Promise<OrganisationEntity | null> {
    return isUuid(id) ? this.organisations.findOneBy({ id }) : Promise.resolve(null);
  }

  /** Malformed ids (any string is a GraphQL ID) are simply not found, not a database error. */
  async findByIds(ids: readonly string[]): Promise<OrganisationEntity[]> {
    const valid = ids.filter(isUuid);
    return valid.length ? this.organisations.findBy({ id: In(valid) }) : [];
  }

  /** Sub-organisations of several organisations in one query (at most 100 each, by name). */
  async childrenOf(ids: readonly string[]): Promise<OrganisationEntity[][]> {
    const rows = await this.organisations.find({
      where: { parentId: In([...ids]) },
      order: { displayName: 'ASC' },
    });
    return ids.map((id) => rows.filter((row) => row.parentId === id).slice(0, 100));
  }

  /** Members of several organisations in one query, owners first then by name. */
  async membersOf(ids: readonly string[]): Promise<MembershipEntity[][]> {
    const rows = await this.memberships
      .createQueryBuilder('membership')
      .innerJoinAndSelect('membership.user', 'user', 'user.deleted_at IS NULL')
      .where('membership.organisation_id IN (:...ids)', { ids })
      .orderBy(`CASE membership.role WHEN 'owner' THEN 0 WHEN 'admin' THEN 1 ELSE 2 END`)
      .addOrderBy('user.full_name')
      .getMany();
    return ids.map((id) => rows.filter((row) => row.organisationId === id));
  }

  /** The organisations a person belongs to, by name (at most `limit`). */
  async organisationsOf(userId: string, limit: number): Promise<OrganisationEntity[]> {
    return this.dataSource
      .getRepository(OrganisationEntity)
      .createQueryBuilder('organisation')
      .innerJoin(
        MembershipEntity,
        'membership',
        'membership.organisation_id = organisation.id AND membership.user_id = :userId',
        { userId },
      )
      .orderBy('organisation.displayName')
      .addOrderBy('organisation.id')
      .limit(limit)
      .getMany();
  }

  /** The roles of one person in several organisations (for `myRole`), in one query. */
  async rolesOf(
    userId: string,
    organisationIds: readonly string[],
  ): Promise<(OrganisationRole | null)[]> {
    const rows = await this.memberships.findBy({
      userId,
      organisationId: In([...organisationIds]),
    });
    return organisationIds.map((id) => rows.find((row) => row.organisationId === id)?.role ?? null);
  }

  async roleOf(
    manager: EntityManager,
    organisationId: string,
    userId: string,
  ): Promise<OrganisationRole | null> {
    if (!isUuid(organisationId) || !isUuid(userId)) return null;
    const membership = await manager
      .getRepository(MembershipEntity)
      .findOneBy({ organisationId, userId });
    return membership?.role ?? null;
  }

  private async find(manager: EntityManager, id: string): Promise<OrganisationEntity> {
    if (!isUuid(id)) throw new AppError('NOT_FOUND');
    const organisation = await manager.getRepository(OrganisationEntity).findOneBy({ id });
    if (!organisation) throw new AppError('NOT_FOUND');
    return organisation;
  }

  /** Serialises membership changes of one organisation (so two owners cannot both leave). */
  private async lockOrganisation(manager: EntityManager, id: string) {
    await this.find(manager, id);
    await manager.query('SELECT 1 FROM organisation WHERE id = $1 FOR UPDATE', [id]);
  }

  private async keepAnOwner(
    manager: EntityManager,
    organisationId: string,
    leavingOwnerId: string,
  ) {
    const owners = await manager
      .getRepository(MembershipEntity)
      .countBy({ organisationId, role: 'owner' });
    if (owners <= 1) throw new AppError('LAST_OWNER', { memberId: leavingOwnerId });
  }

  /** The parent must exist and must not be the organisation itself or one of its descendants. */
  private async checkParent(
    manager: EntityManager,
    parentId: string | null,
    selfId: string | null,
  ) {
    if (!parentId) return;
    const invalid = () =>
      new AppError('VALIDATION_FAILED', { fields: { parentId: 'PARENT_INVALID' } });
    if (!isUuid(parentId) || parentId === selfId) throw invalid();
    // Moving an existing organisation: two concurrent moves (A under B, B under A) would each
    // pass the check below and commit a cycle, so moves wait for each other until commit.
    if (selfId)
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('organisation.hierarchy'))`);
    const [row] = await manager.query(
      `WITH RECURSIVE ancestors(id, parent_id, depth) AS (
         SELECT id, parent_id, 1 FROM organisation WHERE id = $1
         UNION ALL
         SELECT o.id, o.parent_id, a.depth + 1 FROM organisation o JOIN ancestors a ON o.id = a.parent_id WHERE a.depth < 50
       )
       SELECT count(*)::int AS found, bool_or(id = $2) AS cycle FROM ancestors`,
      [parentId, selfId],
    );
    if (!row.found || row.cycle) throw invalid();
  }

  /** Runs a write; a duplicate VAT number (even from a concurrent request) is a field error. */
  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      const failure = error as { driverError?: { code?: string; constraint?: string } };
      const driverError = failure.driverError ?? (error as { code?: string; constraint?: string });
      if (
        driverError.code === UNIQUE_VIOLATION &&
        driverError.constraint === 'organisation_vat_key'
      ) {
        throw new AppError('VALIDATION_FAILED', { fields: { vatNumber: 'VAT_TAKEN' } });
      }
      throw error;
    }
  }
}

export type { OrganisationValues };
