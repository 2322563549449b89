import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { commentRequired, type ChallengeAction, type ChallengeStatus } from '@oip/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { Clock } from '../../common/time/clock';
import { isUuid } from '../../common/ids';
import { OrganisationsService } from '../organisations/organisations.service';
import { ChallengeDeadlines } from './challenge-deadlines';
import { validateChallenge } from './challenge-validation';
import type { ChallengeInput } from './dto/challenge.inputs';
import { ChallengeFollowEntity } from './entities/challenge-follow.entity';
import { ChallengeInvitedOrganisationEntity } from './entities/challenge-invited-organisation.entity';
import { ChallengeTransitionEntity } from './entities/challenge-transition.entity';
import { ChallengeEntity } from './entities/challenge.entity';
import { challengePolicy, type ChallengeViewer } from './challenges.policy';

const MAX_COMMENT_LENGTH = 2000;

/**
 * Challenges: creation, optimistic-version edits, lifecycle transitions (audited), following.
 * Other challenge features (submissions, Q&A, evaluation, the deadline job) call
 * `findVisible`, `viewerOf` and `closeDueChallenge` rather than reading the tables.
 */
@Injectable()
export class ChallengesService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly clock: Clock,
    private readonly deadlines: ChallengeDeadlines,
  ) {}

  onModuleInit(): void {
    this.deadlines.onClose((id) => this.closeDueChallenge(id));
  }

  /**
   * The challenge if `user` (null: anonymous) may see it; NOT_FOUND otherwise. `forUpdate`
   * locks the row until `manager`'s transaction ends (for changes that depend on its status).
   */
  async findVisible(
    user: AuthUser | null,
    id: string,
    manager: EntityManager = this.dataSource.manager,
    forUpdate = false,
  ): Promise<{ challenge: ChallengeEntity; viewer: ChallengeViewer }> {
    const challenge = forUpdate ? await this.lock(manager, id) : await this.find(manager, id);
    const viewer = await this.viewerOf(user, challenge, manager);
    challengePolicy.see(challenge, viewer);
    return { challenge, viewer };
  }

  /** The viewer's relation to a challenge: role in the owning organisation, invitation. */
  async viewerOf(
    user: AuthUser | null,
    challenge: Pick<ChallengeEntity, 'id' | 'organisationId'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ChallengeViewer> {
    if (!user) return { user, ownerRole: null, invited: false };
    const [ownerRole, [invited]] = await Promise.all([
      this.organisations.roleOf(manager, challenge.organisationId, user.id),
      this.invitedAmong(user.id, [challenge.id], manager),
    ]);
    return { user, ownerRole, invited: invited ?? false };
  }

  /** For each challenge id, whether one of the person's organisations is invited (one query). */
  async invitedAmong(
    userId: string,
    challengeIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean[]> {
    const rows: { challenge_id: string }[] = await manager.query(
      `SELECT DISTINCT i.challenge_id FROM challenge_invited_organisation i
         JOIN membership m ON m.organisation_id = i.organisation_id
        WHERE m.user_id = $1 AND i.challenge_id = ANY($2::uuid[])`,
      [userId, challengeIds.filter(isUuid)],
    );
    return challengeIds.map((id) => rows.some((row) => row.challenge_id === id));
  }

  /** A new draft (version 1), posted by an owner or admin of the organisation. */
  async create(
    user: AuthUser,
    organisationId: string,
    input: ChallengeInput,
  ): Promise<ChallengeEntity> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.organisations.findById(organisationId))) throw new AppError('NOT_FOUND');
      challengePolicy.create(
        user,
        await this.organisations.roleOf(manager, organisationId, user.id),
      );
      const { values, invitedOrganisationIds } = validateChallenge(input);
      const challenge = await manager.getRepository(ChallengeEntity).save(
        manager.create(ChallengeEntity, {
          ...values,
          organisationId,
          createdBy: user.id,
          status: 'draft',
          version: 1,
        }),
      );
      await this.replaceInvited(manager, challenge.id, invitedOrganisationIds);
      return challenge;
    });
  }

  /**
   * Saves over `expectedVersion` only: a concurrent save that got there first makes this one
   * fail with CHALLENGE_EDIT_CONFLICT (and the current version), never a silent overwrite.
   */
  async update(
    user: AuthUser,
    id: string,
    expectedVersion: number,
    input: ChallengeInput,
  ): Promise<ChallengeEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { challenge, viewer } = await this.findVisible(user, id, manager);
      challengePolicy.edit(challenge, viewer);
      const { values, invitedOrganisationIds } = validateChallenge(input);
      if (challenge.status === 'published' && !this.isFuture(values.deadline))
        throw new AppError('VALIDATION_FAILED', {
          fields: { deadline: 'CHALLENGE_DEADLINE_NOT_IN_FUTURE' },
        });
      const result = await manager
        .createQueryBuilder()
        .update(ChallengeEntity)
        .set({ ...values, version: () => 'version + 1' })
        .where('id = :id AND version = :expectedVersion AND status = :status', {
          id,
          expectedVersion,
          status: challenge.status,
        })
        .execute();
      if (!result.affected) {
        const current = await this.find(manager, id);
        if (current.status !== challenge.status)
          throw new AppError('CHALLENGE_NOT_EDITABLE', { status: current.status });
        throw new AppError('CHALLENGE_EDIT_CONFLICT', { currentVersion: current.version });
      }
      await this.replaceInvited(manager, id, invitedOrganisationIds);
      const saved = await this.find(manager, id);
      if (saved.status === 'published') await this.deadlines.schedule(saved, manager);
      return saved;
    });
  }

  /**
   * Moves a challenge through the state machine. The row is locked (FOR UPDATE) so two
   * concurrent transitions are serialised: the second sees the new status and is refused.
   * With `outer`, it runs inside the caller's transaction (e.g. the award with its winners).
   */
  async transition(
    user: AuthUser,
    id: string,
    action: ChallengeAction,
    comment: string | null,
    outer?: EntityManager,
  ): Promise<ChallengeEntity> {
    const run = async (manager: EntityManager) => {
      const { challenge, viewer } = await this.findVisible(user, id, manager, true);
      const to = challengePolicy.transition(challenge, viewer, action);
      if (to === 'in_review' || to === 'published')
        await this.organisations.assertActive(manager, challenge.organisationId);
      const text = comment?.trim() || null;
      if (commentRequired(action) && !text)
        throw new AppError('VALIDATION_FAILED', {
          fields: { comment: 'CHALLENGE_COMMENT_REQUIRED' },
        });
      if (text && text.length > MAX_COMMENT_LENGTH)
        throw new AppError('VALIDATION_FAILED', { fields: { comment: 'TEXT_TOO_LONG' } });
      if (action === 'approve' && !this.isFuture(challenge.deadline))
        throw new AppError('CHALLENGE_DEADLINE_NOT_IN_FUTURE');
      return this.move(manager, challenge, to, action, user.id, text);
    };
    return outer ? run(outer) : this.dataSource.transaction(run);
  }

  /**
   * For the deadline job (system actor): closes a published challenge whose deadline has
   * passed by the Clock. Idempotent and safe to race: returns whether this call closed it.
   */
  async closeDueChallenge(id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const challenge = await this.lock(manager, id).catch(() => null);
      if (!challenge || challenge.status !== 'published' || !challenge.deadline) return false;
      if (challenge.deadline.getTime() > this.clock.now().getTime()) return false;
      await this.move(manager, challenge, 'closed', 'close', null, null);
      return true;
    });
  }

  async follow(user: AuthUser, id: string, follow: boolean): Promise<ChallengeEntity> {
    const { challenge } = await this.findVisible(user, id);
    const repository = this.dataSource.getRepository(ChallengeFollowEntity);
    if (follow)
      await repository.upsert({ challengeId: id, userId: user.id }, ['challengeId', 'userId']);
    else await repository.delete({ challengeId: id, userId: user.id });
    return challenge;
  }

  /** Malformed ids are simply not found. */
  async findByIds(ids: readonly string[]): Promise<ChallengeEntity[]> {
    const valid = ids.filter(isUuid);
    return valid.length
      ? this.dataSource.getRepository(ChallengeEntity).findBy({ id: In(valid) })
      : [];
  }

  /** The audit trails of several challenges, oldest first (one query). */
  async transitionsOf(ids: readonly string[]): Promise<ChallengeTransitionEntity[][]> {
    const rows = await this.dataSource.getRepository(ChallengeTransitionEntity).find({
      where: { challengeId: In([...ids].filter(isUuid)) },
      order: { at: 'ASC', id: 'ASC' },
    });
    return ids.map((id) => rows.filter((row) => row.challengeId === id));
  }

  async invitedOrganisationsOf(ids: readonly string[]): Promise<string[][]> {
    const rows = await this.dataSource
      .getRepository(ChallengeInvitedOrganisationEntity)
      .findBy({ challengeId: In([...ids].filter(isUuid)) });
    return ids.map((id) =>
      rows.filter((row) => row.challengeId === id).map((row) => row.organisationId),
    );
  }

  async followsAmong(userId: string, ids: readonly string[]): Promise<boolean[]> {
    const rows = await this.dataSource
      .getRepository(ChallengeFollowEntity)
      .findBy({ userId, challengeId: In([...ids].filter(isUuid)) });
    return ids.map((id) => rows.some((row) => row.challengeId === id));
  }

  private async move(
    manager: EntityManager,
    challenge: ChallengeEntity,
    to: ChallengeStatus,
    action: ChallengeAction,
    actorId: string | null,
    comment: string | null,
  ): Promise<ChallengeEntity> {
    const now = this.clock.now();
    const changes: Partial<ChallengeEntity> = { status: to };
    if (to === 'published') changes.publishedAt = now;
    if (to === 'closed') changes.closedAt = now;
    await manager.getRepository(ChallengeEntity).update({ id: challenge.id }, changes);
    await manager.getRepository(ChallengeTransitionEntity).insert({
      challengeId: challenge.id,
      actorId,
      fromStatus: challenge.status,
      toStatus: to,
      action,
      comment,
      at: now,
    });
    const moved = await this.find(manager, challenge.id);
    if (to === 'published') await this.deadlines.schedule(moved, manager);
    else if (challenge.status === 'published' && actorId !== null)
      await this.deadlines.cancel(challenge.id, manager); // the job itself needs no cancelling
    return moved;
  }

  private isFuture(date: Date | null): boolean {
    return date !== null && date.getTime() > this.clock.now().getTime();
  }

  private async replaceInvited(
    manager: EntityManager,
    challengeId: string,
    organisationIds: string[],
  ) {
    const repository = manager.getRepository(ChallengeInvitedOrganisationEntity);
    await repository.delete({ challengeId });
    if (!organisationIds.length) return;
    if ((await this.organisations.findByIds(organisationIds)).length !== organisationIds.length)
      throw new AppError('VALIDATION_FAILED', {
        fields: { invitedOrganisationIds: 'INVITED_ORGANISATIONS_INVALID' },
      });
    await repository.insert(
      organisationIds.map((organisationId) => ({ challengeId, organisationId })),
    );
  }

  private async find(manager: EntityManager, id: string): Promise<ChallengeEntity> {
    if (!isUuid(id)) throw new AppError('NOT_FOUND');
    const challenge = await manager.getRepository(ChallengeEntity).findOneBy({ id });
    if (!challenge) throw new AppError('NOT_FOUND');
    return challenge;
  }

  private async lock(manager: EntityManager, id: string): Promise<ChallengeEntity> {
    if (!isUuid(id)) throw new AppError('NOT_FOUND');
    const challenge = await manager
      .getRepository(ChallengeEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!challenge) throw new AppError('NOT_FOUND');
    return challenge;
  }
}
