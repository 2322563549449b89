import { createDataSource } from './data-source';

// Any constant works; it only has to be the same in every instance of the API.
const MIGRATION_LOCK_ID = 7_041_977;

/**
 * Applies pending migrations, each in its own transaction. An advisory lock makes instances
 * that start together wait for each other instead of racing.
 */
export async function migrate(url: string): Promise<string[]> {
  const dataSource = createDataSource({ url, poolSize: 2, applicationName: 'oip-migrate' });
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
    await runner.release();
    await dataSource.destroy();
  }
}
