import { startTestApp, type GraphQLResponse, type TestApp, type TestClient } from './harness/app';
import { createChallengeViaApi, forceStatus } from './harness/challenges';
import {
  ASSIGN_EVALUATOR,
  CHALLENGE_RESULTS,
  DECLARE_CONFLICT,
  EVALUATION_BOARD,
  evaluationSnapshot,
  insertSubmittedSubmission,
  LOCK_EVALUATION,
  UNASSIGN_EVALUATOR,
  AWARD_CHALLENGE,
  SEND_FEEDBACK,
  scoreViaApi,
  SET_SCORECARD,
  SET_SHORTLISTED,
  setScorecardViaApi,
  TWO_CRITERIA,
} from './harness/evaluation';
import {
  addMember,
  createOrganisation,
  outcome,
  registerPerson,
  setPlatformRole,
  type Person,
} from './harness/people';
import { startSmtpServer, type TestSmtpServer } from './harness/smtp';

/** The parts of the board these tests read. */
interface Board {
  toScore: { myScores: { score: number }[] }[];
  evaluators: { scored: number }[];
  submissions: { scoredBy: number }[];
  ranking: { weightedMean: number; evaluations: unknown[] }[];
}

type Role =
  | 'anonymous'
  | 'stranger'
  | 'submitterMember'
  | 'ownerMember'
  | 'ownerAdmin'
  | 'evaluatorA'
  | 'evaluatorB'
  | 'moderator'
  | 'platformAdmin';

const ROLES: Role[] = [
  'anonymous',
  'stranger',
  'submitterMember',
  'ownerMember',
  'ownerAdmin',
  'evaluatorA',
  'evaluatorB',
  'moderator',
  'platformAdmin',
];

/** Who gets what, per operation, on a public challenge in evaluation. */
const EXPECTED: Record<string, Record<Role, string>> = {
  evaluationBoard: {
    anonymous: 'UNAUTHENTICATED',
    stranger: 'FORBIDDEN',
    submitterMember: 'FORBIDDEN',
    ownerMember: 'FORBIDDEN',
    ownerAdmin: 'OK',
    evaluatorA: 'OK',
    evaluatorB: 'OK',
    moderator: 'FORBIDDEN',
    platformAdmin: 'FORBIDDEN',
  },
  // a submission is "not found" to whoever may not read it, FORBIDDEN to the owner who may
  scoreSubmission: {
    anonymous: 'UNAUTHENTICATED',
    stranger: 'NOT_FOUND',
    submitterMember: 'NOT_FOUND',
    ownerMember: 'NOT_FOUND',
    ownerAdmin: 'FORBIDDEN',
    evaluatorA: 'OK',
    evaluatorB: 'OK',
    moderator: 'NOT_FOUND',
    platformAdmin: 'NOT_FOUND',
  },
  setScorecard: {
    anonymous: 'UNAUTHENTICATED',
    stranger: 'FORBIDDEN',
    submitterMember: 'FORBIDDEN',
    ownerMember: 'FORBIDDEN',
    ownerAdmin: 'SCORECARD_FROZEN',
    evaluatorA: 'FORBIDDEN',
    evaluatorB: 'FORBIDDEN',
    moderator: 'FORBIDDEN',
    platformAdmin: 'FORBIDDEN',
  },
  assignEvaluator: {
    anonymous: 'UNAUTHENTICATED',
    stranger: 'FORBIDDEN',
    submitterMember: 'FORBIDDEN',
    ownerMember: 'FORBIDDEN',
    ownerAdmin: 'OK',
    evaluatorA: 'FORBIDDEN',
    evaluatorB: 'FORBIDDEN',
    moderator: 'FORBIDDEN',
    platformAdmin: 'FORBIDDEN',
  },
  declareConflict: {
    anonymous: 'UNAUTHENTICATED',
    stranger: 'NOT_FOUND',
    submitterMember: 'NOT_FOUND',
    ownerMember: 'NOT_FOUND',
    ownerAdmin: 'FORBIDDEN',
    evaluatorA: 'OK',
    evaluatorB: 'OK',
    moderator: 'NOT_FOUND',
    platformAdmin: 'NOT_FOUND',
  },
  setShortlisted: {
    anonymous: 'UNAUTHENTICATED',
    stranger: 'NOT_FOUND',
    submitterMember: 'NOT_FOUND',
    ownerMember: 'NOT_FOUND',
    ownerAdmin: 'EVALUATION_NOT_LOCKED',
    evaluatorA: 'FORBIDDEN',
    evaluatorB: 'FORBIDDEN',
    moderator: 'NOT_FOUND',
    platformAdmin: 'NOT_FOUND',
  },
  lockEvaluation: {
    anonymous: 'UNAUTHENTICATED',
    stranger: 'FORBIDDEN',
    submitterMember: 'FORBIDDEN',
    ownerMember: 'FORBIDDEN',
    ownerAdmin: 'OK',
    evaluatorA: 'FORBIDDEN',
    evaluatorB: 'FORBIDDEN',
    moderator: 'FORBIDDEN',
    platformAdmin: 'FORBIDDEN',
  },
  unassignEvaluator: {
    anonymous: 'UNAUTHENTICATED',
    stranger: 'FORBIDDEN',
    submitterMember: 'FORBIDDEN',
    ownerMember: 'FORBIDDEN',
    ownerAdmin: 'OK',
    evaluatorA: 'FORBIDDEN',
    evaluatorB: 'FORBIDDEN',
    moderator: 'FORBIDDEN',
    platformAdmin: 'FORBIDDEN',
  },
  // the owner may, once the evaluation is locked (the award itself: evaluation.e2e.spec.ts)
  awardChallenge: {
    anonymous: 'UNAUTHENTICATED',
    stranger: 'FORBIDDEN',
    submitterMember: 'FORBIDDEN',
    ownerMember: 'FORBIDDEN',
    ownerAdmin: 'EVALUATION_NOT_LOCKED',
    evaluatorA: 'FORBIDDEN',
    evaluatorB: 'FORBIDDEN',
    moderator: 'FORBIDDEN',
    platformAdmin: 'FORBIDDEN',
  },
  // the owner may, once the challenge is awarded
  sendFeedback: {
    anonymous: 'UNAUTHENTICATED',
    stranger: 'FORBIDDEN',
    submitterMember: 'FORBIDDEN',
    ownerMember: 'FORBIDDEN',
    ownerAdmin: 'EVALUATION_NOT_AWARDED',
    evaluatorA: 'FORBIDDEN',
    evaluatorB: 'FORBIDDEN',
    moderator: 'FORBIDDEN',
    platformAdmin: 'FORBIDDEN',
  },
  challengeResults: Object.fromEntries(ROLES.map((role) => [role, 'OK'])) as Record<Role, string>,
};

