import type { ChallengeStatus } from './challenges.js';

/** Limits of a challenge's evaluation (issue 4), shared by the API and the web forms. */
export const EVALUATION_LIMITS = {
  minCriteria: 1,
  maxCriteria: 10,
  /** The weights of a scorecard add up to exactly this. */
  weightsTotal: 100,
  minWeight: 1,
  maxWeight: 100,
  minScore: 1,
  maxScore: 5,
  criterionNameMax: 200,
  criterionDescriptionMax: 2000,
  commentMax: 2000,
  conflictReasonMax: 1000,
  feedbackMax: 5000,
  maxEvaluators: 30,
} as const;

/** The scorecard is defined before the challenge closes; afterwards it is frozen. */
export const SCORECARD_EDITABLE_STATUSES: readonly ChallengeStatus[] = [
  'draft',
  'in_review',
  'published',
];

/** After these the evaluation is over: no evaluators change, no conflicts are declared. */
export const EVALUATION_CLOSED_STATUSES: readonly ChallengeStatus[] = [
  'awarded',
  'cancelled',
  'archived',
];

/** What a submitter learns once the challenge is awarded. */
export const SUBMISSION_OUTCOMES = ['pending', 'winner', 'shortlisted', 'not_selected'] as const;
export type SubmissionOutcome = (typeof SUBMISSION_OUTCOMES)[number];

/** The sum of the weights (non-numbers count as 0): the scorecard editor's live total. */
export function weightsTotal(weights: readonly (number | null | undefined)[]): number {
  return weights.reduce<number>(
    (sum, weight) => sum + (typeof weight === 'number' && Number.isFinite(weight) ? weight : 0),
    0,
  );
}
