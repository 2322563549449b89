import { Clock } from '../src/common/time/clock';
import { startTestApp, type TestApp } from './harness/app';
import { createChallengeViaApi, daysFromNow, forceStatus } from './harness/challenges';
import {
  addMember,
  createOrganisation,
  dataSourceOf,
  outcome,
  registerPerson,
  type Person,
} from './harness/people';
import { startSmtpServer, type TestSmtpServer } from './harness/smtp';
import {
  CHALLENGE_SUBMISSIONS,
  createDraft,
  saveDraft,
  submit,
  SUBMISSION,
  SUBMISSION_FIELDS,
  withdraw,
} from './harness/submissions';

describe('submissions over the API', () => {
  let api: TestApp;
  let smtp: TestSmtpServer;
  let owner: Person;
  let ownerOrganisation: string;
  let alice: Person;
  let bob: Person;
  let startup: string;
  let counter = 0;

  /** Another organisation led by a new person: its id and its owner. */
  async function answeringOrganisation() {
    counter += 1;
    const person = await registerPerson(api, smtp, `answer${counter}@example.org`);
    const id = await createOrganisation(person, {
      kind: 'startup',
      displayName: `Startup ${counter}`,
      legalName: `Startup ${counter} S.r.l.`,
    });
    return { id, person };
  }

  /** A published challenge with the given deadline. */
  async function publishedChallenge(deadline = daysFromNow(30)) {
    const { id } = await createChallengeViaApi(owner, ownerOrganisation);
    await forceStatus(api, id, 'published', { deadline });
    return id;
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
    api = await startTestApp({ SMTP_URL: smtp.url });
    owner = await registerPerson(api, smtp, 'owner@example.org');
    ownerOrganisation = await createOrganisation(owner);
    alice = await registerPerson(api, smtp, 'alice@example.org');
    startup = await createOrganisation(alice, {
      kind: 'startup',
      displayName: 'Sensori',
      legalName: 'Sensori S.r.l.',
    });
    bob = await registerPerson(api, smtp, 'bob@example.org');
    await addMember(api, startup, bob.id, 'member');
  });

  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });

  afterEach(() => api.app.get(Clock).reset());

  it('keeps one proposal per organisation, even when members create it at the same moment', async () => {
    const challengeId = await publishedChallenge();
    const bodies = await Promise.all(
      [alice, bob, alice, bob, alice].map((person) =>
        saveDraft(person.client, challengeId, startup),
      ),
    );
    const outcomes = bodies.map(outcome).sort();
    expect(outcomes).toEqual(['OK', ...Array(4).fill('SUBMISSION_EXISTS')].sort());
    const [row] = await dataSourceOf(api).query(
      `SELECT count(*)::int AS n FROM challenge_submission WHERE challenge_id = $1`,
      [challengeId],
    );
    expect(row.n).toBe(1);
    // the refusal points at the existing proposal
    const refused = bodies.find((body) => outcome(body) === 'SUBMISSION_EXISTS')!;
    const created = bodies.find((body) => outcome(body) === 'OK')!.data!.saveSubmissionDraft;
    expect(refused.errors![0]!.extensions).toMatchObject({
      submissionId: created.id,
      currentVersion: 1,
    });
  });

  it('refuses a save over an older version with the current one, and keeps the newer text', async () => {
    const challengeId = await publishedChallenge();
    const draft = await createDraft(alice.client, challengeId, startup);
    const first = await saveDraft(bob.client, challengeId, startup, draft.version, {
      summary: 'Bob’s text',
    });
    expect(first.data?.saveSubmissionDraft.version).toBe(2);
    const second = await saveDraft(alice.client, challengeId, startup, draft.version, {
      summary: 'Alice’s text',
    });
    expect(outcome(second)).toBe('SUBMISSION_EDIT_CONFLICT');
    expect(second.errors![0]!.extensions!.currentVersion).toBe(2);
    const { body } = await alice.client.graphql<{ submission: { summary: string } }>(SUBMISSION, {
      id: draft.id,
    });
    expect(body.data!.submission.summary).toBe('Bob’s text');
    // saving on top of the newer version works (the web's "keep mine")
    expect(outcome(await saveDraft(alice.client, challengeId, startup, 2, { summary: 'x' }))).toBe(
      'OK',
    );
    // two saves racing over the same version: exactly one wins
    const race = await Promise.all([
      saveDraft(alice.client, challengeId, startup, 3, { summary: 'A' }),
      saveDraft(bob.client, challengeId, startup, 3, { summary: 'B' }),
    ]);
    expect(race.map(outcome).sort()).toEqual(['OK', 'SUBMISSION_EDIT_CONFLICT']);
    // submitting a version that is not current is a conflict too
    expect(outcome(await submit(alice.client, draft.id, 3))).toBe('SUBMISSION_EDIT_CONFLICT');
  });

  it('answers each invalid field with its code, and an incomplete proposal cannot be submitted', async () => {
    const challengeId = await publishedChallenge();
    const { id: organisationId, person } = await answeringOrganisation();
    const invalid = await saveDraft(person.client, challengeId, organisationId, null, {
      summary: 'x'.repeat(3001),
      approach: 'y'.repeat(20001),
      team: 'z'.repeat(10001),
      trl: 10,
      budgetAmount: -1,
      budgetCurrency: 'euro',
    });
    expect(outcome(invalid)).toBe('VALIDATION_FAILED');
    expect(invalid.errors![0]!.extensions!.fields).toEqual({
      summary: 'TEXT_TOO_LONG',
      approach: 'TEXT_TOO_LONG',
      team: 'TEXT_TOO_LONG',
      trl: 'TRL_INVALID',
      budgetAmount: 'BUDGET_AMOUNT_INVALID',
      budgetCurrency: 'CURRENCY_INVALID',
    });
    const empty = await saveDraft(person.client, challengeId, organisationId, null, {
      summary: 'Only a summary',
      approach: '  ',
      team: '',
      trl: null,
      budgetAmount: null,
    });
    expect(outcome(empty)).toBe('OK');
    const draft = empty.data!.saveSubmissionDraft;
    const refused = await submit(person.client, draft.id, draft.version);
    expect(outcome(refused)).toBe('VALIDATION_FAILED');
    expect(refused.errors![0]!.extensions!.fields).toEqual({
      approach: 'SUBMISSION_FIELD_REQUIRED',
      team: 'SUBMISSION_FIELD_REQUIRED',
      trl: 'SUBMISSION_FIELD_REQUIRED',
    });
  });

  it('decides by the server clock: 1 second before the deadline is in time, after it is late', async () => {
    const deadline = daysFromNow(10);
    const challengeId = await publishedChallenge(deadline);
    const onTime = await createDraft(alice.client, challengeId, startup);
    const { id: lateOrganisation, person: latecomer } = await answeringOrganisation();
    const late = await createDraft(latecomer.client, challengeId, lateOrganisation);
    const clock = api.app.get(Clock);

    clock.travelTo(new Date(deadline.getTime() - 1000));
    expect(outcome(await submit(alice.client, onTime.id, onTime.version))).toBe('OK');

    clock.travelTo(new Date(deadline.getTime() + 1000));
    expect(outcome(await submit(latecomer.client, late.id, late.version))).toBe(
      'SUBMISSION_DEADLINE_PASSED',
    );
    expect(outcome(await withdraw(alice.client, onTime.id))).toBe('SUBMISSION_DEADLINE_PASSED');
    expect(
      outcome(await saveDraft(latecomer.client, challengeId, lateOrganisation, late.version)),
    ).toBe('SUBMISSION_DEADLINE_PASSED');
    const rows = await dataSourceOf(api).query(
      `SELECT organisation_id, status FROM challenge_submission WHERE challenge_id = $1 ORDER BY status`,
      [challengeId],
    );
    expect(rows).toEqual([
      { organisation_id: lateOrganisation, status: 'draft' },
      { organisation_id: startup, status: 'submitted' },
    ]);
  });

  it('withdraws before the deadline; a withdrawn proposal may be edited and submitted again', async () => {
    const challengeId = await publishedChallenge();
    const draft = await createDraft(alice.client, challengeId, startup);
    expect(outcome(await submit(bob.client, draft.id, draft.version))).toBe('OK');
    // submitted: no more edits
    expect(outcome(await saveDraft(alice.client, challengeId, startup, draft.version))).toBe(
      'SUBMISSION_NOT_EDITABLE',
    );
    const withdrawn = await withdraw(alice.client, draft.id);
    expect(withdrawn.data).toMatchObject({ withdrawSubmission: { status: 'WITHDRAWN' } });
    expect(outcome(await withdraw(alice.client, draft.id))).toBe('SUBMISSION_NOT_SUBMITTED');
    const edited = await saveDraft(alice.client, challengeId, startup, draft.version, {
      summary: 'Second thoughts',
    });
    expect(edited.data?.saveSubmissionDraft).toMatchObject({ status: 'WITHDRAWN', version: 2 });
    expect(outcome(await submit(alice.client, draft.id, 2))).toBe('OK');
  });

  it('accepts proposals only while the challenge is published, and never from its owner', async () => {
    const { id: organisationId, person } = await answeringOrganisation();
    for (const status of ['closed', 'evaluation', 'awarded', 'cancelled'] as const) {
      const challengeId = await publishedChallenge();
      await forceStatus(api, challengeId, status);
      const body = await saveDraft(person.client, challengeId, organisationId);
      expect(outcome(body)).toBe('SUBMISSION_CHALLENGE_NOT_OPEN');
      expect(body.errors![0]!.extensions!.status).toBe(status);
    }
    // a draft challenge is not even visible to outsiders
    const { id: draftChallenge } = await createChallengeViaApi(owner, ownerOrganisation);
    expect(outcome(await saveDraft(person.client, draftChallenge, organisationId))).toBe(
      'NOT_FOUND',
    );
    // closing early stops submissions of existing drafts too
    const challengeId = await publishedChallenge();
    const draft = await createDraft(person.client, challengeId, organisationId);
    await forceStatus(api, challengeId, 'closed');
    expect(outcome(await submit(person.client, draft.id, draft.version))).toBe(
      'SUBMISSION_CHALLENGE_NOT_OPEN',
    );
    // the owner's organisation cannot answer its own challenge
    expect(
      outcome(await saveDraft(owner.client, await publishedChallenge(), ownerOrganisation)),
    ).toBe('SUBMISSION_OWN_CHALLENGE');
  });

  it('serves markdown as sanitised HTML and tells the members what they can do', async () => {
    const challengeId = await publishedChallenge();
    const { id: organisationId, person } = await answeringOrganisation();
    const body = await saveDraft(person.client, challengeId, organisationId, null, {
      summary: 'Hello <script>alert(1)</script> [x](javascript:alert(1)) **bold**',
    });
    const draft = body.data!.saveSubmissionDraft as unknown as {
      summaryHtml: string;
      viewerCan: Record<string, boolean>;
    };
    expect(draft.summaryHtml).toContain('<strong>bold</strong>');
    expect(draft.summaryHtml).not.toMatch(/<script|href="javascript:/i);
    expect(draft.viewerCan).toEqual({ edit: true, submit: true, withdraw: false });
  });
  it('offers the caller’s organisations with their whole proposals within the complexity budget', async () => {
    // the web's submission form asks this much; over 1000 the page could not load at all
    const challengeId = await publishedChallenge();
    const draft = await createDraft(alice.client, challengeId, startup);
    const { body } = await alice.client.graphql<{
      mySubmissionOptions: { organisationId: string; submission: { id: string } | null }[];
    }>(
      `query ($challengeId: ID!) {
        challenge(id: $challengeId) { id status deadline title { it en } owner { id displayName } }
        mySubmissionOptions(challengeId: $challengeId) {
          organisationId role organisation { id displayName } submission { ${SUBMISSION_FIELDS} }
        }
      }`,
      { challengeId },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.mySubmissionOptions).toEqual([
      expect.objectContaining({
        organisationId: startup,
        submission: expect.objectContaining({ id: draft.id }),
      }),
    ]);
  });

  it('lists received proposals to the owner in keyset pages, submitted ones only, first come first', async () => {
    const challengeId = await publishedChallenge();
    const submitted: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { id: organisationId, person } = await answeringOrganisation();
      const draft = await createDraft(person.client, challengeId, organisationId);
      expect(outcome(await submit(person.client, draft.id, draft.version))).toBe('OK');
      submitted.push(draft.id);
    }
    await createDraft(alice.client, challengeId, startup); // a draft is never listed
    type Page = {
      challengeSubmissions: {
        nodes: { id: string }[];
        pageInfo: { endCursor: string; hasNextPage: boolean };
      };
    };
    const first = await owner.client.graphql<Page>(CHALLENGE_SUBMISSIONS, {
      challengeId,
      first: 2,
    });
    const page1 = first.body.data!.challengeSubmissions;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await owner.client.graphql<Page>(CHALLENGE_SUBMISSIONS, {
      challengeId,
      first: 2,
      after: page1.pageInfo.endCursor,
    });
    const page2 = second.body.data!.challengeSubmissions;
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect([...page1.nodes, ...page2.nodes].map((node) => node.id)).toEqual(submitted);
    const tooMany = await owner.client.graphql(CHALLENGE_SUBMISSIONS, { challengeId, first: 51 });
    expect(outcome(tooMany.body)).toBe('BAD_USER_INPUT');
  });
});
