import { EVALUATION_CLOSED_STATUSES, SCORECARD_EDITABLE_STATUSES } from '@oip/domain';
import { AppError } from '../../common/errors/app-error';
import type { ChallengeEntity } from '../challenges/entities/challenge.entity';
import type { ChallengeViewer } from '../challenges/challenges.policy';
import type { EvaluationStateEntity } from './entities/evaluation-state.entity';
import { canReadSubmissionForEvaluation } from './submission-access';

/** The caller's relation to a challenge's evaluation. */
export interface EvaluationAccess {
  challenge: ChallengeEntity;
  viewer: ChallengeViewer;
  isEvaluator: boolean;
}

type State = Pick<EvaluationStateEntity, 'lockedAt' | 'awardedAt'> | null;

const manages = (access: EvaluationAccess) =>
  access.viewer.ownerRole === 'owner' || access.viewer.ownerRole === 'admin';

/**
 * Who may do what in an evaluation, in one place. Refusals, in order: the challenge is not
 * visible to the caller (and they do not evaluate it), or a submission they may not read →
 * NOT_FOUND; the caller has the wrong role → FORBIDDEN; then the state of the evaluation.
 * Platform moderators and admins have no part in an evaluation.
 */
export const evaluationPolicy = {
  manages,

  /** Owners and admins of the owning organisation run the evaluation. */
  manage(access: EvaluationAccess) {
    if (!manages(access)) throw new AppError('FORBIDDEN');
  },

  /** Assigned evaluators score and declare conflicts. */
  evaluate(access: EvaluationAccess) {
    if (!access.isEvaluator) throw new AppError('FORBIDDEN');
  },

  board(access: EvaluationAccess) {
    if (!manages(access) && !access.isEvaluator) throw new AppError('FORBIDDEN');
  },

  /** A submission the caller may not read does not exist for them. */
  readSubmission(access: EvaluationAccess) {
    if (!canReadSubmissionForEvaluation({ ...access.viewer, isEvaluator: access.isEvaluator }))
      throw new AppError('NOT_FOUND');
  },

  editScorecard(challenge: Pick<ChallengeEntity, 'status'>) {
    if (!SCORECARD_EDITABLE_STATUSES.includes(challenge.status))
      throw new AppError('SCORECARD_FROZEN', { status: challenge.status });
  },

  /** Evaluators change and conflicts are declared until the lock (and never once it is over). */
  beforeLock(challenge: Pick<ChallengeEntity, 'status'>, state: State) {
    if (EVALUATION_CLOSED_STATUSES.includes(challenge.status))
      throw new AppError('EVALUATION_CLOSED');
    if (state?.lockedAt) throw new AppError('EVALUATION_LOCKED');
  },

  score(challenge: Pick<ChallengeEntity, 'status'>, state: State) {
    if (state?.lockedAt) throw new AppError('EVALUATION_LOCKED');
    if (challenge.status !== 'evaluation')
      throw new AppError('EVALUATION_NOT_OPEN', { status: challenge.status });
  },

  lock(challenge: Pick<ChallengeEntity, 'status'>, state: State) {
    evaluationPolicy.score(challenge, state);
  },

  /** Shortlisting and awarding need the ranking, so the lock, and happen before the award. */
  decide(challenge: Pick<ChallengeEntity, 'status'>, state: State) {
    if (!state?.lockedAt) throw new AppError('EVALUATION_NOT_LOCKED');
    if (challenge.status !== 'evaluation' || state.awardedAt)
      throw new AppError('EVALUATION_CLOSED');
  },

  feedback(state: State) {
    if (!state?.awardedAt) throw new AppError('EVALUATION_NOT_AWARDED');
  },
};
