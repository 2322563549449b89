import 'reflect-metadata';
import { createLogger } from '../common/logging/logger';
import { ConfigError } from '../config/env';
import { configOrExit, exitOnFailure, serve } from '../main';
import { EMBEDDED_PLACEHOLDER_URL, embeddedSettings, resolveDatabase } from './database';

/** `pnpm start`: a real PostgreSQL (embedded unless DATABASE_URL), migrations, demo data, serve. */
async function start() {
  // Every variable is checked before anything starts (the database URL comes later).
  const checked = configOrExit({
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL ?? EMBEDDED_PLACEHOLDER_URL,
  });
  if (!process.env.DATABASE_URL) {
    try {
      embeddedSettings();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
  }
  const logger = createLogger(checked.LOG_LEVEL);
  const database = await resolveDatabase((message) => logger.info(message));
  const config = { ...checked, DATABASE_URL: database.url };
  try {
    await serve(config, { seedMissing: true, afterClose: database.stop, logger });
  } catch (error) {
    await database.stop();
    throw error;
  }
}

start().catch(exitOnFailure);
