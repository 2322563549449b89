import { startTestApp, type TestApp } from './harness/app';
import { createChallengeViaApi, forceStatus } from './harness/challenges';
import {
  ASSIGN_EVALUATOR,
  AWARD_CHALLENGE,
  CHALLENGE_RESULTS,
  DECLARE_CONFLICT,
  EVALUATION_BOARD,
  evaluationSnapshot,
  insertSubmittedSubmission,
  LOCK_EVALUATION,
  scoreViaApi,
  SEND_FEEDBACK,
  SET_SCORECARD,
  SET_SHORTLISTED,
  setScorecardViaApi,
  UNASSIGN_EVALUATOR,
} from './harness/evaluation';
import {
  addMember,
  createOrganisation,
  dataSourceOf,
  outcome,
  registerPerson,
  type Person,
} from './harness/people';
import { startSmtpServer, type TestSmtpServer } from './harness/smtp';

interface RankingRow {
  rank: number;
  submission: { id: string };
  weightedMean: number | null;
  spread: number | null;
  standardDeviation: number | null;
  evaluatorCount: number;
  criterionMeans: { mean: number | null }[];
  evaluations: { evaluator: { id: string }; weightedTotal: number }[];
}

describe('evaluation rules over the API', () => {
  let api: TestApp;
  let smtp: TestSmtpServer;
  let owner: Person;
  let evaluators: Person[];
  let startup: Person;
  let startupColleague: Person;
  let university: Person;
  let ownerOrg: string;
  let startupOrg: string;
  let universityOrg: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    api = await startTestApp({ SMTP_URL: smtp.url });
    owner = await registerPerson(api, smtp, 'owner@example.org', { fullName: 'Olga Owner' });
    ownerOrg = await createOrganisation(owner);
    evaluators = [
      await registerPerson(api, smtp, 'a@example.org', { fullName: 'Anna A' }),
      await registerPerson(api, smtp, 'b@example.org', { fullName: 'Bruno B' }),
      await registerPerson(api, smtp, 'c@example.org', { fullName: 'Carla C' }),
    ];
    startup = await registerPerson(api, smtp, 'startup@example.org', {
      fullName: 'Sara Startup',
      locale: 'en',
    });
    startupOrg = await createOrganisation(startup, {
      kind: 'startup',
      displayName: 'Sensori Srl',
      legalName: 'Sensori Srl',
    });
    startupColleague = await registerPerson(api, smtp, 'colleague@example.org');
    await addMember(api, startupOrg, startupColleague.id, 'member');
    university = await registerPerson(api, smtp, 'uni@example.org', { fullName: 'Ugo Uni' });
    universityOrg = await createOrganisation(university, {
      kind: 'university',
      displayName: 'Politecnico di Test',
      legalName: 'Politecnico di Test',
    });
  });

  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });

  /** A draft with the 60/40 scorecard and the three evaluators assigned. */
  async function draftWithScorecard() {
    const { id } = await createChallengeViaApi(owner, ownerOrg);
    const criteria = await setScorecardViaApi(owner.client, id);
    for (const evaluator of evaluators)
      await owner.client.graphql(ASSIGN_EVALUATOR, {
        challengeId: id,
        evaluator: { email: evaluator.email.toUpperCase() },
      });
    return { id, criteria };
  }

  /** draftWithScorecard, two submissions (startup first), in evaluation. */
  async function inEvaluation() {
    const { id, criteria } = await draftWithScorecard();
    const s1 = await insertSubmittedSubmission(api, id, startupOrg, startup.id, {
      submittedAt: new Date('2026-01-01T10:00:00Z'),
    });
    const s2 = await insertSubmittedSubmission(api, id, universityOrg, university.id, {
      submittedAt: new Date('2026-01-02T10:00:00Z'),
    });
    await forceStatus(api, id, 'evaluation');
    return { id, criteria, s1, s2 };
  }

  const board = async (person: Person, challengeId: string) => {
    const { body } = await person.client.graphql<{
      evaluationBoard: {
        ranking: RankingRow[];
        submissions: { submission: { id: string }; conflicts: { reason: string }[] }[];
        toScore: { submission: { id: string }; conflictReason: string | null }[];
      };
    }>(EVALUATION_BOARD, { challengeId });
    expect(outcome(body)).toBe('OK');
    return body.data!.evaluationBoard;
  };

  it('refuses scorecards whose weights do not add up to 100, or with no or too many criteria', async () => {
    const { id } = await createChallengeViaApi(owner, ownerOrg);
    const before = await evaluationSnapshot(api, id);
    const set = (criteria: unknown[]) =>
      owner.client.graphql(SET_SCORECARD, { challengeId: id, criteria });
    const fields = async (criteria: unknown[]) =>
      (await set(criteria)).body.errors?.[0]?.extensions?.fields;
    expect(
      await fields([
        { nameIt: 'Impatto', weight: 60 },
        { nameEn: 'Feasibility', weight: 30 },
      ]),
    ).toEqual({ criteria: 'EVALUATION_WEIGHTS_NOT_100' });
    expect(await fields([])).toEqual({ criteria: 'EVALUATION_CRITERIA_COUNT' });
    expect(
      await fields(Array.from({ length: 11 }, (_, i) => ({ nameIt: `C${i}`, weight: i ? 9 : 10 }))),
    ).toEqual({ criteria: 'EVALUATION_CRITERIA_COUNT' });
    expect(await fields([{ weight: 100 }])).toEqual({
      'criteria.0.nameIt': 'EVALUATION_CRITERION_NAME_REQUIRED',
    });
    expect(
      await fields([
        { nameIt: 'Tutto', weight: 0 },
        { nameIt: 'Altro', weight: 100 },
      ]),
    ).toEqual({
      'criteria.0.weight': 'EVALUATION_WEIGHT_INVALID',
    });
    expect(await evaluationSnapshot(api, id)).toBe(before);
    // replacing is all or nothing
    await setScorecardViaApi(owner.client, id, [{ nameIt: 'Unico', weight: 100 }]);
    const ids = await setScorecardViaApi(owner.client, id);
    expect(ids).toHaveLength(2);
  });

  it('freezes the scorecard once the challenge is closed, and scoring opens only in evaluation', async () => {
    const { id, criteria } = await draftWithScorecard();
    const s1 = await insertSubmittedSubmission(api, id, startupOrg, startup.id);
    for (const status of ['published', 'in_review'] as const) {
      await forceStatus(api, id, status);
      expect(
        outcome(
          (
            await owner.client.graphql(SET_SCORECARD, {
              challengeId: id,
              criteria: [{ nameIt: 'X', weight: 100 }],
            })
          ).body,
        ),
      ).toBe('OK');
    }
    await setScorecardViaApi(owner.client, id);
    const [{ id: impact }, { id: feasibility }] = await dataSourceOf(api).query(
      `SELECT id FROM evaluation_criterion WHERE challenge_id = $1 ORDER BY position`,
      [id],
    );
    for (const status of ['closed', 'evaluation', 'awarded', 'cancelled', 'archived'] as const) {
      await forceStatus(api, id, status);
      const { body } = await owner.client.graphql(SET_SCORECARD, {
        challengeId: id,
        criteria: [{ nameIt: 'X', weight: 100 }],
      });
      expect([status, outcome(body)]).toEqual([status, 'SCORECARD_FROZEN']);
    }
    expect(criteria).toHaveLength(2);
    for (const status of ['published', 'closed'] as const) {
      await forceStatus(api, id, status);
      const { body } = await scoreViaApi(evaluators[0]!.client, s1, [impact, feasibility], [3, 3]);
      expect([status, outcome(body)]).toEqual([status, 'EVALUATION_NOT_OPEN']);
    }
  });

  it('validates scores: every criterion once, whole numbers 1–5', async () => {
    const { criteria, s1 } = await inEvaluation();
    const a = evaluators[0]!.client;
    const fields = async (ids: string[], values: number[]) =>
      (await scoreViaApi(a, s1, ids, values)).body.errors?.[0]?.extensions?.fields;
    expect(await fields([criteria[0]!], [3])).toEqual({ scores: 'EVALUATION_SCORES_INCOMPLETE' });
    expect(await fields([criteria[0]!, criteria[0]!], [3, 3])).toEqual({
      scores: 'EVALUATION_SCORES_INCOMPLETE',
    });
    expect(await fields(criteria, [0, 6])).toEqual({
      'scores.0.score': 'EVALUATION_SCORE_INVALID',
      'scores.1.score': 'EVALUATION_SCORE_INVALID',
    });
    // upsert: scoring again replaces
    expect(outcome((await scoreViaApi(a, s1, criteria, [1, 1])).body)).toBe('OK');
    expect(outcome((await scoreViaApi(a, s1, criteria, [5, 5])).body)).toBe('OK');
    const [{ count }] = await dataSourceOf(api).query(
      `SELECT count(*)::int AS count FROM evaluation_score WHERE submission_id = $1`,
      [s1],
    );
    expect(count).toBe(2);
  });

  it('ranks by weighted mean with the spread between evaluators: the worked example', async () => {
    const { id, criteria, s1, s2 } = await inEvaluation();
    const [a, b, c] = evaluators as [Person, Person, Person];
    // weights 60/40 — s1: A 5,3 → 4.2; B 4,4 → 4.0; C 3,5 → 3.8
    //                 s2: A 2,2 → 2.0; B 3,1 → 2.2; C declares a conflict (had scored 5,5)
    for (const [person, submission, values] of [
      [a, s1, [5, 3]],
      [b, s1, [4, 4]],
      [c, s1, [3, 5]],
      [a, s2, [2, 2]],
      [b, s2, [3, 1]],
      [c, s2, [5, 5]],
    ] as const)
      expect(
        outcome((await scoreViaApi(person.client, submission, criteria, [...values])).body),
      ).toBe('OK');
    expect(
      outcome(
        (
          await c.client.graphql(DECLARE_CONFLICT, {
            submissionId: s2,
            reason: 'I advised Politecnico',
          })
        ).body,
      ),
    ).toBe('OK');
    const refused = await scoreViaApi(c.client, s2, criteria, [5, 5]);
    expect(outcome(refused.body)).toBe('EVALUATION_CONFLICT_DECLARED');
    expect(
      (await board(c, id)).toScore.find((row) => row.submission.id === s2)?.conflictReason,
    ).toBe('I advised Politecnico');
    expect(
      (await board(owner, id)).submissions.find((row) => row.submission.id === s2)?.conflicts,
    ).toEqual([{ evaluator: { id: c.id }, reason: 'I advised Politecnico' }]);

    expect(outcome((await owner.client.graphql(LOCK_EVALUATION, { challengeId: id })).body)).toBe(
      'OK',
    );
    const { ranking } = await board(owner, id);
    expect(ranking.map((row) => [row.rank, row.submission.id, row.evaluatorCount])).toEqual([
      [1, s1, 3],
      [2, s2, 2],
    ]);
    const [first, second] = ranking as [RankingRow, RankingRow];
    expect(first.weightedMean).toBeCloseTo(4.0, 10);
    expect(first.spread).toBeCloseTo(0.4, 10);
    expect(first.standardDeviation).toBeCloseTo(Math.sqrt(0.08 / 3), 10);
    expect(first.criterionMeans.map((row) => row.mean)).toEqual([4, 4]);
    expect(second.weightedMean).toBeCloseTo(2.1, 10);
    expect(second.spread).toBeCloseTo(0.2, 10);
    expect(second.standardDeviation).toBeCloseTo(0.1, 10);
    expect(second.evaluations.map((row) => row.evaluator.id).sort()).toEqual([a.id, b.id].sort());
    expect(first.evaluations.find((row) => row.evaluator.id === c.id)?.weightedTotal).toBeCloseTo(
      3.8,
      10,
    );
  });

  it('refuses scoring, conflicts and evaluator changes after the lock', async () => {
    const { id, criteria, s1 } = await inEvaluation();
    const a = evaluators[0]!;
    await owner.client.graphql(LOCK_EVALUATION, { challengeId: id });
    const before = await evaluationSnapshot(api, id);
    expect(outcome((await scoreViaApi(a.client, s1, criteria, [3, 3])).body)).toBe(
      'EVALUATION_LOCKED',
    );
    expect(
      outcome((await a.client.graphql(DECLARE_CONFLICT, { submissionId: s1, reason: 'x' })).body),
    ).toBe('EVALUATION_LOCKED');
    expect(outcome((await owner.client.graphql(LOCK_EVALUATION, { challengeId: id })).body)).toBe(
      'EVALUATION_LOCKED',
    );
    expect(
      outcome(
        (await owner.client.graphql(UNASSIGN_EVALUATOR, { challengeId: id, userId: a.id })).body,
      ),
    ).toBe('EVALUATION_LOCKED');
    expect(await evaluationSnapshot(api, id)).toBe(before);
  });

  it('does not lock before the evaluation phase; unknown evaluator emails are refused', async () => {
    const { id } = await draftWithScorecard();
    expect(outcome((await owner.client.graphql(LOCK_EVALUATION, { challengeId: id })).body)).toBe(
      'EVALUATION_NOT_OPEN',
    );
    const unknown = await owner.client.graphql(ASSIGN_EVALUATOR, {
      challengeId: id,
      evaluator: { email: 'nobody@example.org' },
    });
    expect(outcome(unknown.body)).toBe('EVALUATOR_NOT_FOUND');
  });

  it('awards after the lock: winners marked, challenge AWARDED with its audit rows; outcomes and feedback reach only their submitters', async () => {
    const { id, criteria, s1, s2 } = await inEvaluation();
    await scoreViaApi(evaluators[0]!.client, s1, criteria, [5, 5]);
    const early = await owner.client.graphql(AWARD_CHALLENGE, {
      challengeId: id,
      winnerSubmissionIds: [s1],
    });
    expect(outcome(early.body)).toBe('EVALUATION_NOT_LOCKED');
    await owner.client.graphql(LOCK_EVALUATION, { challengeId: id });
    expect(
      outcome(
        (await owner.client.graphql(SET_SHORTLISTED, { submissionId: s2, shortlisted: true })).body,
      ),
    ).toBe('OK');

    const before = await evaluationSnapshot(api, id);
    for (const winners of [[], [s1, s1], ['00000000-0000-4000-8000-000000000000']]) {
      const { body } = await owner.client.graphql(AWARD_CHALLENGE, {
        challengeId: id,
        winnerSubmissionIds: winners,
      });
      expect(body.errors?.[0]?.extensions?.fields).toEqual({
        winnerSubmissionIds: 'AWARD_WINNERS_INVALID',
      });
    }
    const byEvaluator = await evaluators[0]!.client.graphql(AWARD_CHALLENGE, {
      challengeId: id,
      winnerSubmissionIds: [s1],
    });
    expect(outcome(byEvaluator.body)).toBe('FORBIDDEN');
    const feedbackTooEarly = await owner.client.graphql(SEND_FEEDBACK, {
      challengeId: id,
      feedbacks: [{ submissionId: s1, text: 'Bravi' }],
    });
    expect(outcome(feedbackTooEarly.body)).toBe('EVALUATION_NOT_AWARDED');
    expect(await evaluationSnapshot(api, id)).toBe(before);

    // before the award, a submitter only learns "pending"
    const pending = await startup.client.graphql<{
      challengeResults: { mine: { outcome: string }[] };
    }>(CHALLENGE_RESULTS, { challengeId: id });
    expect(pending.body.data?.challengeResults.mine.map((row) => row.outcome)).toEqual(['PENDING']);

    const awarded = await owner.client.graphql<{ awardChallenge: { challengeStatus: string } }>(
      AWARD_CHALLENGE,
      { challengeId: id, winnerSubmissionIds: [s1], comment: 'Congratulations' },
    );
    expect(outcome(awarded.body)).toBe('OK');
    expect(awarded.body.data?.awardChallenge.challengeStatus).toBe('AWARDED');
    const db = dataSourceOf(api);
    expect(
      await db.query(
        `SELECT from_status, to_status, action, actor_id, comment FROM challenge_transition WHERE challenge_id = $1`,
        [id],
      ),
    ).toEqual([
      {
        from_status: 'evaluation',
        to_status: 'awarded',
        action: 'award',
        actor_id: owner.id,
        comment: 'Congratulations',
      },
    ]);
    const audit = await db.query(
      `SELECT action, data FROM audit_event WHERE subject_id = $1 AND action = 'evaluation.awarded'`,
      [id],
    );
    expect(audit).toEqual([{ action: 'evaluation.awarded', data: { winnerSubmissionIds: [s1] } }]);
    const again = await owner.client.graphql(AWARD_CHALLENGE, {
      challengeId: id,
      winnerSubmissionIds: [s2],
    });
    expect(outcome(again.body)).toBe('EVALUATION_CLOSED');

    const feedback = await owner.client.graphql(SEND_FEEDBACK, {
      challengeId: id,
      feedbacks: [
        { submissionId: s1, text: 'A convincing pilot plan.' },
        { submissionId: s2, text: 'Strong science, the budget was too high.' },
      ],
    });
    expect(outcome(feedback.body)).toBe('OK');
    const mail = await smtp.waitForMail(startup.email);
    expect(mail.subject).toContain('Result of the challenge');
    expect(mail.text).toContain('A convincing pilot plan.');
    expect(mail.text).toContain('winner');
    expect(mail.text).toContain(`/challenges/${id}/results`);
    const uniMail = await smtp.waitForMail(university.email);
    expect(uniMail.text).toContain('selezionata nella rosa finale');

    type Results = {
      challengeResults: {
        awarded: boolean;
        winners: { displayName: string }[];
        mine: { submission: { id: string }; outcome: string; feedback: string | null }[];
      };
    };
    const resultsOf = async (client: Person['client']) =>
      (await client.graphql<Results>(CHALLENGE_RESULTS, { challengeId: id })).body.data!
        .challengeResults;
    const publicView = await resultsOf(api.client());
    expect(publicView).toMatchObject({
      awarded: true,
      winners: [{ displayName: 'Sensori Srl' }],
      mine: [],
    });
    expect(JSON.stringify(publicView)).not.toMatch(/pilot plan|budget/);
    for (const person of [startup, startupColleague])
      expect((await resultsOf(person.client)).mine).toEqual([
        { submission: { id: s1 }, outcome: 'WINNER', feedback: 'A convincing pilot plan.' },
      ]);
    expect((await resultsOf(university.client)).mine).toEqual([
      {
        submission: { id: s2 },
        outcome: 'SHORTLISTED',
        feedback: 'Strong science, the budget was too high.',
      },
    ]);
    expect((await resultsOf(evaluators[1]!.client)).mine).toEqual([]);
    expect((await resultsOf(owner.client)).mine).toEqual([]);
  });

  it('refuses scoring your own organisation’s proposal, and drops the scores of unassigned evaluators', async () => {
    const { id, criteria, s1 } = await inEvaluation();
    await owner.client.graphql(ASSIGN_EVALUATOR, {
      challengeId: id,
      evaluator: { userId: startupColleague.id },
    });
    expect(outcome((await scoreViaApi(startupColleague.client, s1, criteria, [5, 5])).body)).toBe(
      'EVALUATION_CONFLICT_DECLARED',
    );
    await scoreViaApi(evaluators[0]!.client, s1, criteria, [1, 1]);
    await scoreViaApi(evaluators[1]!.client, s1, criteria, [5, 5]);
    await owner.client.graphql(UNASSIGN_EVALUATOR, { challengeId: id, userId: evaluators[0]!.id });
    expect(outcome((await scoreViaApi(evaluators[0]!.client, s1, criteria, [1, 1])).body)).toBe(
      'NOT_FOUND',
    );
    await owner.client.graphql(LOCK_EVALUATION, { challengeId: id });
    const [first] = (await board(owner, id)).ranking as [RankingRow];
    expect([first.submission.id, first.weightedMean, first.evaluatorCount]).toEqual([s1, 5, 1]);
  });
});
