import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isBeforeDeadline, isSubmissionEditable, type OrganisationRole } from '@oip/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { isUuid } from '../../common/ids';
import { Clock } from '../../common/time/clock';
import { AuditService } from '../audit/audit.service';
import { ChallengeEntity } from '../challenges/entities/challenge.entity';
import { ChallengesService } from '../challenges/challenges.service';
import { OrganisationsService } from '../organisations/organisations.service';
import type { SubmissionInput } from './dto/submission.inputs';
import { SubmissionSettingsEntity } from './entities/submission-settings.entity';
import { SubmissionEntity } from './entities/submission.entity';
import { checkComplete, validateSubmission } from './submission-validation';
import {
  submissionPolicy,
  type SubmissionAccess,
  type SubmissionViewer,
} from './submissions.policy';

/**
 * At most this many organisations offered to one person when answering a challenge; also the
 * multiplier of mySubmissionOptions' complexity, so the web's form query (a whole proposal per
 * option) stays within the budget of 1000.
 */
export const MAX_SUBMISSION_OPTIONS = 20;

/**
 * Proposals answering challenges: drafting (optimistic versions), submitting and withdrawing
 * before the deadline by the server Clock, and the owner's grant of moderator access. Every
 * change locks the challenge row (FOR UPDATE), so it is serialised with the challenge's own
 * transitions (an early close, the deadline job): nothing is submitted into a closed challenge.
 */
