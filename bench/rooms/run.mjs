// `pnpm bench:rooms`: two API instances, 1,000 socket.io clients in one room (half on each),
// 50 messages per second for 60 s from several senders. Prints delivery latency percentiles on
// the same instance and across instances, lost and duplicated messages, and memory per idle
// connection (JSON lines on stdout, also in bench/results/rooms-<timestamp>.jsonl).
// Env: BENCH_CLIENTS (1000), BENCH_RATE (messages/s, 50), BENCH_SECONDS (60), BENCH_SENDERS (10),
//      BENCH_LISTENER_CLIENT (protocol: listeners speak the protocol with ws; socket.io-client),
//      BENCH_DATABASE_URL or DATABASE_URL (that server; otherwise embedded PostgreSQL).
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import {
  freePort,
  log,
  repoDir,
  resultsDir,
  round,
  startChild,
  startDatabase,
  stopChildren,
} from '../lib.mjs';
import { Histogram } from './histogram.mjs';

const settings = {
  clients: Number(process.env.BENCH_CLIENTS ?? 1000),
  rate: Number(process.env.BENCH_RATE ?? 50),
  seconds: Number(process.env.BENCH_SECONDS ?? 60),
  senders: Number(process.env.BENCH_SENDERS ?? 10),
  /** `socket.io-client` for every client, or `protocol` for the listeners (protocol-client.mjs). */
  listenerClient: process.env.BENCH_LISTENER_CLIENT ?? 'protocol',
};
const WORKERS = 2;
const TARGETS = { sameP99: 100, crossP99: 200 };
const pg = createRequire(join(repoDir, 'apps/api/package.json'))('pg');

let database;
let cleaning;
const workers = [];
function cleanup() {
  cleaning ??= (async () => {
    await Promise.all(workers.map((w) => w.terminate().catch(() => undefined)));
    await stopChildren().catch((error) => log(`cleanup: ${error.message}`));
    const db = await database?.catch(() => undefined);
    await db?.stop().catch((error) => log(`cleanup: ${error.message}`));
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    log(`${signal}: cleaning up`);
    void cleanup().finally(() => process.exit(130));
  });
}

/** People and sessions straight into the database (1,000 sign-ins would measure argon2). */
async function seedPeople(url, count) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tokens = Array.from({ length: count }, () => randomBytes(24).toString('base64url'));
    await client.query('BEGIN');
    const { rows } = await client.query(
      `INSERT INTO user_account (email, full_name, role)
       SELECT 'bench-' || i || '@bench.test', 'Bench ' || i, 'member' FROM generate_series(1, $1) i
       RETURNING id`,
      [count],
    );
    await client.query(
      `INSERT INTO session (token_hash, user_id, last_seen_at, expires_at)
       SELECT unnest($1::text[]), unnest($2::uuid[]), now(), now() + interval '1 day'`,
      [tokens.map((t) => createHash('sha256').update(t).digest('hex')), rows.map((r) => r.id)],
    );
    const { rows: room } = await client.query(
      `INSERT INTO room (kind, title) VALUES ('community', 'Bench') RETURNING id`,
    );
    await client.query('COMMIT');
    return { tokens, roomId: room[0].id };
  } finally {
    await client.end();
  }
}

function rssOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) * 1024;
}

function call(worker, type, data = {}) {
  return new Promise((resolve, reject) => {
    const id = Math.random();
    const listener = (message) => {
      if (message.id !== id) return;
      worker.off('message', listener);
      if (message.error) reject(new Error(message.error));
      else resolve(message.result);
    };
    worker.on('message', listener);
    worker.postMessage({ id, type, ...data });
  });
}

