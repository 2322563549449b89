import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { UserAccountEntity } from '../accounts/entities/user-account.entity';
import { OrganisationsService } from '../organisations/organisations.service';
import type { SubmissionEntity } from '../submissions/entities/submission.entity';
import { ConflictEntity } from './entities/conflict.entity';
import { CriterionEntity } from './entities/criterion.entity';
import { EvaluatorEntity } from './entities/evaluator.entity';
import { ResultEntity } from './entities/result.entity';
import { ScoreEntity } from './entities/score.entity';
import { EvaluationAccessService } from './evaluation-access.service';
import { evaluationPolicy, type EvaluationAccess } from './evaluation.policy';
import { toBoardSubmission, toCriterion, toCriterionScore } from './evaluation.mappers';
import type {
  EvaluationBoard,
  EvaluatorProgress,
  RankingEntry,
  SubmissionProgress,
  SubmissionToScore,
} from './models/evaluation.model';
import { evaluatorTotals, rankSubmissions } from './ranking';
import { MAX_SUBMISSIONS } from './scoring.service';

interface BoardData {
  access: EvaluationAccess;
  userId: string;
  criteria: CriterionEntity[];
  submissions: SubmissionEntity[];
  evaluators: UserAccountEntity[];
  /** Scores of assigned evaluators: all of them, or only the caller's (see `board`). */
  scores: ScoreEntity[];
  conflicts: ConflictEntity[];
  results: ResultEntity[];
  locked: boolean;
}

/**
 * The evaluation board, built for the caller. Blindness is enforced by what is read: before the
 * lock an evaluator who does not manage the challenge gets only their own scores and conflicts
 * from the database; the owner's view turns scores into counts until the lock.
 */
