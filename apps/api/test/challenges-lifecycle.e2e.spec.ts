import {
  CHALLENGE_ACTIONS,
  CHALLENGE_STATUSES,
  type ChallengeAction,
  type ChallengeStatus,
} from '@oip/domain';
import { Clock } from '../src/common/time/clock';
import { ChallengesService } from '../src/modules/challenges/challenges.service';
import { startTestApp, type TestApp, type TestClient } from './harness/app';
import {
  challengeRow,
  createChallengeViaApi,
  daysFromNow,
  forceStatus,
  transitionViaApi,
} from './harness/challenges';
import {
  addMember,
  createOrganisation,
  outcome,
  registerPerson,
  setPlatformRole,
  type Person,
} from './harness/people';
import { startSmtpServer, type TestSmtpServer } from './harness/smtp';

// Written out independently of the domain's table: status × action → next status.
const MACHINE: Record<ChallengeStatus, Partial<Record<ChallengeAction, ChallengeStatus>>> = {
  draft: { submit_for_review: 'in_review', cancel: 'cancelled' },
  in_review: { approve: 'published', return_to_draft: 'draft', cancel: 'cancelled' },
  published: { close: 'closed', cancel: 'cancelled' },
  closed: { start_evaluation: 'evaluation', cancel: 'cancelled', archive: 'archived' },
  evaluation: { award: 'awarded', cancel: 'cancelled' },
  awarded: { archive: 'archived' },
  cancelled: { archive: 'archived' },
  archived: {},
};
const OWNER_ACTIONS: ChallengeAction[] = [
  'submit_for_review',
  'close',
  'start_evaluation',
  'award',
  'cancel',
  'archive',
];
const MODERATOR_ACTIONS: ChallengeAction[] = ['approve', 'return_to_draft', 'archive'];

type Role =
  'anonymous' | 'otherOrgMember' | 'ownerOrgMember' | 'ownerOrgAdmin' | 'moderator' | 'admin';
const ROLES: Role[] = [
  'anonymous',
  'otherOrgMember',
  'ownerOrgMember',
  'ownerOrgAdmin',
  'moderator',
  'admin',
];

function expected(role: Role, status: ChallengeStatus, action: ChallengeAction): string {
  if (role === 'anonymous') return 'UNAUTHENTICATED';
  const privateStatus = status === 'draft' || status === 'in_review';
  if (role === 'otherOrgMember' && privateStatus) return 'NOT_FOUND';
  const allowed =
    role === 'ownerOrgAdmin'
      ? OWNER_ACTIONS
      : role === 'moderator' || role === 'admin'
        ? MODERATOR_ACTIONS
        : [];
  if (!allowed.includes(action)) return 'FORBIDDEN';
  return MACHINE[status][action] ? 'OK' : 'CHALLENGE_INVALID_TRANSITION';
}

