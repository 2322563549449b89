import { PgBoss, type Db } from 'pg-boss';
import type { EntityManager } from 'typeorm';

export interface BossSettings {
  url: string;
  /** false: no maintenance here (expiring lost jobs, retention); another instance does it. */
  supervise: boolean;
  /** Connections of pg-boss's own pool (separate from TypeORM's). */
  poolSize?: number;
}

/**
 * pg-boss over our database. Its tables live in the `pgboss` schema, which `start()` creates or
 * migrates under pg-boss's own advisory lock, so instances starting together do not race.
 */
export function createBoss(settings: BossSettings): PgBoss {
  return new PgBoss({
    connectionString: settings.url,
    max: settings.poolSize ?? 3,
    application_name: 'oip-jobs',
    instanceName: 'oip-api',
    supervise: settings.supervise,
    schedule: false, // no cron schedules: jobs are one-off, at a time
    migrate: true,
  });
}

/** Creates (or migrates) the `pgboss` schema and returns: the test template, ops scripts. */
export async function installJobSchema(url: string): Promise<void> {
  const boss = createBoss({ url, supervise: false, poolSize: 1 });
  await boss.start();
  await boss.stop({ graceful: false });
}

/**
 * pg-boss statements on the connection of the caller's TypeORM transaction: a job scheduled
 * or cancelled there commits or rolls back with the caller's change.
 */
export function transactionDb(manager: EntityManager): Db {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) {
    throw new Error('jobs: { manager } must be the manager of an open dataSource.transaction');
  }
  return {
    async executeSql(text: string, values?: unknown[]) {
      const result = await runner.query(text, values, true);
      return { rows: (result.records ?? []) as unknown[] };
    },
  };
}