@Injectable()
export class EvaluationBoardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EvaluationAccessService,
    private readonly organisations: OrganisationsService,
  ) {}

  async board(user: AuthUser, challengeId: string): Promise<EvaluationBoard> {
    const access = await this.access.challenge(user, challengeId);
    evaluationPolicy.board(access);
    const manager = this.dataSource.manager;
    const manages = evaluationPolicy.manages(access);
    const [state, criteria, submissions, assigned] = await Promise.all([
      this.access.state(manager, challengeId),
      manager.getRepository(CriterionEntity).find({
        where: { challengeId },
        order: { position: 'ASC' },
      }),
      this.access.submittedOf(manager, challengeId, MAX_SUBMISSIONS),
      manager.getRepository(EvaluatorEntity).find({
        where: { challengeId },
        order: { assignedAt: 'ASC', userId: 'ASC' },
      }),
    ]);
    const locked = !!state?.lockedAt;
    const everyone = manages || locked;
    const evaluatorIds = assigned.map((row) => row.userId);
    const readableEvaluators = everyone
      ? evaluatorIds
      : evaluatorIds.filter((id) => id === user.id);
    const submissionIds = submissions.map((row) => row.id);
    const [scores, conflicts, results, evaluators] = await Promise.all([
      this.rowsOf(ScoreEntity, submissionIds, readableEvaluators),
      this.rowsOf(ConflictEntity, submissionIds, manages ? evaluatorIds : [user.id]),
      manager.getRepository(ResultEntity).findBy({ challengeId }),
      evaluatorIds.length
        ? manager.getRepository(UserAccountEntity).findBy({ id: In(evaluatorIds) })
        : [],
    ]);
    const data: BoardData = {
      access,
      userId: user.id,
      criteria,
      submissions,
      evaluators: evaluatorIds.map((id) => evaluators.find((row) => row.id === id)!),
      scores,
      conflicts,
      results,
      locked,
    };
    return {
      challengeId,
      challengeStatus: access.challenge.status,
      viewerManages: manages,
      viewerEvaluates: access.isEvaluator,
      lockedAt: state?.lockedAt ?? null,
      awardedAt: state?.awardedAt ?? null,
      criteria: criteria.map(toCriterion),
      toScore: access.isEvaluator ? await this.toScore(data) : [],
      evaluators: manages ? this.progressByEvaluator(data) : [],
      submissions: manages ? this.progressBySubmission(data) : [],
      ranking: locked ? this.ranking(data, manages) : [],
    };
  }

  private async rowsOf<T extends ScoreEntity | ConflictEntity>(
    entity: new () => T,
    submissionIds: string[],
    evaluatorIds: string[],
  ): Promise<T[]> {
    if (!submissionIds.length || !evaluatorIds.length) return [];
    return this.dataSource.getRepository(entity).find({
      where: { submissionId: In(submissionIds), evaluatorId: In(evaluatorIds) } as never,
    });
  }

  private async toScore(data: BoardData): Promise<SubmissionToScore[]> {
    const roles = await this.organisations.rolesOf(
      data.userId,
      data.submissions.map((row) => row.organisationId),
    );
    return data.submissions.map((submission, index) => {
      const mine = data.scores.filter(
        (row) => row.submissionId === submission.id && row.evaluatorId === data.userId,
      );
      return {
        submission: toBoardSubmission(submission),
        conflictReason:
          data.conflicts.find(
            (row) => row.submissionId === submission.id && row.evaluatorId === data.userId,
          )?.reason ?? null,
        ownOrganisation: roles[index] !== null,
        myScores: sortByCriteria(data.criteria, mine).map(toCriterionScore),
        complete: isComplete(data.criteria, mine),
      };
    });
  }

  private progressByEvaluator(data: BoardData): EvaluatorProgress[] {
    return data.evaluators.map((account) => ({
      evaluator: { id: account.id, fullName: account.fullName },
      email: account.email,
      scored: data.submissions.filter((submission) =>
        isComplete(data.criteria, scoresOf(data, submission.id, account.id)),
      ).length,
      conflicts: data.conflicts.filter((row) => row.evaluatorId === account.id).length,
      total: data.submissions.length,
    }));
  }

  private progressBySubmission(data: BoardData): SubmissionProgress[] {
    return data.submissions.map((submission) => {
      const result = data.results.find((row) => row.submissionId === submission.id);
      return {
        submission: toBoardSubmission(submission),
        scoredBy: data.evaluators.filter((account) =>
          isComplete(data.criteria, scoresOf(data, submission.id, account.id)),
        ).length,
        conflicts: data.conflicts
          .filter((row) => row.submissionId === submission.id)
          .map((row) => ({
            evaluator: personOf(data, row.evaluatorId),
            reason: row.reason,
            declaredAt: row.declaredAt,
          })),
        shortlisted: result?.shortlisted ?? false,
        winner: result?.winner ?? false,
        feedback: result?.feedback ?? null,
        feedbackSentAt: result?.feedbackSentAt ?? null,
      };
    });
  }

  /** Declared conflicts never count, whatever is stored. */
  private ranking(data: BoardData, withEvaluations: boolean): RankingEntry[] {
    const counted = data.scores.filter(
      (score) =>
        !data.conflicts.some(
          (c) => c.submissionId === score.submissionId && c.evaluatorId === score.evaluatorId,
        ),
    );
    const ranked = rankSubmissions(
      data.submissions.map((row) => ({ submissionId: row.id, submittedAt: row.submittedAt! })),
      data.criteria,
      counted,
    );
    return ranked.map((row) => {
      const submission = data.submissions.find((s) => s.id === row.submissionId)!;
      const result = data.results.find((r) => r.submissionId === row.submissionId);
      const own = counted.filter((s) => s.submissionId === row.submissionId);
      return {
        rank: row.rank,
        submission: toBoardSubmission(submission),
        weightedMean: row.weightedMean,
        spread: row.spread,
        standardDeviation: row.standardDeviation,
        evaluatorCount: row.totals.length,
        criterionMeans: row.criterionMeans,
        evaluations: withEvaluations
          ? evaluatorTotals(data.criteria, own).map((total) => ({
              evaluator: personOf(data, total.evaluatorId),
              weightedTotal: total.total,
              scores: sortByCriteria(
                data.criteria,
                own.filter((s) => s.evaluatorId === total.evaluatorId),
              ).map(toCriterionScore),
            }))
          : [],
        shortlisted: result?.shortlisted ?? false,
        winner: result?.winner ?? false,
      };
    });
  }
}

function scoresOf(data: BoardData, submissionId: string, evaluatorId: string) {
  return data.scores.filter(
    (row) => row.submissionId === submissionId && row.evaluatorId === evaluatorId,
  );
}

function isComplete(criteria: CriterionEntity[], scores: ScoreEntity[]) {
  return criteria.length > 0 && criteria.every((c) => scores.some((s) => s.criterionId === c.id));
}

function sortByCriteria(criteria: CriterionEntity[], scores: ScoreEntity[]) {
  return criteria.flatMap((c) => scores.filter((s) => s.criterionId === c.id));
}

function personOf(data: BoardData, userId: string) {
  const account = data.evaluators.find((row) => row.id === userId);
  return { id: userId, fullName: account?.fullName ?? '' };
}
