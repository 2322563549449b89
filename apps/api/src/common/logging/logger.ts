import type { LoggerService } from '@nestjs/common';
import { pino, type Logger } from 'pino';
import { AppError } from '../errors/app-error';

/** One JSON logger for the process: Fastify's request logs and Nest's own logs share it. */
export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      base: { service: 'oip-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: ['req.headers.cookie', 'req.headers.authorization'],
    },
    // Asynchronous stdout: under load, lines are written in batches instead of one
    // blocking write per request. `flushLogs` runs before the process exits.
    pino.destination({ dest: 1, sync: false }),
  );
}

/** Writes out buffered log lines; await it before process.exit. */
export function flushLogs(logger: Logger): Promise<void> {
  return new Promise((resolve) => {
    try {
      logger.flush(() => resolve());
    } catch {
      resolve(); // stdout already closed
    }
  });
}

/** Adapts pino to Nest's LoggerService so framework messages are JSON too. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string) {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    // Nest's exception handler reports every error a resolver throws; an AppError is an
    // expected refusal (validation, access), not a server fault: keep it out of error logs.
    if (message instanceof AppError) {
      this.logger.debug({ context, code: message.code }, message.message);
      return;
    }
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