@Injectable()
export class SubmissionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly challenges: ChallengesService,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Creates the organisation's draft (no `expectedVersion`) or saves over `expectedVersion`.
   * A create when one exists → SUBMISSION_EXISTS (with its id and version); a stale version →
   * SUBMISSION_EDIT_CONFLICT (with the current version); never a silent overwrite.
   */
  async saveDraft(
    user: AuthUser,
    challengeId: string,
    organisationId: string,
    expectedVersion: number | null,
    input: SubmissionInput,
  ): Promise<SubmissionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { challenge } = await this.challenges.findVisible(user, challengeId, manager, true);
      const role = await this.organisations.roleOf(manager, organisationId, user.id);
      submissionPolicy.draft(user, role, organisationId === challenge.organisationId);
      this.checkOpen(challenge);
      const values = validateSubmission(input);
      const repository = manager.getRepository(SubmissionEntity);
      if (expectedVersion === null) {
        // ON CONFLICT DO NOTHING: of two concurrent creates exactly one inserts
        const inserted = await repository
          .createQueryBuilder()
          .insert()
          .values({ ...values, challengeId, organisationId, createdBy: user.id, version: 1 })
          .orIgnore()
          .returning('id')
          .execute();
        const id = (inserted.raw as { id: string }[])[0]?.id;
        if (!id) {
          const existing = await repository.findOneByOrFail({ challengeId, organisationId });
          throw new AppError('SUBMISSION_EXISTS', {
            submissionId: existing.id,
            currentVersion: existing.version,
          });
        }
        return repository.findOneByOrFail({ id });
      }
      const existing = await repository.findOneBy({ challengeId, organisationId });
      if (!existing) throw new AppError('NOT_FOUND');
      const result = await repository
        .createQueryBuilder()
        .update()
        .set({ ...values, version: () => 'version + 1' })
        .where(`id = :id AND version = :expectedVersion AND status IN ('draft', 'withdrawn')`, {
          id: existing.id,
          expectedVersion,
        })
        .execute();
      if (!result.affected) await this.refuseStale(manager, existing.id);
      return repository.findOneByOrFail({ id: existing.id });
    });
  }

  /** Submits the text of `expectedVersion`, complete, before the deadline. */
  async submit(user: AuthUser, id: string, expectedVersion: number): Promise<SubmissionEntity> {
    return this.change(user, id, 'submitted', async (manager, submission) => {
      if (submission.status === 'submitted') throw new AppError('SUBMISSION_NOT_EDITABLE');
      if (submission.version !== expectedVersion)
        throw new AppError('SUBMISSION_EDIT_CONFLICT', { currentVersion: submission.version });
      checkComplete(submission);
      const result = await manager
        .getRepository(SubmissionEntity)
        .createQueryBuilder()
        .update()
        .set({ status: 'submitted', submittedAt: this.clock.now(), withdrawnAt: null })
        .where(`id = :id AND version = :expectedVersion AND status IN ('draft', 'withdrawn')`, {
          id,
          expectedVersion,
        })
        .execute();
      if (!result.affected) await this.refuseStale(manager, id);
    });
  }

  /** Takes a submitted proposal back before the deadline; it may be edited and submitted again. */
  async withdraw(user: AuthUser, id: string): Promise<SubmissionEntity> {
    return this.change(user, id, 'withdrawn', async (manager, submission) => {
      if (submission.status !== 'submitted') throw new AppError('SUBMISSION_NOT_SUBMITTED');
      await manager
        .getRepository(SubmissionEntity)
        .update(
          { id, status: 'submitted' },
          { status: 'withdrawn', withdrawnAt: this.clock.now() },
        );
    });
  }

  /** Owners/admins of the challenge's organisation let moderators read its submissions (audited). */
  async setModeratorAccess(
    user: AuthUser,
    challengeId: string,
    granted: boolean,
  ): Promise<ChallengeEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { challenge, viewer } = await this.challenges.findVisible(user, challengeId, manager);
      submissionPolicy.grant(viewer.ownerRole);
      await manager
        .getRepository(SubmissionSettingsEntity)
        .upsert({ challengeId, moderatorAccess: granted, updatedBy: user.id }, ['challengeId']);
      await this.audit.record(manager, {
        actorId: user.id,
        action: granted
          ? 'submissions.moderator_access_granted'
          : 'submissions.moderator_access_revoked',
        subjectType: 'challenge',
        subjectId: challengeId,
      });
      return challenge;
    });
  }

  /** The submission of `organisationId` for a challenge, if the caller is one of its members. */
  async mine(
    user: AuthUser,
    challengeId: string,
    organisationId: string,
  ): Promise<SubmissionEntity | null> {
    const role = await this.organisations.roleOf(this.dataSource.manager, organisationId, user.id);
    if (!role) throw new AppError('NOT_FOUND');
    if (!isUuid(challengeId)) return null;
    return this.dataSource
      .getRepository(SubmissionEntity)
      .findOneBy({ challengeId, organisationId });
  }

  /**
   * The organisations the caller may answer a visible challenge for (all theirs except the
   * owner), each with its submission if it has one.
   */
  async options(
    user: AuthUser,
    challengeId: string,
  ): Promise<
    { organisationId: string; role: OrganisationRole; submission: SubmissionEntity | null }[]
  > {
    const { challenge } = await this.challenges.findVisible(user, challengeId);
    const rows: { organisation_id: string; role: OrganisationRole }[] = await this.dataSource.query(
      `SELECT m.organisation_id, m.role FROM membership m JOIN organisation o ON o.id = m.organisation_id
        WHERE m.user_id = $1 AND m.organisation_id <> $2 ORDER BY o.display_name, o.id LIMIT $3`,
      [user.id, challenge.organisationId, MAX_SUBMISSION_OPTIONS],
    );
    const submissions = rows.length
      ? await this.dataSource.getRepository(SubmissionEntity).findBy({
          challengeId,
          organisationId: In(rows.map((row) => row.organisation_id)),
        })
      : [];
    return rows.map((row) => ({
      organisationId: row.organisation_id,
      role: row.role,
      submission: submissions.find((s) => s.organisationId === row.organisation_id) ?? null,
    }));
  }

  /** Malformed ids are simply not found. */
  async findByIds(ids: readonly string[]): Promise<SubmissionEntity[]> {
    const valid = ids.filter(isUuid);
    return valid.length
      ? this.dataSource.getRepository(SubmissionEntity).findBy({ id: In(valid) })
      : [];
  }

  /** For each challenge, what the person's access to its submissions depends on (two queries). */
  async accessAmong(userId: string, challengeIds: readonly string[]): Promise<SubmissionAccess[]> {
    const ids = challengeIds.filter(isUuid);
    const [evaluating, settings]: [{ challenge_id: string }[], SubmissionSettingsEntity[]] =
      await Promise.all([
        this.dataSource.query(
          `SELECT challenge_id FROM challenge_evaluator WHERE user_id = $1 AND challenge_id = ANY($2::uuid[])`,
          [userId, ids],
        ),
        this.dataSource.getRepository(SubmissionSettingsEntity).findBy({ challengeId: In(ids) }),
      ]);
    return challengeIds.map((id) => ({
      isEvaluator: evaluating.some((row) => row.challenge_id === id),
      moderatorAccess: settings.find((row) => row.challengeId === id)?.moderatorAccess ?? false,
    }));
  }

  /** Submitted proposals per challenge (one query). */
  async submittedCounts(challengeIds: readonly string[]): Promise<number[]> {
    const rows: { challenge_id: string; count: number }[] = await this.dataSource.query(
      `SELECT challenge_id, count(*)::int AS count FROM challenge_submission
        WHERE status = 'submitted' AND challenge_id = ANY($1::uuid[]) GROUP BY challenge_id`,
      [challengeIds.filter(isUuid)],
    );
    return challengeIds.map((id) => rows.find((row) => row.challenge_id === id)?.count ?? 0);
  }

  /** The viewer of a submission and the access it grants, for the policy (inside `manager`). */
  async viewerOf(
    manager: EntityManager,
    user: AuthUser | null,
    submission: Pick<SubmissionEntity, 'organisationId'>,
    challenge: Pick<ChallengeEntity, 'id' | 'organisationId'>,
  ): Promise<{ viewer: SubmissionViewer; access: SubmissionAccess }> {
    if (!user)
      return {
        viewer: { user, submitterRole: null, ownerRole: null },
        access: { isEvaluator: false, moderatorAccess: false },
      };
    const [submitterRole, ownerRole, [access]] = await Promise.all([
      this.organisations.roleOf(manager, submission.organisationId, user.id),
      this.organisations.roleOf(manager, challenge.organisationId, user.id),
      this.accessAmong(user.id, [challenge.id]),
    ]);
    return { viewer: { user, submitterRole, ownerRole }, access: access! };
  }

  /**
   * A status change by a member of the submitting organisation: refusals in order NOT_FOUND
   * (may not read it), FORBIDDEN (reads but does not write), SUBMISSION_CHALLENGE_NOT_OPEN,
   * SUBMISSION_DEADLINE_PASSED, then `work`'s own; audited.
   */
  private async change(
    user: AuthUser,
    id: string,
    action: 'submitted' | 'withdrawn',
    work: (manager: EntityManager, submission: SubmissionEntity) => Promise<void>,
  ): Promise<SubmissionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { submission, challenge } = await this.lockForWrite(manager, user, id);
      await work(manager, submission);
      await this.audit.record(manager, {
        actorId: user.id,
        action: `submissions.${action}`,
        subjectType: 'submission',
        subjectId: id,
        data: { challengeId: challenge.id, organisationId: submission.organisationId },
      });
      return manager.getRepository(SubmissionEntity).findOneByOrFail({ id });
    });
  }

  /**
   * A submission the caller may write now, its challenge row locked (inside `manager`'s
   * transaction). Refusals in order: NOT_FOUND (may not read it), FORBIDDEN (reads but does
   * not write), SUBMISSION_CHALLENGE_NOT_OPEN, SUBMISSION_DEADLINE_PASSED.
   */
  async lockForWrite(
    manager: EntityManager,
    user: AuthUser,
    id: string,
  ): Promise<{ submission: SubmissionEntity; challenge: ChallengeEntity }> {
    if (!isUuid(id)) throw new AppError('NOT_FOUND');
    const repository = manager.getRepository(SubmissionEntity);
    const found = await repository.findOneBy({ id });
    if (!found) throw new AppError('NOT_FOUND');
    // lock the challenge first (as a close does), then read the submission as it is now
    // (not findVisible: who may act on a submission is the submissions policy's call)
    const challenge = await manager
      .getRepository(ChallengeEntity)
      .findOneOrFail({ where: { id: found.challengeId }, lock: { mode: 'pessimistic_write' } });
    const submission = await repository.findOneByOrFail({ id });
    const { viewer, access } = await this.viewerOf(manager, user, submission, challenge);
    submissionPolicy.write(viewer, submission, access);
    this.checkOpen(challenge);
    return { submission, challenge };
  }

  /**
   * lockForWrite, and the text may change (draft or withdrawn; SUBMISSION_NOT_EDITABLE once
   * submitted): what attaching or removing a file requires.
   */
  async lockForEdit(manager: EntityManager, user: AuthUser, id: string) {
    const locked = await this.lockForWrite(manager, user, id);
    if (!isSubmissionEditable(locked.submission.status))
      throw new AppError('SUBMISSION_NOT_EDITABLE');
    return locked;
  }

  /** Throws NOT_FOUND unless the caller may read the submission (submissions.policy.ts). */
  async checkReadable(user: AuthUser | null, id: string): Promise<void> {
    const [submission] = await this.findByIds([id]);
    if (!submission) throw new AppError('NOT_FOUND');
    const challenge = await this.dataSource
      .getRepository(ChallengeEntity)
      .findOneByOrFail({ id: submission.challengeId });
    const { viewer, access } = await this.viewerOf(
      this.dataSource.manager,
      user,
      submission,
      challenge,
    );
    submissionPolicy.read(viewer, submission, access);
  }

  /** The challenge accepts proposals: published, and its deadline not reached by the Clock. */
  private checkOpen(challenge: Pick<ChallengeEntity, 'status' | 'deadline'>) {
    if (challenge.status !== 'published')
      throw new AppError('SUBMISSION_CHALLENGE_NOT_OPEN', { status: challenge.status });
    if (!isBeforeDeadline(challenge.deadline, this.clock.now()))
      throw new AppError('SUBMISSION_DEADLINE_PASSED');
  }

  /** Why a conditional update touched nothing: submitted meanwhile, or a newer version. */
  private async refuseStale(manager: EntityManager, id: string): Promise<never> {
    const current = await manager.getRepository(SubmissionEntity).findOneByOrFail({ id });
    if (current.status === 'submitted') throw new AppError('SUBMISSION_NOT_EDITABLE');
    throw new AppError('SUBMISSION_EDIT_CONFLICT', { currentVersion: current.version });
  }
}
