import { startTestApp, type TestApp, type TestClient } from './harness/app';
import { createChallengeViaApi, forceStatus } from './harness/challenges';
import {
  addMember,
  createOrganisation,
  dataSourceOf,
  outcome,
  registerPerson,
  setPlatformRole,
} from './harness/people';
import { startSmtpServer, type TestSmtpServer } from './harness/smtp';
import {
  assignEvaluator,
  CHALLENGE_SUBMISSIONS,
  createDraft,
  MY_SUBMISSION,
  restoreSubmission,
  saveDraft,
  SET_MODERATOR_ACCESS,
  submissionRow,
  submit,
  SUBMISSION,
  withdraw,
} from './harness/submissions';

const ROLES = [
  'anonymous',
  'stranger',
  'otherSubmitter',
  'submitter',
  'ownerMember',
  'ownerAdmin',
  'evaluator',
  'evaluatorElsewhere',
  'moderator',
  'platformAdmin',
] as const;
type Role = (typeof ROLES)[number];
type Status = 'draft' | 'submitted';

// The rule, written out independently of submissions.policy.ts.
function reads(role: Role, status: Status, granted: boolean): boolean {
  if (role === 'submitter') return true;
  if (status !== 'submitted') return false;
  if (role === 'ownerAdmin' || role === 'evaluator') return true;
  return granted && (role === 'moderator' || role === 'platformAdmin');
}

function lists(role: Role, granted: boolean): boolean {
  if (role === 'ownerAdmin' || role === 'evaluator') return true;
  return granted && (role === 'moderator' || role === 'platformAdmin');
}

const denied = (role: Role, status: Status, granted: boolean) =>
  reads(role, status, granted) ? 'FORBIDDEN' : 'NOT_FOUND';

const EXPECTED = {
  submission: (role: Role, status: Status, granted: boolean) =>
    role === 'anonymous' ? 'UNAUTHENTICATED' : reads(role, status, granted) ? 'OK' : 'NOT_FOUND',
  challengeSubmissions: (role: Role, _status: Status, granted: boolean) =>
    role === 'anonymous' ? 'UNAUTHENTICATED' : lists(role, granted) ? 'OK' : 'NOT_FOUND',
  mySubmission: (role: Role) =>
    role === 'anonymous' ? 'UNAUTHENTICATED' : role === 'submitter' ? 'OK' : 'NOT_FOUND',
  save: (role: Role, status: Status) =>
    role === 'anonymous'
      ? 'UNAUTHENTICATED'
      : role !== 'submitter'
        ? 'FORBIDDEN' // not a member of the organisation it would speak for
        : status === 'draft'
          ? 'OK'
          : 'SUBMISSION_NOT_EDITABLE',
  submit: (role: Role, status: Status, granted: boolean) =>
    role === 'anonymous'
      ? 'UNAUTHENTICATED'
      : role !== 'submitter'
        ? denied(role, status, granted)
        : status === 'draft'
          ? 'OK'
          : 'SUBMISSION_NOT_EDITABLE',
  withdraw: (role: Role, status: Status, granted: boolean) =>
    role === 'anonymous'
      ? 'UNAUTHENTICATED'
      : role !== 'submitter'
        ? denied(role, status, granted)
        : status === 'submitted'
          ? 'OK'
          : 'SUBMISSION_NOT_SUBMITTED',
};
type Operation = keyof typeof EXPECTED;
const WRITES: Operation[] = ['save', 'submit', 'withdraw'];

