import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Logger } from 'pino';
import { SpaFallbackFilter } from './spa-fallback.filter';

/** Where `pnpm build` puts the web app, relative to this file in apps/api/dist. */
export const DEFAULT_WEB_DIST_DIR = resolve(__dirname, '../../../../web/dist');

/** Serves the built web app: hashed assets cached for a year, index.html never cached. */
export async function serveWebApp(app: NestFastifyApplication, dir: string, logger: Logger) {
  const indexFile = join(dir, 'index.html');
  if (!existsSync(indexFile)) {
    logger.warn({ dir }, 'web app not built: serving the API only (run pnpm build)');
    return;
  }
  await app.register(fastifyStatic, {
    root: dir,
    prefix: '/',
    index: ['index.html'],
    wildcard: true,
    setHeaders(reply, path) {
      const hashed = path.startsWith(join(dir, 'assets'));
      void reply.header(
        'cache-control',
        hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.useGlobalFilters(new SpaFallbackFilter(readFileSync(indexFile, 'utf8')));
}
