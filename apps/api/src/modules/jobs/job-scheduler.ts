import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { JobResult, JobWithMetadata, PgBoss } from 'pg-boss';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/time/clock';
import { APP_CONFIG, APP_LOGGER } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import type { JobContext, JobEnvelope, JobHandler, JobQueueOptions, PendingJob } from './job.types';
import { createBoss, transactionDb } from './pg-boss';

interface Registration {
  queue: string;
  handler: JobHandler<unknown>;
  options: Required<JobQueueOptions>;
  queueReady?: Promise<void>;
  worker?: Promise<string>;
}

export interface InTransaction {
  /** The caller's `dataSource.transaction` manager: the change commits or rolls back with it. */
  manager?: EntityManager;
}

const DEFAULTS: Required<JobQueueOptions> = {
  retryLimit: 5,
  retryDelaySeconds: 10,
  retryDelayMaxSeconds: 600,
  expireInSeconds: 900,
  concurrency: 1,
};

/** Jobs one worker takes per fetch. */
const BATCH_SIZE = 10;

/** How often runDue checks whether jobs other workers took have finished. */
const SETTLE_POLL_MS = 50;
/** runDue gives up waiting for a due job after this many polls (10 s). */
const SETTLE_MAX_POLLS = 200;

/**
 * Jobs that run once at a given time, in whichever API instance takes them first (pg-boss over
 * PostgreSQL, decision 0012). Feature modules `register` a handler per queue at init and
 * `scheduleAt` / `cancel` one job per (queue, key).
 */
