import 'reflect-metadata';
import type { Logger } from 'pino';
import { createApp } from './app.factory';
import { createLogger } from './common/logging/logger';
import { ConfigError, loadConfig, type AppConfig } from './config/env';
import { createDataSource } from './database/data-source';
import { migrate } from './database/migrate';
import { runSeeds } from './database/seeds/run-seeds';
import { closeOnSignals } from './lifecycle';

export interface ServeOptions {
  /** Load the demo data of every feature whose seeder never ran here (what `pnpm start` does). */
  seedMissing?: boolean;
  /** Runs after the app has closed on SIGTERM/SIGINT. */
  afterClose?: () => Promise<void>;
  logger?: Logger;
}

/** Validate → migrate → (seed) → serve. Production runs this through `node dist/main.js`. */
export async function serve(config: AppConfig, options: ServeOptions = {}) {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const applied = await migrate(config.DATABASE_URL);
  if (applied.length) logger.info({ applied }, 'migrations applied');
  if (options.seedMissing || config.SEED_DEMO_DATA) await seedMissing(config.DATABASE_URL, logger);
  const app = await createApp(config, logger);
  closeOnSignals(app, logger, config.SHUTDOWN_TIMEOUT_MS, options.afterClose);
  await app.listen({ port: config.PORT, host: config.HOST });
  logger.info({ url: `http://localhost:${config.PORT}` }, 'platform listening');
  return app;
}

async function seedMissing(url: string, logger: Logger) {
  const dataSource = createDataSource({ url, poolSize: 1, applicationName: 'oip-seed' });
  await dataSource.initialize();
  try {
    const result = await runSeeds(dataSource, { onlyMissing: true });
    if (!result.skipped) logger.info({ seeded: result.seeded }, 'demo data loaded');
  } finally {
    await dataSource.destroy();
  }
}

/** Reads the configuration; a problem prints one line naming the variable and exits. */
export function configOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

export function exitOnFailure(error: unknown): never {
  process.stderr.write(
    `Failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
}

if (require.main === module) {
  serve(configOrExit()).catch(exitOnFailure);
}
