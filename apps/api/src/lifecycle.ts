import type { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';
import { flushLogs } from './common/logging/logger';
import { HealthService } from './modules/health/health.service';

/**
 * Graceful shutdown on SIGTERM/SIGINT: readiness turns false, the server stops accepting,
 * in-flight requests finish, the pool closes, then `after` runs (e.g. stop embedded
 * PostgreSQL). A request still running after `timeoutMs` does not keep the process alive.
 */
export function closeOnSignals(
  app: INestApplication,
  logger: Logger,
  timeoutMs: number,
  after: () => Promise<void> = async () => undefined,
) {
  let closing = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error({ timeoutMs }, 'shutdown timed out; exiting');
      void flushLogs(logger).finally(() => process.exit(1));
    }, timeoutMs);
    force.unref();
    try {
      app.get(HealthService).markShuttingDown();
      await app.close();
      await after();
      logger.info('shutdown complete');
      await flushLogs(logger);
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      await flushLogs(logger);
      process.exit(1);
    }
  };
  process.once('SIGTERM', (signal) => void shutdown(signal));
  process.once('SIGINT', (signal) => void shutdown(signal));
}
