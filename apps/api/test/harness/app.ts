import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServer } from 'node:net';
import { pino } from 'pino';
import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/env';
import { createTestDatabase, type TestDatabase } from './database';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[];
  };
}

/** A browser-like client: keeps the session cookie the API sets. */
export interface TestClient {
  cookie: string | null;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
}

export interface TestApp {
  /** A new client with an empty cookie jar. */
  client(): TestClient;
  app: NestFastifyApplication;
  db: TestDatabase;
  url: string;
  graphql<T = Record<string, unknown>>(
    query: string,
    options?: { variables?: Record<string, unknown>; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * A port of 127.0.0.1 that was free a moment ago: for a test that must know the app's URL
 * before it starts (an OpenID provider needs the redirect URI first). Pass it as PORT.
 */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || !address) throw new Error('no free port');
  return address.port;
}

export interface TestAppOptions {
  /**
   * Another app's database: a second instance of the API over the same data (several
   * instances racing). Closing this app leaves the database to its owner.
   */
  database?: TestDatabase;
}

/**
 * The real application on a real port, over its own freshly migrated database. Tests talk to
 * it over HTTP like any client. `env` overrides configuration (e.g. GRAPHQL_MAX_DEPTH); the app
 * listens on any free port unless `env.PORT` names one (see freePort).
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const db = options.database ?? (await createTestDatabase());
  const ownsDatabase = !options.database;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    DB_POOL_SIZE: '4',
    WEB_DIST_DIR: '/nonexistent',
    JOBS_POLL_INTERVAL_SECONDS: '0.5',
    ...env,
  });
  const app = await createApp(config, pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }));
  await app.listen({ port: env.PORT ? config.PORT : 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const url = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
  const graphql: TestApp['graphql'] = async (query, options = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...options.headers },
      body: JSON.stringify({ query, variables: options.variables }),
    });
    return { status: response.status, headers: response.headers, body: await response.json() };
  };
  return {
    app,
    db,
    url,
    graphql,
    client() {
      const client: TestClient = {
        cookie: null,
        async graphql<T>(query: string, variables?: Record<string, unknown>) {
          const result = await graphql<T>(query, {
            variables,
            headers: client.cookie ? { cookie: client.cookie } : {},
          });
          const setCookie = result.headers.get('set-cookie');
          if (setCookie) {
            const [pair] = setCookie.split(';');
            client.cookie = pair?.endsWith('=') ? null : (pair ?? null);
          }
          return result;
        },
      };
      return client;
    },
    async close() {
      await app.close();
      if (ownsDatabase) await db.drop();
    },
  };
}
