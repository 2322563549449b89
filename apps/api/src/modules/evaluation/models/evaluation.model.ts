import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SUBMISSION_OUTCOMES, type ChallengeStatus, type SubmissionOutcome } from '@oip/domain';
import { ChallengeStatusEnum } from '../../challenges/models/challenge.enums';
import { Person } from '../../people/models/person.model';
import { LocalizedText } from '../../taxonomies/models/taxonomy.model';

export const SubmissionOutcomeEnum = Object.fromEntries(
  SUBMISSION_OUTCOMES.map((code) => [code.toUpperCase(), code]),
) as Record<Uppercase<SubmissionOutcome>, SubmissionOutcome>;
registerEnumType(SubmissionOutcomeEnum, {
  name: 'SubmissionOutcome',
  description: 'PENDING until the challenge is awarded',
});

@ObjectType({ description: 'A weighted criterion of a challenge’s scorecard' })
export class EvaluationCriterion {
  @Field(() => ID)
  id: string;

  @Field(() => LocalizedText)
  name: LocalizedText;

  @Field(() => LocalizedText)
  description: LocalizedText;

  @Field(() => Int, { description: '1–100; the scorecard’s weights add up to 100' })
  weight: number;
}

@ObjectType({ description: 'A submitted proposal as the evaluation board shows it (read-only)' })
export class BoardSubmission {
  @Field(() => ID)
  id: string;

  /** Internal: resolved into `organisation` through the per-request loader. */
  organisationId: string;

  @Field()
  summary: string;

  @Field()
  approach: string;

  @Field()
  team: string;

  @Field(() => Int, { nullable: true })
  trl: number | null;

  @Field(() => Float, { nullable: true })
  budgetAmount: number | null;

  @Field()
  budgetCurrency: string;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;
}

@ObjectType({ description: 'One evaluator’s score of a submission on one criterion' })
export class CriterionScore {
  @Field(() => ID)
  criterionId: string;

  @Field(() => Int)
  score: number;

  @Field()
  comment: string;
}

@ObjectType({ description: 'For an evaluator: a submission to score, with their own scores only' })
export class SubmissionToScore {
  @Field(() => BoardSubmission)
  submission: BoardSubmission;

  @Field(() => String, {
    nullable: true,
    description: 'The conflict of interest the evaluator declared, if any',
  })
  conflictReason: string | null;

  @Field({
    description: 'The evaluator belongs to the submitting organisation: a conflict by itself',
  })
  ownOrganisation: boolean;

  @Field(() => [CriterionScore], { description: 'The caller’s own scores (never anyone else’s)' })
  myScores: CriterionScore[];

  @Field({ description: 'Every criterion scored by the caller' })
  complete: boolean;
}

@ObjectType({ description: 'For the owner: how far one evaluator is' })
export class EvaluatorProgress {
  @Field(() => Person)
  evaluator: Person;

  @Field(() => String, { nullable: true, description: 'Their address (null once erased)' })
  email: string | null;

  @Field(() => Int, { description: 'Submissions scored on every criterion' })
  scored: number;

  @Field(() => Int)
  conflicts: number;

  @Field(() => Int, { description: 'Submissions to evaluate' })
  total: number;
}

@ObjectType({ description: 'A conflict of interest an evaluator declared' })
export class DeclaredConflict {
  @Field(() => Person)
  evaluator: Person;

  @Field()
  reason: string;

  @Field()
  declaredAt: Date;
}

@ObjectType({ description: 'For the owner: one submission’s progress and the decisions on it' })
export class SubmissionProgress {
  @Field(() => BoardSubmission)
  submission: BoardSubmission;

  @Field(() => Int, { description: 'Evaluators who scored every criterion' })
  scoredBy: number;

  @Field(() => [DeclaredConflict])
  conflicts: DeclaredConflict[];

  @Field()
  shortlisted: boolean;

  @Field()
  winner: boolean;

  @Field(() => String, { nullable: true })
  feedback: string | null;

  @Field(() => Date, { nullable: true })
  feedbackSentAt: Date | null;
}

@ObjectType({ description: 'One evaluator’s full evaluation of a submission (owner, after lock)' })
export class EvaluatorEvaluation {
  @Field(() => Person)
  evaluator: Person;