describe('challenge lifecycle over the API', () => {
  let api: TestApp;
  let smtp: TestSmtpServer;
  let owner: Person;
  let organisationId: string;
  let clients: Record<Role, TestClient>;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    api = await startTestApp({ SMTP_URL: smtp.url });
    owner = await registerPerson(api, smtp, 'owner@example.org', { fullName: 'Olga Owner' });
    organisationId = await createOrganisation(owner);
    const member = await registerPerson(api, smtp, 'member@example.org');
    await addMember(api, organisationId, member.id, 'member');
    const admin = await registerPerson(api, smtp, 'orgadmin@example.org');
    await addMember(api, organisationId, admin.id, 'admin');
    const other = await registerPerson(api, smtp, 'other@example.org');
    await createOrganisation(other, { displayName: 'Altra', legalName: 'Altra S.r.l.' });
    const moderator = await registerPerson(api, smtp, 'moderator@example.org');
    await setPlatformRole(api, moderator.id, 'moderator');
    const platformAdmin = await registerPerson(api, smtp, 'admin@example.org');
    await setPlatformRole(api, platformAdmin.id, 'admin');
    clients = {
      anonymous: api.client(),
      otherOrgMember: other.client,
      ownerOrgMember: member.client,
      ownerOrgAdmin: admin.client,
      moderator: moderator.client,
      admin: platformAdmin.client,
    };
  });

  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });

  afterEach(() => api.app.get(Clock).reset());

  it('every status × every action × every role: the new status and an audit row, or the right error and nothing changed', async () => {
    const { id } = await createChallengeViaApi(owner, organisationId);
    const failures: string[] = [];
    for (const status of CHALLENGE_STATUSES)
      for (const action of CHALLENGE_ACTIONS)
        for (const role of ROLES) {
          await forceStatus(api, id, status, { deadline: daysFromNow(30) });
          const before = await challengeRow(api, id);
          const body = await transitionViaApi(
            clients[role],
            id,
            action,
            'Per favore completa i dati',
          );
          const after = await challengeRow(api, id);
          const want = expected(role, status, action);
          const got = outcome(body);
          const wantStatus = want === 'OK' ? MACHINE[status][action] : status;
          const wantRows = before.transitions + (want === 'OK' ? 1 : 0);
          if (got !== want || after.status !== wantStatus || after.transitions !== wantRows)
            failures.push(
              `${status} × ${action} × ${role}: ${got} → ${after.status} (wanted ${want} → ${wantStatus})`,
            );
          if (want === 'CHALLENGE_INVALID_TRANSITION')
            expect(body.errors?.[0]?.extensions).toMatchObject({ status, action });
        }
    expect(failures).toEqual([]);
    // one test walks the whole table (hundreds of calls): minutes on a loaded 2-core machine
  }, 300_000);

  it('records who, from, to, action and comment in the timeline', async () => {
    const { id } = await createChallengeViaApi(owner, organisationId);
    expect(outcome(await transitionViaApi(owner.client, id, 'submit_for_review'))).toBe('OK');
    expect(
      outcome(await transitionViaApi(clients.moderator, id, 'return_to_draft', 'Manca il budget')),
    ).toBe('OK');
    const { body } = await owner.client.graphql<{
      challenge: {
        timeline: {
          action: string;
          from: string;
          to: string;
          comment: string | null;
          actor: { id: string } | null;
        }[];
      };
    }>(
      `query($id: ID!) { challenge(id: $id) { timeline { action from to comment actor { id } } } }`,
      { id },
    );
    expect(body.data!.challenge.timeline).toEqual([
      {
        action: 'SUBMIT_FOR_REVIEW',
        from: 'DRAFT',
        to: 'IN_REVIEW',
        comment: null,
        actor: { id: owner.id },
      },
      {
        action: 'RETURN_TO_DRAFT',
        from: 'IN_REVIEW',
        to: 'DRAFT',
        comment: 'Manca il budget',
        actor: expect.any(Object),
      },
    ]);
  });

  it('refuses to return a challenge to draft without a comment', async () => {
    const { id } = await createChallengeViaApi(owner, organisationId);
    await forceStatus(api, id, 'in_review');
    const body = await transitionViaApi(clients.moderator, id, 'return_to_draft', '   ');
    expect(outcome(body)).toBe('VALIDATION_FAILED');
    expect(body.errors?.[0]?.extensions?.fields).toEqual({ comment: 'CHALLENGE_COMMENT_REQUIRED' });
    expect((await challengeRow(api, id)).status).toBe('in_review');
  });

  it('refuses to approve when the deadline is not in the future by the server clock', async () => {
    const { id } = await createChallengeViaApi(owner, organisationId, {
      deadline: daysFromNow(10).toISOString(),
    });
    await forceStatus(api, id, 'in_review');
    api.app.get(Clock).travelTo(daysFromNow(11));
    expect(outcome(await transitionViaApi(clients.moderator, id, 'approve'))).toBe(
      'CHALLENGE_DEADLINE_NOT_IN_FUTURE',
    );
    expect(await challengeRow(api, id)).toMatchObject({ status: 'in_review', transitions: 0 });
    api.app.get(Clock).reset();
    expect(outcome(await transitionViaApi(clients.moderator, id, 'approve'))).toBe('OK');
  });

  it('names the current state in the refusal message, in the caller’s language', async () => {
    const { id } = await createChallengeViaApi(owner, organisationId);
    const body = await transitionViaApi(owner.client, id, 'award');
    expect(body.errors?.[0]?.message).toContain('draft');
    expect(body.errors?.[0]?.message).toContain('award');
  });

  it('lets only one of two concurrent, exclusive transitions win (approve vs return to draft)', async () => {
    const { id } = await createChallengeViaApi(owner, organisationId);
    await forceStatus(api, id, 'in_review');
    const results = await Promise.all([
      transitionViaApi(clients.moderator, id, 'approve'),
      transitionViaApi(clients.admin, id, 'return_to_draft', 'No'),
    ]);
    const outcomes = results.map(outcome);
    expect(outcomes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(outcomes.filter((code) => code === 'CHALLENGE_INVALID_TRANSITION')).toHaveLength(1);
    expect((await challengeRow(api, id)).transitions).toBe(1);
  });

  it('closeDueChallenge closes a published challenge once its deadline passed, once', async () => {
    const service = api.app.get(ChallengesService);
    const { id } = await createChallengeViaApi(owner, organisationId);
    await forceStatus(api, id, 'published', { deadline: daysFromNow(5) });
    expect(await service.closeDueChallenge(id)).toBe(false);
    api.app.get(Clock).travelTo(daysFromNow(6));
    const raced = await Promise.all([service.closeDueChallenge(id), service.closeDueChallenge(id)]);
    expect(raced.sort()).toEqual([false, true]);
    expect(await challengeRow(api, id)).toMatchObject({ status: 'closed', transitions: 1 });
    expect(await service.closeDueChallenge(id)).toBe(false);
    expect(await service.closeDueChallenge('not-a-uuid')).toBe(false);
  });
});
