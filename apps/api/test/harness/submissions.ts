import type { TestApp, TestClient } from './app';
import { dataSourceOf } from './people';

export const SUBMISSION_FIELDS = `id status version summary summaryHtml approach team trl budgetAmount budgetCurrency
  submittedAt withdrawnAt organisation { id } challenge { id } viewerCan { edit submit withdraw }`;

export const SUBMISSION = `query Submission($id: ID!) { submission(id: $id) { ${SUBMISSION_FIELDS} } }`;
export const MY_SUBMISSION = `query MySubmission($challengeId: ID!, $organisationId: ID!) {
  mySubmission(challengeId: $challengeId, organisationId: $organisationId) { id status version }
}`;
export const CHALLENGE_SUBMISSIONS = `query ChallengeSubmissions($challengeId: ID!, $first: Int, $after: String) {
  challengeSubmissions(challengeId: $challengeId, first: $first, after: $after) {
    nodes { id status organisation { id } } pageInfo { endCursor hasNextPage }
  }
}`;
export const SAVE_DRAFT = `mutation SaveDraft($challengeId: ID!, $organisationId: ID!, $expectedVersion: Int, $input: SubmissionInput!) {
  saveSubmissionDraft(challengeId: $challengeId, organisationId: $organisationId, expectedVersion: $expectedVersion, input: $input) { ${SUBMISSION_FIELDS} }
}`;
export const SUBMIT = `mutation Submit($id: ID!, $expectedVersion: Int!) {
  submitSubmission(id: $id, expectedVersion: $expectedVersion) { id status version submittedAt }
}`;
export const WITHDRAW = `mutation Withdraw($id: ID!) { withdrawSubmission(id: $id) { id status withdrawnAt } }`;
export const SET_MODERATOR_ACCESS = `mutation Grant($challengeId: ID!, $granted: Boolean!) {
  setModeratorSubmissionAccess(challengeId: $challengeId, granted: $granted) { id moderatorSubmissionAccess }
}`;

/** A complete proposal (ready to submit); override any field. */
export function submissionInput(overrides: Record<string, unknown> = {}) {
  return {
    summary: 'Sensori vibrazionali e un modello che **prevede** i guasti.',
    approach: 'Pilota di 3 mesi su due presse, poi estensione alla linea.',
    team: 'Due ingegneri, un data scientist.',
    trl: 6,
    budgetAmount: 45000,
    budgetCurrency: 'EUR',
    ...overrides,
  };
}

type Body = {
  data?: Record<string, unknown> | null;
  errors?: { extensions?: Record<string, unknown> }[];
};

/** Saves (creates without a version) as `client`; returns the raw body. */
export async function saveDraft(
  client: TestClient,
  challengeId: string,
  organisationId: string,
  expectedVersion: number | null = null,
  overrides: Record<string, unknown> = {},
) {
  const { body } = await client.graphql<{
    saveSubmissionDraft: { id: string; version: number; status: string; summary: string };
  }>(SAVE_DRAFT, {
    challengeId,
    organisationId,
    expectedVersion,
    input: submissionInput(overrides),
  });
  return body;
}

/** Creates a complete draft and returns its id and version (throws on any error). */
export async function createDraft(client: TestClient, challengeId: string, organisationId: string) {
  const body = await saveDraft(client, challengeId, organisationId);
  if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.saveSubmissionDraft;
}

export async function submit(client: TestClient, id: string, expectedVersion: number) {
  return (await client.graphql(SUBMIT, { id, expectedVersion })).body as Body;
}

export async function withdraw(client: TestClient, id: string) {
  return (await client.graphql(WITHDRAW, { id })).body as Body;
}

/** The stored row, for checking that a refused write changed nothing. */
export async function submissionRow(api: TestApp, id: string) {
  const [row] = await dataSourceOf(api).query(
    `SELECT status, version, summary, approach, team, trl, submitted_at, withdrawn_at FROM challenge_submission WHERE id = $1`,
    [id],
  );
  return row as Record<string, unknown>;
}

/** Puts a row back as `row` says (after an allowed write in a matrix). */
export async function restoreSubmission(api: TestApp, id: string, row: Record<string, unknown>) {
  await dataSourceOf(api).query(
    `UPDATE challenge_submission SET status = $2, version = $3, summary = $4, approach = $5, team = $6, trl = $7, submitted_at = $8, withdrawn_at = $9 WHERE id = $1`,
    [
      id,
      row.status,
      row.version,
      row.summary,
      row.approach,
      row.team,
      row.trl,
      row.submitted_at,
      row.withdrawn_at,
    ],
  );
}

/** Assigns an evaluator directly (the evaluation feature owns the API for it). */
export async function assignEvaluator(api: TestApp, challengeId: string, userId: string) {
  await dataSourceOf(api).query(
    `INSERT INTO challenge_evaluator (challenge_id, user_id) VALUES ($1, $2)`,
    [challengeId, userId],
  );
}
