import type { ChallengeStatus } from '@oip/domain';
import type { TestApp, TestClient } from './app';
import { dataSourceOf, type Person } from './people';

/** The fields most challenge tests read back. */
export const CHALLENGE_FIELDS = `id status version visibility deadline
  title { it en } problem { it en } problemHtml { it en }
  owner { id } timeline { action from to comment actor { id } }
  viewerCan { edit submitForReview approve returnToDraft close startEvaluation award cancel archive }
  viewerFollows`;

export const CREATE_CHALLENGE = `mutation CreateChallenge($organisationId: ID!, $input: ChallengeInput!) {
  createChallenge(organisationId: $organisationId, input: $input) { ${CHALLENGE_FIELDS} }
}`;
export const UPDATE_CHALLENGE = `mutation UpdateChallenge($id: ID!, $expectedVersion: Int!, $input: ChallengeInput!) {
  updateChallenge(id: $id, expectedVersion: $expectedVersion, input: $input) { id version title { it en } }
}`;
export const TRANSITION_CHALLENGE = `mutation TransitionChallenge($id: ID!, $action: ChallengeAction!, $comment: String) {
  transitionChallenge(id: $id, action: $action, comment: $comment) { id status }
}`;
export const CHALLENGE = `query Challenge($id: ID!) { challenge(id: $id) { ${CHALLENGE_FIELDS} } }`;

/** A date `days` from now (real time; tests moving the Clock pass their own). */
export function daysFromNow(days: number): Date {
  return new Date(Date.now() + days * 86_400_000);
}

/** A valid ChallengeInput (Italian and English complete, deadline in 30 days); override any field. */
export function challengeInput(overrides: Record<string, unknown> = {}) {
  return {
    titleIt: 'Manutenzione predittiva per presse idrauliche',
    titleEn: 'Predictive maintenance for hydraulic presses',
    summaryIt: 'Cerchiamo sensori e modelli per prevedere i guasti.',
    summaryEn: 'We look for sensors and models that predict failures.',
    problemIt: 'Le fermate non pianificate costano **molto**.',
    problemEn: 'Unplanned stops cost **a lot**.',
    s3Ecosystems: ['advanced_manufacturing'],
    tags: ['iot', 'machine learning'],
    soughtPartnerKinds: ['startup', 'university'],
    trlMin: 4,
    trlMax: 7,
    rewardType: 'PILOT',
    rewardAmount: 50000,
    deadline: daysFromNow(30).toISOString(),
    visibility: 'PUBLIC',
    ...overrides,
  };
}

/** Creates a draft as `person` (an owner or admin of the organisation); returns it. */
export async function createChallengeViaApi(
  person: Person | { client: TestClient },
  organisationId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; version: number }> {
  const { body } = await person.client.graphql<{
    createChallenge: { id: string; version: number };
  }>(CREATE_CHALLENGE, { organisationId, input: challengeInput(overrides) });
  if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.createChallenge;
}

/**
 * Puts a challenge in any status directly in the database (no transition row): for testing
 * what happens from that status. `deadline` optionally replaces the deadline too.
 */
export async function forceStatus(
  api: TestApp,
  id: string,
  status: ChallengeStatus,
  { deadline }: { deadline?: Date | null } = {},
) {
  await dataSourceOf(api).query(
    `UPDATE challenge SET status = $2, deadline = CASE WHEN $3 THEN $4::timestamptz ELSE deadline END WHERE id = $1`,
    [id, status, deadline !== undefined, deadline ?? null],
  );
}

/** The stored status, version and number of audit rows of a challenge. */
export async function challengeRow(
  api: TestApp,
  id: string,
): Promise<{ status: ChallengeStatus; version: number; transitions: number }> {
  const [row] = await dataSourceOf(api).query(
    `SELECT status, version, (SELECT count(*)::int FROM challenge_transition t WHERE t.challenge_id = c.id) AS transitions FROM challenge c WHERE id = $1`,
    [id],
  );
  return row;
}

/** Runs a transition as `client`; returns the raw response body. */
export async function transitionViaApi(
  client: TestClient,
  id: string,
  action: string,
  comment: string | null = null,
) {
  const { body } = await client.graphql<{ transitionChallenge: { id: string; status: string } }>(
    TRANSITION_CHALLENGE,
    { id, action: action.toUpperCase(), comment },
  );
  return body;
}
