import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { isUuid } from '../../common/ids';
import { ChallengesService } from '../challenges/challenges.service';
import { SubmissionEntity } from '../submissions/entities/submission.entity';
import { EvaluationStateEntity } from './entities/evaluation-state.entity';
import { EvaluatorEntity } from './entities/evaluator.entity';
import { evaluationPolicy, type EvaluationAccess } from './evaluation.policy';

/**
 * Loads what every evaluation rule starts from: the challenge (through ChallengesService, so
 * its visibility rule applies), the caller's relation to it, the evaluation state, a submission.
 */
@Injectable()
export class EvaluationAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly challenges: ChallengesService,
  ) {}

  /**
   * The challenge if the caller may see it — or evaluates it: an invited expert evaluates a
   * challenge they could not otherwise see. NOT_FOUND otherwise.
   */
  async challenge(
    user: AuthUser | null,
    challengeId: string,
    manager: EntityManager = this.dataSource.manager,
    lockChallenge = false,
  ): Promise<EvaluationAccess> {
    const isEvaluator = user ? await this.isEvaluator(manager, challengeId, user.id) : false;
    try {
      const found = await this.challenges.findVisible(user, challengeId, manager, lockChallenge);
      return { ...found, isEvaluator };
    } catch (error) {
      if (!isEvaluator || !(error instanceof AppError) || error.code !== 'NOT_FOUND') throw error;
      const [challenge] = await this.challenges.findByIds([challengeId]);
      if (!challenge) throw error;
      return {
        challenge,
        viewer: await this.challenges.viewerOf(user, challenge, manager),
        isEvaluator,
      };
    }
  }

  /**
   * A submitted proposal and the caller's access to its challenge, if the caller may read it
   * (owner admins, evaluators); NOT_FOUND for everyone else, drafts and withdrawn ones.
   */
  async submission(
    user: AuthUser,
    submissionId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ submission: SubmissionEntity; access: EvaluationAccess }> {
    const submission = isUuid(submissionId)
      ? await manager.getRepository(SubmissionEntity).findOneBy({ id: submissionId })
      : null;
    if (!submission || submission.status !== 'submitted') throw new AppError('NOT_FOUND');
    const access = await this.challenge(user, submission.challengeId, manager);
    evaluationPolicy.readSubmission(access);
    return { submission, access };
  }

  /** The evaluation state, read (null before anything happened) or row-locked. */
  async state(
    manager: EntityManager,
    challengeId: string,
    lock?: 'share' | 'update',
  ): Promise<EvaluationStateEntity | null> {
    return manager.getRepository(EvaluationStateEntity).findOne({
      where: { challengeId },
      ...(lock
        ? { lock: { mode: lock === 'update' ? 'pessimistic_write' : 'pessimistic_read' } }
        : {}),
    });
  }

  /** Creates the state row if missing, then locks it: serialises the lock against scoring. */
  async lockedState(
    manager: EntityManager,
    challengeId: string,
    lock: 'share' | 'update',
  ): Promise<EvaluationStateEntity> {
    await manager.query(
      `INSERT INTO evaluation_state (challenge_id) VALUES ($1) ON CONFLICT (challenge_id) DO NOTHING`,
      [challengeId],
    );
    return (await this.state(manager, challengeId, lock))!;
  }

  async isEvaluator(manager: EntityManager, challengeId: string, userId: string) {
    if (!isUuid(challengeId)) return false;
    return manager.getRepository(EvaluatorEntity).existsBy({ challengeId, userId });
  }

  /** Submitted proposals of a challenge, oldest first (at most `cap`). */
  async submittedOf(
    manager: EntityManager,
    challengeId: string,
    cap: number,
  ): Promise<SubmissionEntity[]> {
    return manager.getRepository(SubmissionEntity).find({
      where: { challengeId, status: 'submitted' },
      order: { submittedAt: 'ASC', id: 'ASC' },
      take: cap,
    });
  }
}