describe('evaluation: who may see and do what', () => {
  let api: TestApp;
  let smtp: TestSmtpServer;
  let people: Record<Exclude<Role, 'anonymous'>, Person>;
  let ownerOrg: string;
  let submitterOrg: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    api = await startTestApp({ SMTP_URL: smtp.url });
    const person = (email: string, fullName: string) =>
      registerPerson(api, smtp, email, { fullName });
    people = {
      ownerAdmin: await person('owner@example.org', 'Olga Owner'),
      ownerMember: await person('owner-member@example.org', 'Mario Member'),
      submitterMember: await person('submitter@example.org', 'Sara Submitter'),
      evaluatorA: await person('eval-a@example.org', 'Anna Evaluator'),
      evaluatorB: await person('eval-b@example.org', 'Bruno Evaluator'),
      stranger: await person('stranger@example.org', 'Stefano Stranger'),
      moderator: await person('moderator@example.org', 'Monica Moderator'),
      platformAdmin: await person('admin@example.org', 'Adele Admin'),
    };
    await setPlatformRole(api, people.moderator.id, 'moderator');
    await setPlatformRole(api, people.platformAdmin.id, 'admin');
    ownerOrg = await createOrganisation(people.ownerAdmin);
    await addMember(api, ownerOrg, people.ownerMember.id, 'member');
    submitterOrg = await createOrganisation(people.submitterMember, {
      kind: 'startup',
      displayName: 'Sensori Srl',
      legalName: 'Sensori Srl',
    });
  });

  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });

  const clientOf = (role: Role): TestClient =>
    role === 'anonymous' ? api.client() : people[role].client;

  /** A public challenge in evaluation: scorecard, evaluators A and B, one submission. */
  async function challengeInEvaluation(visibility = 'PUBLIC') {
    const { id } = await createChallengeViaApi(people.ownerAdmin, ownerOrg, { visibility });
    const criteria = await setScorecardViaApi(people.ownerAdmin.client, id);
    for (const evaluator of [people.evaluatorA, people.evaluatorB])
      await people.ownerAdmin.client.graphql(ASSIGN_EVALUATOR, {
        challengeId: id,
        evaluator: { email: evaluator.email },
      });
    const submissionId = await insertSubmittedSubmission(
      api,
      id,
      submitterOrg,
      people.submitterMember.id,
    );
    await forceStatus(api, id, 'evaluation');
    return { id, criteria, submissionId };
  }

  it('answers every operation for every role as the table says, and refusals change nothing', async () => {
    const operations: Record<
      string,
      (
        client: TestClient,
        fixture: Awaited<ReturnType<typeof challengeInEvaluation>>,
      ) => Promise<GraphQLResponse>
    > = {
      evaluationBoard: (client, f) => client.graphql(EVALUATION_BOARD, { challengeId: f.id }),
      scoreSubmission: (client, f) => scoreViaApi(client, f.submissionId, f.criteria, [4, 3]),
      setScorecard: (client, f) =>
        client.graphql(SET_SCORECARD, { challengeId: f.id, criteria: TWO_CRITERIA }),
      assignEvaluator: (client, f) =>
        client.graphql(ASSIGN_EVALUATOR, {
          challengeId: f.id,
          evaluator: { email: 'stranger@example.org' },
        }),
      declareConflict: (client, f) =>
        client.graphql(DECLARE_CONFLICT, {
          submissionId: f.submissionId,
          reason: 'Former employer',
        }),
      setShortlisted: (client, f) =>
        client.graphql(SET_SHORTLISTED, { submissionId: f.submissionId, shortlisted: true }),
      lockEvaluation: (client, f) => client.graphql(LOCK_EVALUATION, { challengeId: f.id }),
      unassignEvaluator: (client, f) =>
        client.graphql(UNASSIGN_EVALUATOR, { challengeId: f.id, userId: people.evaluatorB.id }),
      awardChallenge: (client, f) =>
        client.graphql(AWARD_CHALLENGE, {
          challengeId: f.id,
          winnerSubmissionIds: [f.submissionId],
        }),
      sendFeedback: (client, f) =>
        client.graphql(SEND_FEEDBACK, {
          challengeId: f.id,
          feedbacks: [{ submissionId: f.submissionId, text: 'Grazie della proposta.' }],
        }),
      challengeResults: (client, f) => client.graphql(CHALLENGE_RESULTS, { challengeId: f.id }),
    };
    const actual: Record<string, Record<string, string>> = {};
    for (const [name, run] of Object.entries(operations)) {
      actual[name] = {};
      for (const role of ROLES) {
        // a fresh challenge per call: an allowed call must not prepare the next role's answer
        const fixture = await challengeInEvaluation();
        const before = await evaluationSnapshot(api, fixture.id);
        const { body } = await run(clientOf(role), fixture);
        actual[name][role] = outcome(body);
        if (outcome(body) !== 'OK' || name === 'evaluationBoard' || name === 'challengeResults')
          expect(await evaluationSnapshot(api, fixture.id)).toBe(before);
      }
    }
    expect(actual).toEqual(EXPECTED);
    // one test walks the whole table (hundreds of calls): minutes on a loaded 2-core machine
  }, 300_000);

  it('keeps scores blind: an evaluator sees only their own, the owner only counts, until the lock', async () => {
    const f = await challengeInEvaluation();
    expect(
      outcome(
        (
          await scoreViaApi(
            people.evaluatorA.client,
            f.submissionId,
            f.criteria,
            [5, 3],
            'secret-of-A',
          )
        ).body,
      ),
    ).toBe('OK');
    expect(
      outcome(
        (
          await scoreViaApi(
            people.evaluatorB.client,
            f.submissionId,
            f.criteria,
            [2, 2],
            'secret-of-B',
          )
        ).body,
      ),
    ).toBe('OK');

    const boardOf = async (person: Person) => {
      const { body } = await person.client.graphql<{ evaluationBoard: Board }>(EVALUATION_BOARD, {
        challengeId: f.id,
      });
      expect(outcome(body)).toBe('OK');
      return body.data!.evaluationBoard;
    };
    const a = await boardOf(people.evaluatorA);
    expect(JSON.stringify(a)).not.toContain('secret-of-B');
    expect(a.toScore[0]!.myScores.map((s) => s.score)).toEqual([5, 3]);
    expect(a).toMatchObject({ evaluators: [], submissions: [], ranking: [], viewerManages: false });
    const b = await boardOf(people.evaluatorB);
    expect(JSON.stringify(b)).not.toContain('secret-of-A');
    const owner = await boardOf(people.ownerAdmin);
    expect(JSON.stringify(owner)).not.toMatch(/secret-of/);
    expect(owner.toScore).toEqual([]);
    expect(owner.ranking).toEqual([]);
    expect(owner.submissions[0]!.scoredBy).toBe(2);
    expect(owner.evaluators.map((e) => e.scored)).toEqual([1, 1]);

    await people.ownerAdmin.client.graphql(LOCK_EVALUATION, { challengeId: f.id });
    const ownerAfter = await boardOf(people.ownerAdmin);
    expect(ownerAfter.ranking[0]!.evaluations).toHaveLength(2);
    expect(JSON.stringify(ownerAfter)).toContain('secret-of-A');
    expect(JSON.stringify(ownerAfter)).toContain('secret-of-B');
    const aAfter = await boardOf(people.evaluatorA);
    // evaluators see the ranking, never each other's scores or comments
    expect(aAfter.ranking[0]!.weightedMean).toBeCloseTo((4.2 + 2) / 2, 10);
    expect(aAfter.ranking[0]!.evaluations).toEqual([]);
    expect(JSON.stringify(aAfter)).not.toContain('secret-of-B');
  });

  it('lets an invited expert evaluate a challenge they could not otherwise see', async () => {
    const f = await challengeInEvaluation('INVITED');
    const { body } = await people.evaluatorA.client.graphql(EVALUATION_BOARD, {
      challengeId: f.id,
    });
    expect(outcome(body)).toBe('OK');
    // and a stranger learns nothing: not found, as the challenge itself
    const denied = await people.stranger.client.graphql(EVALUATION_BOARD, { challengeId: f.id });
    expect(outcome(denied.body)).toBe('NOT_FOUND');
    const results = await api.client().graphql(CHALLENGE_RESULTS, { challengeId: f.id });
    expect(outcome(results.body)).toBe('NOT_FOUND');
  });
});
