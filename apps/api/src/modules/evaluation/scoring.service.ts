import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EVALUATION_LIMITS } from '@oip/domain';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { Clock } from '../../common/time/clock';
import { AuditService } from '../audit/audit.service';
import { OrganisationsService } from '../organisations/organisations.service';
import type { CriterionScoreInput } from './dto/evaluation.inputs';
import { ConflictEntity } from './entities/conflict.entity';
import { CriterionEntity } from './entities/criterion.entity';
import { EvaluationStateEntity } from './entities/evaluation-state.entity';
import { ResultEntity } from './entities/result.entity';
import { ScoreEntity } from './entities/score.entity';
import { EvaluationAccessService } from './evaluation-access.service';
import { evaluationPolicy } from './evaluation.policy';
import { requiredText, validateScores } from './scorecard-validation';

/** MAX_SUBMISSIONS bounds what one evaluation handles (and what the board lists). */
export const MAX_SUBMISSIONS = 200;

/** The evaluators' work (conflicts, blind scores) and the owner's lock that ends it. */
@Injectable()
export class ScoringService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EvaluationAccessService,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * An evaluator declares a conflict of interest with the submitting organisation: from then on
   * they cannot score this submission, and the scores they gave it are deleted.
   */
  async declareConflict(user: AuthUser, submissionId: string, reason: string) {
    return this.dataSource.transaction(async (manager) => {
      const { submission, access } = await this.access.submission(user, submissionId, manager);
      evaluationPolicy.evaluate(access);
      const state = await this.access.lockedState(manager, submission.challengeId, 'share');
      evaluationPolicy.beforeLock(access.challenge, state);
      const text = requiredText('reason', reason, EVALUATION_LIMITS.conflictReasonMax);
      await manager
        .getRepository(ConflictEntity)
        .upsert(
          { submissionId, evaluatorId: user.id, reason: text, declaredAt: this.clock.now() },
          ['submissionId', 'evaluatorId'],
        );
      await manager.getRepository(ScoreEntity).delete({ submissionId, evaluatorId: user.id });
      return submission.challengeId;
    });
  }

  /**
   * Saves the caller's scores of one submission (every criterion, 1–5, with a comment),
   * replacing their previous ones. Scoring holds the state row in share mode, so it either
   * finishes before the lock or is refused after it.
   */
  async score(user: AuthUser, submissionId: string, scores: CriterionScoreInput[]) {
    return this.dataSource.transaction(async (manager) => {
      const { submission, access } = await this.access.submission(user, submissionId, manager);
      evaluationPolicy.evaluate(access);
      const state = await this.access.lockedState(manager, submission.challengeId, 'share');
      evaluationPolicy.score(access.challenge, state);
      const conflicted =
        (await manager
          .getRepository(ConflictEntity)
          .existsBy({ submissionId, evaluatorId: user.id })) ||
        (await this.organisations.roleOf(manager, submission.organisationId, user.id)) !== null;
      if (conflicted) throw new AppError('EVALUATION_CONFLICT_DECLARED');
      const criteria = await manager
        .getRepository(CriterionEntity)
        .findBy({ challengeId: submission.challengeId });
      if (!criteria.length) throw new AppError('EVALUATION_NOT_OPEN', { reason: 'no_scorecard' });
      const values = validateScores(criteria, scores);
      await manager.getRepository(ScoreEntity).upsert(
        values.map((value) => ({ ...value, submissionId, evaluatorId: user.id })),
        ['submissionId', 'evaluatorId', 'criterionId'],
      );
      return submission.challengeId;
    });
  }

  /**
   * The owner locks the evaluation: no more scoring, the ranking is revealed. A result row is
   * created for every submitted proposal so that shortlisting and awarding only update rows.
   */
  async lock(user: AuthUser, challengeId: string) {
    await this.dataSource.transaction(async (manager) => {
      const access = await this.access.challenge(user, challengeId, manager, true);
      evaluationPolicy.manage(access);
      const state = await this.access.lockedState(manager, challengeId, 'update');
      evaluationPolicy.lock(access.challenge, state);
      await manager
        .getRepository(EvaluationStateEntity)
        .update({ challengeId }, { lockedAt: this.clock.now(), lockedBy: user.id });
      const submissions = await this.access.submittedOf(manager, challengeId, MAX_SUBMISSIONS);
      if (submissions.length)
        await manager
          .getRepository(ResultEntity)
          .createQueryBuilder()
          .insert()
          .values(submissions.map((row) => ({ submissionId: row.id, challengeId })))
          .orIgnore()
          .execute();
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'evaluation.locked',
        subjectType: 'challenge',
        subjectId: challengeId,
      });
    });
  }
}
