import { DataSource } from 'typeorm';
import { Clock } from '../src/common/time/clock';
import type { JobContext } from '../src/modules/jobs/job.types';
import { JobScheduler } from '../src/modules/jobs/job-scheduler';
import { startTestApp, type TestApp } from './harness/app';

/** What a test handler saw: one row per run, counted in a table the test owns. */
interface Run {
  key: string;
  data: { n: number };
  attempt: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const past = () => new Date(Date.now() - 60_000);

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 10_000) {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await sleep(50);
  }
}

describe('job scheduler (pg-boss)', () => {
  let api: TestApp;
  let jobs: JobScheduler;
  let db: DataSource;

  beforeAll(async () => {
    api = await startTestApp();
    jobs = api.app.get(JobScheduler);
    db = api.app.get(DataSource);
    await db.query(
      `CREATE TABLE job_test_run (queue text, key text, data jsonb, attempt int, at timestamptz DEFAULT now())`,
    );
  });
  afterAll(() => api.close());

  /** A handler that records each run (in whichever app runs it) before doing `then`. */
  const recording =
    (queue: string, then: (job: JobContext) => Promise<void> = async () => undefined) =>
    async (data: { n: number }, job: JobContext) => {
      await db.query(
        `INSERT INTO job_test_run (queue, key, data, attempt) VALUES ($1, $2, $3, $4)`,
        [queue, job.key, data, job.attempt],
      );
      await then(job);
    };

  const runsOf = async (queue: string): Promise<Run[]> =>
    db.query(`SELECT key, data, attempt FROM job_test_run WHERE queue = $1 ORDER BY at`, [queue]);

  it('runs a job scheduled in the past once', async () => {
    await jobs.register('test-past', recording('test-past'));
    await jobs.scheduleAt('test-past', 'a', past(), { n: 1 });
    const runs = await eventually(
      () => runsOf('test-past'),
      (rows) => rows.length > 0,
    );
    await sleep(1200); // two more polls: nothing runs again
    expect(await runsOf('test-past')).toEqual([{ key: 'a', data: { n: 1 }, attempt: 0 }]);
    expect(runs).toHaveLength(1);
    expect(await jobs.pending('test-past', 'a')).toBeNull();
  });

  it('keeps one waiting job per key: scheduling the key again moves it', async () => {
    await jobs.register('test-move', recording('test-move'));
    const inAnHour = new Date(api.app.get(Clock).now().getTime() + 3_600_000);
    await jobs.scheduleAt('test-move', 'k', new Date(inAnHour.getTime() + 60_000), { n: 1 });
    await jobs.scheduleAt('test-move', 'k', inAnHour, { n: 2 });
    expect(await jobs.pending('test-move', 'k')).toMatchObject({ runAt: inAnHour, data: { n: 2 } });

    await jobs.scheduleAt('test-move', 'k', past(), { n: 3 });
    await eventually(
      () => runsOf('test-move'),
      (rows) => rows.length > 0,
    );
    await sleep(1200);
    expect(await runsOf('test-move')).toEqual([{ key: 'k', data: { n: 3 }, attempt: 0 }]);
  });

  it('retries a failing handler with backoff until it succeeds', async () => {
    await jobs.register(
      'test-retry',
      recording('test-retry', async ({ attempt }) => {
        if (attempt < 2) throw new Error(`attempt ${attempt} fails`);
      }),
      { retryLimit: 5, retryDelaySeconds: 1, retryDelayMaxSeconds: 1 },
    );
    await jobs.scheduleAt('test-retry', 'r', past(), { n: 1 });
    const runs = await eventually(
      () => runsOf('test-retry'),
      (rows) => rows.length >= 3,
      15_000,
    );
    await sleep(1200);
    expect(runs.map((run) => run.attempt)).toEqual([0, 1, 2]);
    expect(await runsOf('test-retry')).toHaveLength(3);
  });

  it('cancel prevents the run', async () => {
    await jobs.register('test-cancel', recording('test-cancel'));
    const soon = new Date(Date.now() + 1500);
    await jobs.scheduleAt('test-cancel', 'c', soon, { n: 1 });
    expect(await jobs.cancel('test-cancel', 'c')).toBe(true);
    expect(await jobs.cancel('test-cancel', 'c')).toBe(false);
    await sleep(2500);
    expect(await runsOf('test-cancel')).toEqual([]);
  });

  it('schedules inside the caller’s transaction: a rollback schedules nothing', async () => {
    await jobs.register('test-tx', recording('test-tx'));
    await db
      .transaction(async (manager) => {
        await jobs.scheduleAt('test-tx', 'rolled-back', past(), { n: 1 }, { manager });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await db.transaction((manager) =>
      jobs.scheduleAt('test-tx', 'committed', past(), { n: 2 }, { manager }),
    );
    await eventually(
      () => runsOf('test-tx'),
      (rows) => rows.length > 0,
    );
    await sleep(1200);
    expect(await runsOf('test-tx')).toEqual([{ key: 'committed', data: { n: 2 }, attempt: 0 }]);
  });

  it('runDue runs what is due by the Clock now, not what is due later', async () => {
    await jobs.register('test-clock', recording('test-clock'));
    const clock = api.app.get(Clock);
    const start = clock.now();
    const day = 24 * 3_600_000;
    await jobs.scheduleAt('test-clock', 'tomorrow', new Date(start.getTime() + day), { n: 1 });
    await jobs.scheduleAt('test-clock', 'next-week', new Date(start.getTime() + 7 * day), { n: 2 });
    try {
      clock.travelTo(new Date(start.getTime() + day + 60_000));
      expect(await jobs.runDue('test-clock')).toBe(1);
      expect(await runsOf('test-clock')).toEqual([{ key: 'tomorrow', data: { n: 1 }, attempt: 0 }]);
      // scheduled while the Clock is a day ahead: due in an hour for pg-boss too
      await jobs.scheduleAt('test-clock', 'later', new Date(clock.now().getTime() + 3_600_000), {
        n: 3,
      });
      await sleep(1200);
      expect(await runsOf('test-clock')).toHaveLength(1);
      expect(await jobs.pending('test-clock', 'next-week')).not.toBeNull();
    } finally {
      clock.reset();
    }
  });

  it('two instances racing on 20 due jobs run each exactly once', async () => {
    const second = await startTestApp({}, { database: api.db });
    try {
      // Each instance's first job waits until the other instance has started one too: both
      // really take jobs at the same time, from the same table.
      const startedIn = new Set<string>();
      const barrier = (instance: string) => async () => {
        startedIn.add(instance);
        const until = Date.now() + 10_000;
        while (startedIn.size < 2 && Date.now() < until) await sleep(20);
        await sleep(30);
      };
      await jobs.register('test-race', recording('test-race', barrier('first')));
      await second.app
        .get(JobScheduler)
        .register('test-race', recording('test-race', barrier('second')));
      for (let n = 0; n < 20; n += 1) {
        await jobs.scheduleAt('test-race', `job-${n}`, past(), { n });
      }
      const runs = await eventually(
        () => runsOf('test-race'),
        (rows) => rows.length >= 20,
        20_000,
      );
      await sleep(1200);
      expect(await runsOf('test-race')).toHaveLength(20);
      expect(new Set(runs.map((run) => run.key)).size).toBe(20);
      expect(startedIn).toEqual(new Set(['first', 'second']));
    } finally {
      await second.close();
    }
  });

  it('shutdown waits for a job in flight', async () => {
    const other = await startTestApp({}, { database: api.db });
    let finished = false;
    let started = false;
    await other.app.get(JobScheduler).register('test-shutdown', async () => {
      started = true;
      await sleep(1500);
      await db.query(
        `INSERT INTO job_test_run (queue, key, data, attempt) VALUES ($1, $2, $3, 0)`,
        ['test-shutdown', 'slow', { n: 1 }],
      );
      finished = true;
    });
    await other.app.get(JobScheduler).scheduleAt('test-shutdown', 'slow', past(), { n: 1 });
    await eventually(
      async () => started,
      (value) => value,
    );
    await other.close();
    expect(finished).toBe(true);
    expect(await runsOf('test-shutdown')).toHaveLength(1);
  });
});
