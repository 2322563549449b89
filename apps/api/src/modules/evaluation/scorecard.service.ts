import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EVALUATION_LIMITS, normaliseEmail } from '@oip/domain';
import { DataSource, IsNull } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { isUuid } from '../../common/ids';
import { UserAccountEntity } from '../accounts/entities/user-account.entity';
import { AuditService } from '../audit/audit.service';
import type { CriterionInput, EvaluatorRef } from './dto/evaluation.inputs';
import { CriterionEntity } from './entities/criterion.entity';
import { EvaluatorEntity } from './entities/evaluator.entity';
import { EvaluationAccessService } from './evaluation-access.service';
import { evaluationPolicy } from './evaluation.policy';
import { validateScorecard } from './scorecard-validation';

/** The owner's set-up of an evaluation: the scorecard and the evaluators. */
@Injectable()
export class ScorecardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EvaluationAccessService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Replaces the whole scorecard in one transaction, before the challenge closes. The challenge
   * row is locked so a concurrent close waits and then finds the scorecard complete.
   */
  async setScorecard(user: AuthUser, challengeId: string, criteria: CriterionInput[]) {
    await this.dataSource.transaction(async (manager) => {
      const access = await this.access.challenge(user, challengeId, manager, true);
      evaluationPolicy.manage(access);
      evaluationPolicy.editScorecard(access.challenge);
      const values = validateScorecard(criteria);
      const repository = manager.getRepository(CriterionEntity);
      await repository.delete({ challengeId });
      await repository.insert(values.map((value) => ({ ...value, challengeId })));
    });
  }

  /**
   * Assigns an evaluator: any live account, found by id or by email. Only the owner's admins call
   * this, so "no account with this address" (EVALUATOR_NOT_FOUND) tells them nothing they could
   * not learn by signing up with it; assigning twice changes nothing.
   */
  async assign(user: AuthUser, challengeId: string, ref: EvaluatorRef) {
    await this.dataSource.transaction(async (manager) => {
      const access = await this.access.challenge(user, challengeId, manager, true);
      evaluationPolicy.manage(access);
      evaluationPolicy.beforeLock(access.challenge, await this.access.state(manager, challengeId));
      const account = await this.findAccount(ref);
      const evaluators = manager.getRepository(EvaluatorEntity);
      if (await evaluators.existsBy({ challengeId, userId: account.id })) return;
      if ((await evaluators.countBy({ challengeId })) >= EVALUATION_LIMITS.maxEvaluators)
        throw new AppError('EVALUATORS_LIMIT_REACHED');
      await evaluators.insert({ challengeId, userId: account.id, assignedBy: user.id });
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'evaluation.evaluator_assigned',
        subjectType: 'challenge',
        subjectId: challengeId,
        data: { evaluatorId: account.id },
      });
    });
  }

  /**
   * Unassigns an evaluator before the lock. Their scores stay stored but no longer count (the
   * board and the ranking read the scores of assigned evaluators only), so a mistaken removal
   * is undone by assigning them again.
   */
  async unassign(user: AuthUser, challengeId: string, evaluatorId: string) {
    await this.dataSource.transaction(async (manager) => {
      const access = await this.access.challenge(user, challengeId, manager, true);
      evaluationPolicy.manage(access);
      evaluationPolicy.beforeLock(access.challenge, await this.access.state(manager, challengeId));
      if (!isUuid(evaluatorId)) return;
      const { affected } = await manager
        .getRepository(EvaluatorEntity)
        .delete({ challengeId, userId: evaluatorId });
      if (affected)
        await this.audit.record(manager, {
          actorId: user.id,
          action: 'evaluation.evaluator_unassigned',
          subjectType: 'challenge',
          subjectId: challengeId,
          data: { evaluatorId },
        });
    });
  }

  private async findAccount(ref: EvaluatorRef): Promise<UserAccountEntity> {
    const accounts = this.dataSource.getRepository(UserAccountEntity);
    const email = ref.email ? normaliseEmail(ref.email) : '';
    const account = ref.userId
      ? isUuid(ref.userId)
        ? await accounts.findOneBy({ id: ref.userId, deletedAt: IsNull() })
        : null
      : email
        ? await accounts.findOneBy({ email, deletedAt: IsNull() })
        : null;
    if (!account) throw new AppError('EVALUATOR_NOT_FOUND');
    return account;
  }
}