describe('submission confidentiality: every role × read and write × draft and submitted', () => {
  let api: TestApp;
  let smtp: TestSmtpServer;
  let clients: Record<Role, TestClient>;
  let owner: TestClient;
  let challengeId: string;
  let organisationId: string;
  let submissionId: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    api = await startTestApp({ SMTP_URL: smtp.url });
    const person = (email: string) => registerPerson(api, smtp, email);
    const ownerPerson = await person('owner@example.org');
    owner = ownerPerson.client;
    const ownerOrganisation = await createOrganisation(ownerPerson);
    const ownerAdmin = await person('owner-admin@example.org');
    await addMember(api, ownerOrganisation, ownerAdmin.id, 'admin');
    const ownerMember = await person('owner-member@example.org');
    await addMember(api, ownerOrganisation, ownerMember.id, 'member');

    const submitterOwner = await person('startup@example.org');
    organisationId = await createOrganisation(submitterOwner, {
      kind: 'startup',
      displayName: 'Sensori Srl',
      legalName: 'Sensori S.r.l.',
    });
    const submitter = await person('startup-member@example.org');
    await addMember(api, organisationId, submitter.id, 'member');
    const otherSubmitter = await person('lab@example.org');
    const otherOrganisation = await createOrganisation(otherSubmitter, {
      kind: 'university',
      displayName: 'Laboratorio',
      legalName: 'Università Laboratorio',
    });

    const stranger = await person('stranger@example.org');
    const evaluator = await person('expert@example.org');
    const evaluatorElsewhere = await person('expert2@example.org');
    const moderator = await person('moderator@example.org');
    await setPlatformRole(api, moderator.id, 'moderator');
    const platformAdmin = await person('admin@example.org');
    await setPlatformRole(api, platformAdmin.id, 'admin');

    challengeId = (await createChallengeViaApi(ownerPerson, ownerOrganisation)).id;
    await forceStatus(api, challengeId, 'published');
    await assignEvaluator(api, challengeId, evaluator.id);
    const elsewhere = (await createChallengeViaApi(ownerPerson, ownerOrganisation)).id;
    await assignEvaluator(api, elsewhere, evaluatorElsewhere.id);

    submissionId = (await createDraft(submitter.client, challengeId, organisationId)).id;
    // the other organisation answers too (submitted), so "otherSubmitter" is a real competitor
    const theirs = await createDraft(otherSubmitter.client, challengeId, otherOrganisation);
    expect(outcome(await submit(otherSubmitter.client, theirs.id, theirs.version))).toBe('OK');

    clients = {
      anonymous: api.client(),
      stranger: stranger.client,
      otherSubmitter: otherSubmitter.client,
      submitter: submitter.client,
      ownerMember: ownerMember.client,
      ownerAdmin: ownerAdmin.client,
      evaluator: evaluator.client,
      evaluatorElsewhere: evaluatorElsewhere.client,
      moderator: moderator.client,
      platformAdmin: platformAdmin.client,
    };
  });

  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });

  async function run(operation: Operation, client: TestClient) {
    const version = Number((await submissionRow(api, submissionId)).version);
    switch (operation) {
      case 'submission':
        return (await client.graphql(SUBMISSION, { id: submissionId })).body;
      case 'challengeSubmissions':
        return (await client.graphql(CHALLENGE_SUBMISSIONS, { challengeId, first: 10 })).body;
      case 'mySubmission':
        return (await client.graphql(MY_SUBMISSION, { challengeId, organisationId })).body;
      case 'save':
        return saveDraft(client, challengeId, organisationId, version, { summary: 'Overwritten' });
      case 'submit':
        return submit(client, submissionId, version);
      case 'withdraw':
        return withdraw(client, submissionId);
    }
  }

  it.each([
    ['draft', false],
    ['submitted', false],
    ['draft', true],
    ['submitted', true],
  ] as [Status, boolean][])(
    'a %s submission, moderator access granted: %s',
    async (status, granted) => {
      expect(
        outcome((await owner.graphql(SET_MODERATOR_ACCESS, { challengeId, granted })).body),
      ).toBe('OK');
      await restoreSubmission(api, submissionId, {
        ...(await submissionRow(api, submissionId)),
        status,
        submitted_at: status === 'submitted' ? new Date() : null,
      });
      const baseline = await submissionRow(api, submissionId);
      const mismatches: string[] = [];
      for (const operation of Object.keys(EXPECTED) as Operation[])
        for (const role of ROLES) {
          const expected = EXPECTED[operation](role, status, granted);
          const body = await run(operation, clients[role]);
          const actual = outcome(body);
          if (actual !== expected)
            mismatches.push(`${operation} by ${role}: expected ${expected}, got ${actual}`);
          const after = await submissionRow(api, submissionId);
          if (WRITES.includes(operation)) {
            // a refused write changes nothing; an allowed one is undone for the next row
            if (actual !== 'OK' && JSON.stringify(after) !== JSON.stringify(baseline))
              mismatches.push(`${operation} by ${role} was refused but changed the row`);
            await restoreSubmission(api, submissionId, baseline);
          }
          if (operation === 'challengeSubmissions' && actual === 'OK') {
            const data = body.data as { challengeSubmissions: { nodes: { id: string }[] } };
            const listed = data.challengeSubmissions.nodes.some((node) => node.id === submissionId);
            if (listed !== (status === 'submitted'))
              mismatches.push(`challengeSubmissions by ${role} listed=${listed}`);
          }
        }
      expect(mismatches).toEqual([]);
    },
  );

  it('shows the submission count and the access setting to the owner side only', async () => {
    const QUERY = `query C($id: ID!) { challenge(id: $id) { submissionCount moderatorSubmissionAccess } }`;
    await owner.graphql(SET_MODERATOR_ACCESS, { challengeId, granted: false });
    // ours back to a draft: only the other organisation's submitted proposal counts
    await restoreSubmission(api, submissionId, {
      ...(await submissionRow(api, submissionId)),
      status: 'draft',
      submitted_at: null,
    });
    const seen: Record<string, unknown> = {};
    for (const role of ROLES) {
      const { body } = await clients[role].graphql<{ challenge: Record<string, unknown> }>(QUERY, {
        id: challengeId,
      });
      seen[role] = body.data?.challenge;
    }
    const hidden = { submissionCount: null, moderatorSubmissionAccess: null };
    expect(seen).toEqual({
      anonymous: hidden,
      stranger: hidden,
      otherSubmitter: hidden,
      submitter: hidden,
      ownerMember: hidden,
      ownerAdmin: { submissionCount: 1, moderatorSubmissionAccess: false },
      evaluator: { submissionCount: 1, moderatorSubmissionAccess: null },
      evaluatorElsewhere: hidden,
      moderator: hidden,
      platformAdmin: hidden,
    });
  });

  it('lets only the owner organisation’s owners and admins grant moderator access, and audits it', async () => {
    for (const role of ['ownerMember', 'moderator', 'submitter', 'evaluator'] as Role[])
      expect(
        outcome(
          (await clients[role].graphql(SET_MODERATOR_ACCESS, { challengeId, granted: true })).body,
        ),
      ).toBe('FORBIDDEN');
    const { body } = await clients.ownerAdmin.graphql<{
      setModeratorSubmissionAccess: { moderatorSubmissionAccess: boolean };
    }>(SET_MODERATOR_ACCESS, { challengeId, granted: true });
    expect(body.data?.setModeratorSubmissionAccess.moderatorSubmissionAccess).toBe(true);
    const rows = await dataSourceOf(api).query(
      `SELECT action FROM audit_event WHERE subject_type = 'challenge' AND subject_id = $1 ORDER BY created_at`,
      [challengeId],
    );
    expect(rows.at(-1).action).toBe('submissions.moderator_access_granted');
  });
});