@Injectable()
export class JobScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly registrations = new Map<string, Registration>();
  private boss?: Promise<PgBoss>;
  private working = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
    private readonly clock: Clock,
  ) {}

  /**
   * The handler of `queue` in this instance; call it once per queue, from a module's init. After
   * the app started (tests) it applies at once.
   */
  async register<T>(
    queue: string,
    handler: JobHandler<T>,
    options: JobQueueOptions = {},
  ): Promise<void> {
    if (this.registrations.has(queue)) throw new Error(`jobs: queue "${queue}" registered twice`);
    const registration: Registration = {
      queue,
      handler: handler as JobHandler<unknown>,
      options: { ...DEFAULTS, ...options },
    };
    this.registrations.set(queue, registration);
    if (this.boss) await this.activate(await this.boss, registration);
  }

  /**
   * Runs `data` through the queue's handler at `runAt` (by the Clock). At most one job waits per
   * (queue, key): scheduling a key again moves the waiting job to the new time and data. A job
   * of that key already running is not touched (its handler re-checks the state).
   */
  async scheduleAt<T>(
    queue: string,
    key: string,
    runAt: Date,
    data: T,
    options: InTransaction = {},
  ): Promise<void> {
    const boss = await this.queueReady(queue);
    const envelope: JobEnvelope<T> = { key, runAt: runAt.toISOString(), data };
    await boss.upsert(queue, envelope, {
      singletonKey: key,
      startAfter: this.databaseTime(runAt),
      db: options.manager ? transactionDb(options.manager) : undefined,
    });
  }

  /** Cancels the waiting job of (queue, key), if any; returns whether there was one. */
  async cancel(queue: string, key: string, options: InTransaction = {}): Promise<boolean> {
    const boss = await this.queueReady(queue);
    const db = options.manager ? transactionDb(options.manager) : undefined;
    const waiting = await boss.findJobs(queue, { key, queued: true, db });
    if (!waiting.length) return false;
    await boss.cancel(
      queue,
      waiting.map((job) => job.id),
      { db },
    );
    return true;
  }

  /** The waiting job of (queue, key), or null: for tests and for showing what is planned. */
  async pending<T>(queue: string, key: string): Promise<PendingJob<T> | null> {
    const boss = await this.queueReady(queue);
    const waiting = await boss.findJobs<JobEnvelope<T>>(queue, { key, queued: true });
    const job = waiting.at(-1); // oldest first
    if (!job) return null;
    return { id: job.id, key: job.data.key, runAt: new Date(job.data.runAt), data: job.data.data };
  }

  /**
   * Tests (with `Clock.travelTo`): runs now every waiting job of `queue` (default: all queues)
   * whose run time has come by the Clock, and resolves once each has run, wherever it ran.
   * Returns how many. pg-boss alone would wait for the database's clock.
   */
  async runDue(queue?: string): Promise<number> {
    const queues = queue ? [queue] : [...this.registrations.keys()];
    let count = 0;
    for (const name of queues) count += await this.runDueOf(name);
    return count;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.JOBS_ENABLED) return; // scheduling still works, on first use
    this.working = true;
    const boss = await this.connect();
    await Promise.all([...this.registrations.values()].map((r) => this.activate(boss, r)));
  }

  /**
   * Stops taking jobs and waits for the running ones. Past most of SHUTDOWN_TIMEOUT_MS (when the
   * process is about to exit anyway) pg-boss marks those still running failed, so they are
   * retried, by another instance if need be.
   */
  async beforeApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    if (!boss) return;
    this.boss = undefined;
    this.working = false;
    const started = await boss.catch(() => undefined);
    const timeout = Math.max(1000, Math.round(this.config.SHUTDOWN_TIMEOUT_MS * 0.8));
    await started?.stop({ graceful: true, timeout });
  }

  private connect(): Promise<PgBoss> {
    this.boss ??= (async () => {
      const boss = createBoss({ url: this.config.DATABASE_URL, supervise: this.working });
      boss.on('error', (error) => this.logger.error({ err: error }, 'job scheduler error'));
      boss.on('warning', (warning) => this.logger.warn({ warning }, 'job scheduler warning'));
      await boss.start();
      return boss;
    })().catch((error: unknown) => {
      this.boss = undefined; // the next use tries again
      throw error;
    });
    return this.boss;
  }

  private async queueReady(queue: string): Promise<PgBoss> {
    const registration = this.registrations.get(queue);
    if (!registration) throw new Error(`jobs: no handler registered for queue "${queue}"`);
    const boss = await this.connect();
    await this.activate(boss, registration);
    return boss;
  }

  /** Creates the queue (once) and, where this instance runs jobs, its worker (once). */
  private async activate(boss: PgBoss, registration: Registration): Promise<void> {
    registration.queueReady ??= this.createQueue(boss, registration);
    await registration.queueReady;
    if (!this.working) return;
    registration.worker ??= boss.work(
      registration.queue,
      {
        includeMetadata: true,
        // up to BATCH_SIZE jobs a fetch, fetched again at once while batches come full; each
        // job of a batch succeeds or fails (and is retried) on its own
        batchSize: BATCH_SIZE,
        burstWhenBatchFull: true,
        perJobResults: true,
        localConcurrency: registration.options.concurrency,
        pollingIntervalSeconds: this.config.JOBS_POLL_INTERVAL_SECONDS,
      },
      async (batch: JobWithMetadata<JobEnvelope>[]) => {
        const results: JobResult[] = [];
        for (const job of batch) {
          const failure = await this.execute(registration, job).then(
            () => null,
            (error: unknown) => error,
          );
          results.push(
            failure === null
              ? { id: job.id, status: 'completed' }
              : { id: job.id, status: 'failed', output: { message: String(failure) } },
          );
        }
        return results;
      },
    );
    await registration.worker;
  }

  private async createQueue(boss: PgBoss, { queue, options }: Registration): Promise<void> {
    const settings = {
      retryLimit: options.retryLimit,
      retryDelay: options.retryDelaySeconds,
      retryBackoff: true,
      retryDelayMax: options.retryDelayMaxSeconds,
      expireInSeconds: options.expireInSeconds,
    };
    await boss.createQueue(queue, settings); // a no-op when it exists…
    await boss.updateQueue(queue, settings); // …so the options of this release apply
  }

  /** One attempt; a throw fails it and pg-boss retries it later (or gives up, logged). */
  private async execute(
    registration: Registration,
    job: JobWithMetadata<JobEnvelope>,
  ): Promise<void> {
    const context: JobContext = {
      id: job.id,
      queue: registration.queue,
      key: job.data.key,
      runAt: new Date(job.data.runAt),
      attempt: job.retryCount,
      lastAttempt: job.retryCount >= job.retryLimit,
    };
    try {
      await registration.handler(job.data.data, context);
    } catch (error) {
      const { queue, key, attempt, lastAttempt } = context;
      const log = { err: error, queue, key, jobId: job.id, attempt };
      if (lastAttempt) this.logger.error(log, 'job failed; no retries left');
      else this.logger.warn(log, 'job failed; will be retried');
      throw error;
    }
  }

  private async runDueOf(queue: string): Promise<number> {
    const boss = await this.queueReady(queue);
    const now = this.clock.now();
    const waiting = await boss.findJobs<JobEnvelope>(queue, { queued: true });
    const due = waiting.filter((job) => new Date(job.data.runAt) <= now);
    // pg-boss compares start_after with the database's clock: bring it to the database's now
    for (const job of due) await boss.update(queue, undefined, { id: job.id, startAfter: 0 });
    const registration = this.registrations.get(queue)!;
    // Until every due job has run: one still `created` after a fetch came back empty (seen once
    // on a loaded machine) is fetched again; one a worker took (`active`) is waited for.
    for (let attempt = 0; attempt < SETTLE_MAX_POLLS; attempt++) {
      await this.runFetchable(boss, queue, registration);
      const states = await Promise.all(
        due.map(async ({ id }) => (await boss.findJobs(queue, { id }))[0]?.state),
      );
      if (!states.some((state) => state === 'created' || state === 'active')) break;
      await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS));
    }
    return due.length;
  }

  /** Runs every job of `queue` pg-boss hands out now, one after the other. */
  private async runFetchable(
    boss: PgBoss,
    queue: string,
    registration: Registration,
  ): Promise<void> {
    for (;;) {
      const [job] = await boss.fetch<JobEnvelope>(queue, { includeMetadata: true });
      if (!job) return;
      try {
        await this.execute(registration, job);
        await boss.complete(queue, job);
      } catch (error) {
        await boss.fail(queue, job, { message: String(error) });
      }
    }
  }

  /**
   * The database time at which the Clock reads `at`. Equal in production; in tests that moved
   * the Clock, a job due in an hour by the Clock is due in an hour for pg-boss too.
   */
  private databaseTime(at: Date): Date {
    const clockAhead = this.clock.now().getTime() - Date.now();
    return new Date(at.getTime() - clockAhead);
  }
}
