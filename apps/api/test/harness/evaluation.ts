import type { TestApp, TestClient } from './app';
import { dataSourceOf } from './people';

/**
 * The submissions API is built elsewhere: evaluation tests put submitted proposals straight
 * into the shared `challenge_submission` table.
 */
export async function insertSubmittedSubmission(
  api: TestApp,
  challengeId: string,
  organisationId: string,
  createdBy: string,
  {
    summary = 'Our proposal',
    submittedAt = new Date(),
  }: { summary?: string; submittedAt?: Date } = {},
): Promise<string> {
  const [row] = await dataSourceOf(api).query(
    `INSERT INTO challenge_submission (challenge_id, organisation_id, created_by, status, summary, approach, team, trl, submitted_at)
     VALUES ($1, $2, $3, 'submitted', $4, 'Approach', 'Team', 5, $5) RETURNING id`,
    [challengeId, organisationId, createdBy, summary, submittedAt],
  );
  return row.id;
}

export const BOARD_FIELDS = `challengeId challengeStatus viewerManages viewerEvaluates lockedAt awardedAt
  criteria { id name { it en } weight }
  toScore { submission { id summary organisation { id displayName } } conflictReason ownOrganisation complete
    myScores { criterionId score comment } }
  evaluators { evaluator { id fullName } email scored conflicts total }
  submissions { submission { id } scoredBy conflicts { evaluator { id } reason } shortlisted winner feedback }
  ranking { rank submission { id } weightedMean spread standardDeviation evaluatorCount
    criterionMeans { criterionId mean }
    evaluations { evaluator { id } weightedTotal scores { criterionId score comment } }
    shortlisted winner }`;

export const EVALUATION_BOARD = `query Board($challengeId: ID!) { evaluationBoard(challengeId: $challengeId) { ${BOARD_FIELDS} } }`;
export const SET_SCORECARD = `mutation SetScorecard($challengeId: ID!, $criteria: [CriterionInput!]!) {
  setScorecard(challengeId: $challengeId, criteria: $criteria) { criteria { id name { it en } weight } } }`;
export const ASSIGN_EVALUATOR = `mutation Assign($challengeId: ID!, $evaluator: EvaluatorRef!) {
  assignEvaluator(challengeId: $challengeId, evaluator: $evaluator) { evaluators { evaluator { id } } } }`;
export const UNASSIGN_EVALUATOR = `mutation Unassign($challengeId: ID!, $userId: ID!) {
  unassignEvaluator(challengeId: $challengeId, userId: $userId) { challengeId } }`;
export const DECLARE_CONFLICT = `mutation Conflict($submissionId: ID!, $reason: String!) {
  declareConflict(submissionId: $submissionId, reason: $reason) { challengeId } }`;
export const SCORE_SUBMISSION = `mutation Score($submissionId: ID!, $scores: [CriterionScoreInput!]!) {
  scoreSubmission(submissionId: $submissionId, scores: $scores) { challengeId } }`;
export const LOCK_EVALUATION = `mutation Lock($challengeId: ID!) { lockEvaluation(challengeId: $challengeId) { lockedAt } }`;
export const SET_SHORTLISTED = `mutation Shortlist($submissionId: ID!, $shortlisted: Boolean!) {
  setShortlisted(submissionId: $submissionId, shortlisted: $shortlisted) { challengeId } }`;
export const AWARD_CHALLENGE = `mutation Award($challengeId: ID!, $winnerSubmissionIds: [ID!]!, $comment: String) {
  awardChallenge(challengeId: $challengeId, winnerSubmissionIds: $winnerSubmissionIds, comment: $comment) { challengeStatus awardedAt } }`;
export const SEND_FEEDBACK = `mutation Feedback($challengeId: ID!, $feedbacks: [FeedbackInput!]!) {
  sendFeedback(challengeId: $challengeId, feedbacks: $feedbacks) { challengeId } }`;
export const CHALLENGE_RESULTS = `query Results($challengeId: ID!) { challengeResults(challengeId: $challengeId) {
  challengeId awarded winners { organisationId displayName }
  mine { submission { id } outcome feedback } } }`;

/** Two criteria weighing 60 and 40 (the worked example's scorecard). */
export const TWO_CRITERIA = [
  { nameIt: 'Impatto', nameEn: 'Impact', weight: 60 },
  { nameIt: 'Fattibilità', nameEn: 'Feasibility', weight: 40 },
];

/** Sets the scorecard as `client` (an owner admin); returns the criteria ids in order. */
export async function setScorecardViaApi(
  client: TestClient,
  challengeId: string,
  criteria: Record<string, unknown>[] = TWO_CRITERIA,
): Promise<string[]> {
  const { body } = await client.graphql<{ setScorecard: { criteria: { id: string }[] } }>(
    SET_SCORECARD,
    { challengeId, criteria },
  );
  if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.setScorecard.criteria.map((row) => row.id);
}

/** Scores as `client`: one score per criterion id, in order. */
export function scoreViaApi(
  client: TestClient,
  submissionId: string,
  criterionIds: string[],
  values: number[],
  comment = 'ok',
) {
  return client.graphql(SCORE_SUBMISSION, {
    submissionId,
    scores: criterionIds.map((criterionId, index) => ({
      criterionId,
      score: values[index],
      comment: `${comment} ${index}`,
    })),
  });
}

/**
 * Every row of the evaluation tables plus the challenge status and transitions, as one JSON
 * string: for "a refused call changes nothing".
 */
export async function evaluationSnapshot(api: TestApp, challengeId: string): Promise<string> {
  const db = dataSourceOf(api);
  const rows = await Promise.all([
    db.query(`SELECT * FROM evaluation_criterion WHERE challenge_id = $1 ORDER BY position`, [
      challengeId,
    ]),
    db.query(`SELECT * FROM challenge_evaluator WHERE challenge_id = $1 ORDER BY user_id`, [
      challengeId,
    ]),
    db.query(
      `SELECT s.* FROM evaluation_score s JOIN challenge_submission c ON c.id = s.submission_id WHERE c.challenge_id = $1 ORDER BY 1, 2, 3`,
      [challengeId],
    ),
    db.query(
      `SELECT k.* FROM evaluation_conflict k JOIN challenge_submission c ON c.id = k.submission_id WHERE c.challenge_id = $1 ORDER BY 1, 2`,
      [challengeId],
    ),
    db.query(`SELECT * FROM evaluation_state WHERE challenge_id = $1`, [challengeId]),
    db.query(`SELECT * FROM evaluation_result WHERE challenge_id = $1 ORDER BY 1`, [challengeId]),
    db.query(
      `SELECT status, (SELECT count(*) FROM challenge_transition WHERE challenge_id = $1) AS transitions FROM challenge WHERE id = $1`,
      [challengeId],
    ),
  ]);
  return JSON.stringify(rows);
}