async function main() {
  const apiEntry = join(repoDir, 'apps/api/dist/main.js');
  if (!existsSync(apiEntry))
    throw new Error(`${apiEntry} missing: run pnpm --filter @oip/api build`);
  database = startDatabase(process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL);
  const db = await database;

  const ports = [await freePort(), await freePort()];
  const origin = `http://127.0.0.1:${ports[0]}`;
  const servers = [];
  for (const [i, port] of ports.entries()) {
    log(`starting API ${i + 1} on port ${port}`);
    servers.push(
      await startChild({
        name: `rooms-api-${i + 1}`,
        script: apiEntry,
        readyUrl: `http://127.0.0.1:${port}/health/ready`,
        // e.g. BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=bench/results" to profile the servers
        nodeArgs: (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean),
        env: {
          DATABASE_URL: db.url,
          PORT: String(port),
          HOST: '127.0.0.1',
          NODE_ENV: 'production',
          LOG_LEVEL: 'warn',
          WEB_DIST_DIR: join(repoDir, 'apps/web/dist'),
          SMTP_URL: 'smtp://127.0.0.1:2525',
          PUBLIC_URL: origin,
          // the senders' pace is the benchmark's, not a person's
          ROOMS_RATE_LIMIT: '1000',
        },
      }),
    );
  }
  const urls = ports.map((port) => `http://127.0.0.1:${port}`);
  const { tokens, roomId } = await seedPeople(db.url, settings.clients);
  const idleRss = servers.map((s) => rssOf(s.pid));

  log(`connecting ${settings.clients} clients (${WORKERS} worker threads, half on each instance)`);
  for (let w = 0; w < WORKERS; w += 1)
    workers.push(new Worker(new URL('./clients.mjs', import.meta.url)));
  const share = (w) => tokens.filter((_, i) => i % WORKERS === w);
  const connected = await Promise.all(
    workers.map((worker, w) =>
      call(worker, 'connect', {
        urls,
        origin,
        roomId,
        tokens: share(w),
        offset: w,
        senders: Math.ceil(settings.senders / WORKERS),
        listenerClient: settings.listenerClient,
      }),
    ),
  );
  log(`connected: ${connected.reduce((a, b) => a + b, 0)}; settling 5 s`);
  await sleep(5000);
  const connectedRss = servers.map((s) => rssOf(s.pid));
  const perConnection =
    (connectedRss[0] - idleRss[0] + connectedRss[1] - idleRss[1]) / settings.clients;

  log(
    `sending ${settings.rate} messages/s for ${settings.seconds} s from ${settings.senders} senders`,
  );
  await Promise.all(workers.map((worker) => call(worker, 'record')));
  const perWorker = Math.ceil(settings.senders / WORKERS);
  const sent = await Promise.all(
    workers.map((worker) =>
      call(worker, 'send', {
        senders: perWorker,
        rate: settings.rate / WORKERS,
        seconds: settings.seconds,
      }),
    ),
  );
  // late is not lost: wait until deliveries stop (2 s without one more), 60 s at most
  log('draining');
  let delivered = -1;
  for (let quiet = 0, waited = 0; quiet < 4 && waited < 120; waited += 1) {
    await sleep(500);
    const now = (await Promise.all(workers.map((w) => call(w, 'delivered')))).reduce(
      (a, b) => a + b,
    );
    quiet = now === delivered ? quiet + 1 : 0;
    delivered = now;
  }
  const ackedSeqs = sent.flatMap((s) => s.seqs);
  const results = await Promise.all(workers.map((worker) => call(worker, 'report', { ackedSeqs })));

  const same = new Histogram();
  const cross = new Histogram();
  let lost = 0;
  let duplicated = 0;
  let receivers = 0;
  for (const r of results) {
    same.merge(r.same);
    cross.merge(r.cross);
    lost += r.lost;
    duplicated += r.duplicated;
    receivers += r.receivers;
  }
  const failedSends = sent.reduce((a, s) => a + s.failed, 0);
  const lines = [
    {
      bench: 'rooms',
      clients: settings.clients,
      listenerClient: settings.listenerClient,
      messages: ackedSeqs.length,
      failedSends,
      deliveries: same.count + cross.count,
      expectedDeliveries: ackedSeqs.length * receivers,
      lost,
      duplicated,
    },
    { bench: 'rooms', path: 'same instance', ...same.summary() },
    { bench: 'rooms', path: 'across instances', ...cross.summary() },
    {
      bench: 'rooms',
      memoryPerIdleConnectionKiB: round(perConnection / 1024, 1),
      rssMiB: connectedRss.map((b) => round(b / 2 ** 20, 1)),
    },
  ];
  lines.push({
    bench: 'rooms',
    target: `p99 <= ${TARGETS.sameP99} ms same, <= ${TARGETS.crossP99} ms across, 0 lost, 0 duplicated`,
    met:
      lines[1].p99_ms <= TARGETS.sameP99 &&
      lines[2].p99_ms <= TARGETS.crossP99 &&
      lost === 0 &&
      duplicated === 0 &&
      failedSends === 0,
  });
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `rooms-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl`);
  writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  for (const line of lines) process.stdout.write(JSON.stringify(line) + '\n');
  return lines.at(-1).met;
}

main()
  .then(async (met) => {
    await cleanup();
    process.exit(met ? 0 : 1);
  })
  .catch(async (error) => {
    log(error.stack ?? String(error));
    await cleanup();
    process.exit(2);
  });
