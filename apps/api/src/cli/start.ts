import 'reflect-metadata';
import { createLogger } from '../common/logging/logger';
import { configOrExit, exitOnFailure, serve } from '../main';
import { resolveDatabase } from './database';

/** `pnpm start`: a real PostgreSQL (embedded unless DATABASE_URL), migrations, demo data, serve. */
async function start() {
  const logger = createLogger(process.env.LOG_LEVEL ?? 'info');
  const database = await resolveDatabase((message) => logger.info(message));
  const config = configOrExit({ ...process.env, DATABASE_URL: database.url });
  try {
    await serve(config, { seedMissing: true, afterClose: database.stop, logger });
  } catch (error) {
    await database.stop();
    throw error;
  }
}

start().catch(exitOnFailure);
