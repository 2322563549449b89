import 'reflect-metadata';
import { createDataSource } from '../database/data-source';
import { migrate } from '../database/migrate';
import { runSeeds } from '../database/seeds/run-seeds';
import { resolveDatabase } from './database';

/** `pnpm seed` loads demo data (idempotent); `pnpm seed --reset` removes it and loads it again. */
async function seed() {
  const reset = process.argv.includes('--reset');
  if (reset && process.env.NODE_ENV === 'production' && !process.argv.includes('--force')) {
    throw new Error(
      'refusing to reset demo data in production (add --force if you really mean it)',
    );
  }
  const database = await resolveDatabase((message) => process.stdout.write(`${message}\n`));
  const dataSource = createDataSource({
    url: database.url,
    poolSize: 1,
    applicationName: 'oip-seed',
  });
  try {
    await migrate(database.url);
    await dataSource.initialize();
    const result = await runSeeds(dataSource, { reset });
    for (const { name, rows } of result.seeded)
      process.stdout.write(`seeded ${name}: ${rows} rows\n`);
    process.stdout.write(reset ? 'demo data reloaded\n' : 'demo data loaded\n');
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
  }
}

seed().catch((error: unknown) => {
  process.stderr.write(
    `Seeding failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
