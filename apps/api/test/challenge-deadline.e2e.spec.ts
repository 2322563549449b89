import { Clock } from '../src/common/time/clock';
import { CHALLENGE_CLOSE_QUEUE } from '../src/modules/challenges/challenge-deadlines';
import { JobScheduler } from '../src/modules/jobs/job-scheduler';
import { startTestApp, type TestApp } from './harness/app';
import {
  challengeInput,
  createChallengeViaApi,
  daysFromNow,
  transitionViaApi,
  UPDATE_CHALLENGE,
} from './harness/challenges';
import {
  createOrganisation,
  dataSourceOf,
  registerPerson,
  setPlatformRole,
  type Person,
} from './harness/people';
import { startSmtpServer, type TestSmtpServer } from './harness/smtp';

/** The deadline closes a published challenge through the job scheduler, once, on time. */
describe('challenge deadlines', () => {
  let smtp: TestSmtpServer;
  let api: TestApp;
  let owner: Person;
  let moderator: Person;
  let organisationId: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    api = await startTestApp({ SMTP_URL: smtp.url });
    owner = await registerPerson(api, smtp, 'owner@example.org', { fullName: 'Olga Owner' });
    organisationId = await createOrganisation(owner);
    moderator = await registerPerson(api, smtp, 'moderator@example.org');
    await setPlatformRole(api, moderator.id, 'moderator');
  });
  afterEach(() => api.app.get(Clock).reset());
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  const jobs = () => api.app.get(JobScheduler);
  const pendingRunAt = async (id: string) =>
    (await jobs().pending(CHALLENGE_CLOSE_QUEUE, id))?.runAt.toISOString() ?? null;
  const statusOf = async (id: string) => {
    const [row] = await dataSourceOf(api).query(`SELECT status FROM challenge WHERE id = $1`, [id]);
    return row.status as string;
  };
  const closeRows = (id: string) =>
    dataSourceOf(api).query(
      `SELECT actor_id, from_status, to_status FROM challenge_transition WHERE challenge_id = $1 AND action = 'close'`,
      [id],
    );

  async function publish(deadline: Date): Promise<{ id: string; version: number }> {
    const challenge = await createChallengeViaApi(owner, organisationId, {
      deadline: deadline.toISOString(),
    });
    await transitionViaApi(owner.client, challenge.id, 'SUBMIT_FOR_REVIEW');
    await transitionViaApi(moderator.client, challenge.id, 'APPROVE');
    expect(await statusOf(challenge.id)).toBe('published');
    return challenge;
  }

  it('closes a published challenge when its deadline passes, as the system, with an audit row', async () => {
    const deadline = daysFromNow(3);
    const { id } = await publish(deadline);
    expect(await pendingRunAt(id)).toBe(deadline.toISOString());

    const clock = api.app.get(Clock);
    clock.travelTo(new Date(deadline.getTime() - 60_000));
    expect(await jobs().runDue(CHALLENGE_CLOSE_QUEUE)).toBe(0); // not due yet
    expect(await statusOf(id)).toBe('published');

    clock.travelTo(new Date(deadline.getTime() + 1_000));
    expect(await jobs().runDue(CHALLENGE_CLOSE_QUEUE)).toBe(1);
    expect(await statusOf(id)).toBe('closed');
    expect(await closeRows(id)).toEqual([
      { actor_id: null, from_status: 'published', to_status: 'closed' },
    ]);
    expect(await pendingRunAt(id)).toBeNull();
  });

  it('moves the job when the owner moves the deadline of a published challenge', async () => {
    const { id } = await publish(daysFromNow(3));
    const later = daysFromNow(10);
    const { body } = await owner.client.graphql(UPDATE_CHALLENGE, {
      id,
      expectedVersion: 1,
      input: challengeInput({ deadline: later.toISOString() }),
    });
    expect(body.errors).toBeUndefined();
    expect(await pendingRunAt(id)).toBe(later.toISOString());

    // at the old deadline nothing is due any more
    api.app.get(Clock).travelTo(daysFromNow(4));
    expect(await jobs().runDue(CHALLENGE_CLOSE_QUEUE)).toBe(0);
    expect(await statusOf(id)).toBe('published');
  });

  it('cancels the job when the owner closes early or cancels', async () => {
    const early = await publish(daysFromNow(3));
    await transitionViaApi(owner.client, early.id, 'CLOSE');
    expect(await pendingRunAt(early.id)).toBeNull();
    const cancelled = await publish(daysFromNow(3));
    await transitionViaApi(owner.client, cancelled.id, 'CANCEL');
    expect(await pendingRunAt(cancelled.id)).toBeNull();
  });

  it('reschedules instead of closing when a job fires before the deadline', async () => {
    const deadline = daysFromNow(5);
    const { id } = await publish(deadline);
    // a job that was due earlier (an old deadline, a clock skew) finds the challenge not due
    await jobs().scheduleAt(CHALLENGE_CLOSE_QUEUE, id, daysFromNow(1), { challengeId: id });
    api.app.get(Clock).travelTo(daysFromNow(2));
    expect(await jobs().runDue(CHALLENGE_CLOSE_QUEUE)).toBe(1);
    expect(await statusOf(id)).toBe('published');
    expect(await pendingRunAt(id)).toBe(deadline.toISOString());
  });

  it('closes once when two API instances race on the same due challenges', async () => {
    const deadline = daysFromNow(2);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await publish(deadline)).id);
    const second = await startTestApp({ SMTP_URL: smtp.url }, { database: api.db });
    try {
      const after = new Date(deadline.getTime() + 1_000);
      api.app.get(Clock).travelTo(after);
      second.app.get(Clock).travelTo(after);
      await Promise.all([
        jobs().runDue(CHALLENGE_CLOSE_QUEUE),
        second.app.get(JobScheduler).runDue(CHALLENGE_CLOSE_QUEUE),
      ]);
      for (const id of ids) {
        expect(await statusOf(id)).toBe('closed');
        expect(await closeRows(id)).toHaveLength(1);
      }
    } finally {
      await second.close();
    }
  });
});