  @Field(() => Float, { description: 'Σ weight × score / 100 (1–5)' })
  weightedTotal: number;

  @Field(() => [CriterionScore])
  scores: CriterionScore[];
}

@ObjectType({ description: 'Mean score of one criterion over the evaluators who scored' })
export class CriterionMean {
  @Field(() => ID)
  criterionId: string;

  @Field(() => Float, { nullable: true })
  mean: number | null;
}

@ObjectType({ description: 'A submission’s place in the ranking (revealed when locked)' })
export class RankingEntry {
  @Field(() => Int)
  rank: number;

  @Field(() => BoardSubmission)
  submission: BoardSubmission;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean over evaluators of Σ weight × score / 100; null when nobody scored it',
  })
  weightedMean: number | null;

  @Field(() => Float, { nullable: true, description: 'max − min of the evaluators’ totals' })
  spread: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Population standard deviation of the evaluators’ totals',
  })
  standardDeviation: number | null;

  @Field(() => Int, { description: 'Evaluators counted (declared conflicts excluded)' })
  evaluatorCount: number;

  @Field(() => [CriterionMean])
  criterionMeans: CriterionMean[];

  @Field(() => [EvaluatorEvaluation], {
    description: 'Each evaluator’s scores and comments: the owner only, empty for evaluators',
  })
  evaluations: EvaluatorEvaluation[];

  @Field()
  shortlisted: boolean;

  @Field()
  winner: boolean;
}

@ObjectType({
  description:
    'A challenge’s evaluation as the caller may see it: evaluators see their own scores; the owner sees progress, and after the lock the ranking',
})
export class EvaluationBoard {
  @Field(() => ID)
  challengeId: string;

  @Field(() => ChallengeStatusEnum)
  challengeStatus: ChallengeStatus;

  @Field({ description: 'The caller is an owner or admin of the owning organisation' })
  viewerManages: boolean;

  @Field({ description: 'The caller is an assigned evaluator' })
  viewerEvaluates: boolean;

  @Field(() => Date, { nullable: true })
  lockedAt: Date | null;

  @Field(() => Date, { nullable: true })
  awardedAt: Date | null;

  @Field(() => [EvaluationCriterion], { complexity: 5 })
  criteria: EvaluationCriterion[];

  @Field(() => [SubmissionToScore], { description: 'Evaluators: what to score', complexity: 5 })
  toScore: SubmissionToScore[];

  @Field(() => [EvaluatorProgress], { description: 'The owner: evaluators', complexity: 5 })
  evaluators: EvaluatorProgress[];

  @Field(() => [SubmissionProgress], { description: 'The owner: submissions', complexity: 5 })
  submissions: SubmissionProgress[];

  @Field(() => [RankingEntry], {
    description: 'After the lock (owner and evaluators), best first; empty before',
    complexity: 5,
  })
  ranking: RankingEntry[];
}

@ObjectType({ description: 'A submitter’s own result' })
export class SubmissionResult {
  @Field(() => BoardSubmission)
  submission: BoardSubmission;

  @Field(() => SubmissionOutcomeEnum)
  outcome: SubmissionOutcome;

  @Field(() => String, { nullable: true, description: 'Sent once the challenge is awarded' })
  feedback: string | null;

  @Field(() => Date, { nullable: true })
  feedbackSentAt: Date | null;
}

@ObjectType({ description: 'A winning organisation: its name only' })
export class ChallengeWinner {
  @Field(() => ID)
  organisationId: string;

  @Field()
  displayName: string;
}

@ObjectType({ description: 'The outcome of a challenge' })
export class ChallengeResults {
  @Field(() => ID)
  challengeId: string;

  @Field()
  awarded: boolean;

  @Field(() => Date, { nullable: true })
  awardedAt: Date | null;

  /** Internal: resolved into `winners` (organisations, names only are public anyway). */
  winnerOrganisationIds: string[];

  @Field(() => [SubmissionResult], {
    description: 'The caller’s organisations’ own submissions, outcome and feedback',
    complexity: 10,
  })
  mine: SubmissionResult[];
}
