/** What a handler learns about the job it runs, besides the job's data. */
export interface JobContext {
  id: string;
  queue: string;
  /** The key it was scheduled under (e.g. a challenge id). */
  key: string;
  /** When it was meant to run, by the Clock. The handler re-checks its own state against it. */
  runAt: Date;
  /** 0 on the first run, then 1, 2, … on retries. */
  attempt: number;
  /** True on the last attempt: throwing now fails the job for good. */
  lastAttempt: boolean;
}

/**
 * Runs one job. It may run more than once (a retry, an instance that died mid-run) and late:
 * it must be idempotent and re-check the state it acts on (see decision 0012). Throwing
 * fails this attempt; the job is retried with backoff until `retryLimit`.
 */
export type JobHandler<T> = (data: T, job: JobContext) => Promise<void>;

export interface JobQueueOptions {
  /** Retries after the first failure before the job fails for good. Default 5. */
  retryLimit?: number;
  /** First retry delay in seconds, doubled (with jitter) on each retry. Default 10. */
  retryDelaySeconds?: number;
  /** Longest retry delay in seconds. Default 600. */
  retryDelayMaxSeconds?: number;
  /** A run longer than this is taken as lost (instance died) and retried. Default 900. */
  expireInSeconds?: number;
  /** Jobs of this queue one instance runs at the same time. Default 1. */
  concurrency?: number;
}

/** A job waiting to run. */
export interface PendingJob<T> {
  id: string;
  key: string;
  runAt: Date;
  data: T;
}

/** What is stored as the pg-boss job's data: the caller's data and the Clock's run time. */
export interface JobEnvelope<T = unknown> {
  key: string;
  runAt: string;
  data: T;
}
