// `pnpm bench:api`: requests/s of the built API against a bare node:http server, same machine,
// same run. Prints one JSON line per figure (stdout) and keeps them in bench/results/*.jsonl.
// Env: BENCH_DURATION (s, default 10), BENCH_CONNECTIONS (default 10),
//      BENCH_DATABASE_URL or DATABASE_URL (use that server; otherwise embedded PostgreSQL).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkScenario,
  freePort,
  log,
  measure,
  repoDir,
  resultsDir,
  round,
  startChild,
  startDatabase,
  stopChildren,
} from './lib.mjs';
import { bare, scenarios, target } from './scenarios.mjs';

const MAX_ERROR_RATE = 0.01;
const settings = {
  duration: Number(process.env.BENCH_DURATION ?? 10),
  connections: Number(process.env.BENCH_CONNECTIONS ?? 10),
};

// Whatever happens: stop the child servers, then their database (waiting for it if it is
// still starting, so an early Ctrl+C leaves nothing behind).
let database;
let interrupted = false;
let cleaning;
function cleanup() {
  cleaning ??= (async () => {
    await stopChildren().catch((error) => log(`cleanup: ${error.message}`));
    const db = await database?.catch(() => undefined);
    await db?.stop().catch((error) => log(`cleanup: ${error.message}`));
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    interrupted = true;
    log(`${signal}: cleaning up`);
    void cleanup().finally(() => process.exit(130));
  });
}

async function main() {
  const apiEntry = join(repoDir, 'apps/api/dist/main.js');
  if (!existsSync(apiEntry))
    throw new Error(`${apiEntry} missing: run pnpm --filter @oip/api build`);

  database = startDatabase(process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL);
  const db = await database;

  const apiPort = await freePort();
  log(`starting API on port ${apiPort} (migrations run at start)`);
  await startChild({
    name: 'api-server',
    script: apiEntry,
    readyUrl: `http://127.0.0.1:${apiPort}/health/ready`,
    env: {
      DATABASE_URL: db.url,
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      // The production default: request logging is part of what production pays per request.
      LOG_LEVEL: 'info',
      WEB_DIST_DIR: join(repoDir, 'apps/web/dist'),
      // Required in production; the scenarios send no mail, so nothing listens there.
      SMTP_URL: 'smtp://127.0.0.1:2525',
      PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
    },
  });

  const barePort = await freePort();
  await startChild({
    name: 'bare-server',
    script: join(repoDir, 'bench/bare-server.mjs'),
    readyUrl: `http://127.0.0.1:${barePort}/`,
    env: { PORT: String(barePort) },
  });

  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const bareUrl = `http://127.0.0.1:${barePort}`;
  // Check every request once before spending time on load.
  await checkScenario(bareUrl, bare);
  for (const scenario of scenarios) {
    const text = await checkScenario(apiUrl, scenario);
    log(`${scenario.name}: ${Buffer.byteLength(text)} bytes per response`);
  }

  log(`${settings.duration} s per scenario, ${settings.connections} connections, 2 s warm-up each`);
  const lines = [];
  const failures = [];
  const record = (scenario, figures) => {
    const { errorRate, ...shown } = figures;
    if (errorRate > MAX_ERROR_RATE)
      failures.push(`${scenario}: ${round(errorRate * 100, 2)}% errors`);
    const line = { bench: 'api', scenario, ...shown };
    lines.push(line);
    process.stdout.write(JSON.stringify(line) + '\n');
    return line;
  };

  // Bare first, then the API scenarios right after, so all share the same machine conditions.
  const bareRps = record(bare.name, await measure(bareUrl, bare, settings)).rps;
  const ratios = {};
  for (const scenario of scenarios) {
    const figures = await measure(apiUrl, scenario, settings);
    ratios[scenario.name] = round(figures.rps / bareRps, 3);
    record(scenario.name, { ...figures, bare_rps: bareRps, ratio: ratios[scenario.name] });
  }

  const summary = {
    bench: 'api',
    target: `${target.scenario} ratio >= ${target.ratio}`,
    ratio: ratios[target.scenario],
    met: ratios[target.scenario] >= target.ratio,
  };
  lines.push(summary);
  process.stdout.write(JSON.stringify(summary) + '\n');

  if (interrupted) return; // figures measured against stopped servers mean nothing
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `api-${new Date().toISOString().replace(/:/g, '-')}.jsonl`);
  writeFileSync(file, lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
  log(`results written to ${file}`);

  if (failures.length) throw new Error(`more than 1% errors: ${failures.join('; ')}`);
}

try {
  await main();
} catch (error) {
  log(`FAILED: ${error.message}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
// Explicit, so a lingering handle (keep-alive socket, library hook) cannot hold or alter the exit.
process.exit(process.exitCode ?? 0);
