import multipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { LogController } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import { multipartOptions } from './common/http/multipart';
import fastifyCookie from '@fastify/cookie';
import { addSecurityHeaders } from './common/http/security-headers';
import { DEFAULT_WEB_DIST_DIR, serveWebApp } from './common/http/serve-web-app';
import { PinoNestLogger } from './common/logging/logger';
import type { AppConfig } from './config/env';
import { RoomsGateway } from './modules/rooms/rooms.gateway';
import { MetricsService } from './modules/metrics/metrics.service';

const REQUEST_ID = /^[\w.:-]{1,64}$/;

/** A caller's X-Request-Id is kept when it looks sane, so logs join up across services. */
function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/** Builds the whole application (not listening yet): used by main, the CLI and the tests. */
export async function createApp(
  config: AppConfig,
  logger: Logger,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    logController: new LogController({ disableRequestLogging: true }), // one line per request, below
    genReqId: requestId,
    trustProxy: config.TRUST_PROXY,
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, logger),
    adapter,
    { logger: new PinoNestLogger(logger), abortOnError: false },
  );
  instrumentRequests(app, logger);
  await app.register(fastifyCookie);
  await addSecurityHeaders(app, config.publicUrl);
  // multipart/form-data (file uploads): one file of at most AVATAR_MAX_BYTES; see readSingleFile
  await app.register(multipart, multipartOptions(config.AVATAR_MAX_BYTES));
  await serveWebApp(app, config.WEB_DIST_DIR ?? DEFAULT_WEB_DIST_DIR, logger);
  await app.init();
  // socket.io shares the HTTP server (and so the port and the session cookie) with GraphQL
  app.get(RoomsGateway).attach(app.getHttpServer());
  return app;
}

/** One JSON log line and one histogram sample per request, both carrying the request id. */
function instrumentRequests(app: NestFastifyApplication, logger: Logger) {
  const metrics = app.get(MetricsService);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (req, reply) => {
    void reply.header('x-request-id', req.id);
  });
  fastify.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    metrics.httpDuration.observe(
      { method: req.method, route, status: reply.statusCode },
      reply.elapsedTime / 1000,
    );
    if (logger.isLevelEnabled('info')) {
      logger.info(
        {
          reqId: req.id,
          method: req.method,
          path: req.url.split('?', 1)[0], // never the query string: it may carry tokens
          status: reply.statusCode,
          ms: Math.round(reply.elapsedTime * 10) / 10,
        },
        'request completed',
      );
    }
  });
}
