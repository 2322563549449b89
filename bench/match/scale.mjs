// `pnpm bench:match --scale`: 100,000 organisations and 100,000 offers generated in SQL from
// the evaluation set's vocabulary, then ≥ 200 different match queries through the engine.
// Prints p50/p95/p99 latency and the process's peak memory (maxRSS).
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { log, round } from '../lib.mjs';
import { readDataset } from './load.mjs';

const ORGANISATIONS = 100_000;
const OFFERS = 100_000;
const REQUESTS = 300;
const QUERIES = 250;
const KINDS = [
  'sme',
  'sme',
  'sme',
  'large_company',
  'startup',
  'startup',
  'university',
  'research_centre',
  'research_hospital',
  'public_body',
  'cluster',
  'investor',
];
const PROVINCES = ['MI', 'BG', 'BS', 'CO', 'CR', 'LC', 'LO', 'MN', 'MB', 'PV', 'SO', 'VA'];

/** The set's words: every tag, title, description and ecosystem, to vary generated rows. */
function vocabulary() {
  const organisations = readDataset('organisations.json');
  const offers = readDataset('offers.json');
  const requests = readDataset('requests.json');
  const unique = (list) => [...new Set(list)].sort();
  return {
    tags: unique([...organisations, ...offers, ...requests].flatMap((item) => item.tags)),
    ecosystems: unique([...organisations, ...offers].flatMap((item) => item.s3Ecosystems)),
    titlesIt: offers.map((o) => o.titleIt),
    titlesEn: offers.map((o) => o.titleEn),
    descriptionsIt: [
      ...organisations.map((o) => o.descriptionIt ?? ''),
      ...offers.map((o) => o.descriptionIt ?? ''),
    ],
    descriptionsEn: [
      ...organisations.map((o) => o.descriptionEn ?? ''),
      ...offers.map((o) => o.descriptionEn ?? ''),
    ],
    needsIt: requests.map((r) => r.titleIt),
    needsEn: requests.map((r) => r.titleEn),
  };
}

// pick(array, seed expression): a deterministic pseudo-random element (setseed + random())
const pick = (array) => `(${array})[1 + floor(random() * cardinality(${array}))::int]`;
const pickTags = (n) =>
  `ARRAY(SELECT DISTINCT ${pick('$1::varchar[]')} FROM generate_series(1, ${n}) WHERE i > 0)`;

export async function generate(client, v = vocabulary()) {
  await client.query('SELECT setseed(0.20250701)');
  let started = Date.now();
  await client.query(
    `INSERT INTO organisation (kind, legal_name, display_name, province, region, s3_ecosystems, competences,
       trl_min, trl_max, ateco_section, description_it, description_en)
     SELECT ($3::varchar[])[1 + i % cardinality($3::varchar[])], 'Organizzazione ' || i, 'Org ' || i,
       ($4::varchar[])[1 + (i / 7) % 12], 'Lombardia', ARRAY[${pick('$2::varchar[]')}], ${pickTags(5)},
       1 + (i % 5), 5 + (i % 5), substr('CJMQDE', 1 + (i % 6), 1),
       ${pick('$5::text[]')}, ${pick('$6::text[]')}
     FROM generate_series(1, ${ORGANISATIONS}) AS i`,
    [v.tags, v.ecosystems, KINDS, PROVINCES, v.descriptionsIt, v.descriptionsEn],
  );
  log(`${ORGANISATIONS} organisations in ${Date.now() - started} ms`);
  started = Date.now();
  // every offer belongs to one of the generated organisations; 80% published and live
  await client.query(
    `WITH owners AS (SELECT array_agg(id ORDER BY id) AS ids FROM organisation)
     INSERT INTO technology_offer (organisation_id, status, title_it, title_en, description_it, description_en,
       trl, ateco_sections, s3_ecosystems, tags, partnership_types, published_at, expires_at)
     SELECT owners.ids[1 + floor(random() * cardinality(owners.ids))::int],
       CASE WHEN i % 5 = 0 THEN 'draft' ELSE 'published' END,
       ${pick('$3::text[]')} || ' ' || (i % 97), ${pick('$4::text[]')} || ' ' || (i % 97),
       ${pick('$5::text[]')}, ${pick('$6::text[]')},
       1 + (i % 9), ARRAY[substr('CJMQDE', 1 + (i % 6), 1)], ARRAY[${pick('$2::varchar[]')}], ${pickTags(4)},
       ARRAY['licensing', 'joint_rnd'], date '2025-07-01' - (i % 700), date '2025-07-01' - (i % 700) + 365
     FROM generate_series(1, ${OFFERS}) AS i, owners`,
    [v.tags, v.ecosystems, v.titlesIt, v.titlesEn, v.descriptionsIt, v.descriptionsEn],
  );
  log(`${OFFERS} offers in ${Date.now() - started} ms`);
  await client.query(
    `WITH owners AS (SELECT array_agg(id ORDER BY id) AS ids FROM organisation WHERE kind IN ('sme', 'large_company'))
     INSERT INTO collaboration_request (organisation_id, status, title_it, title_en, tags, s3_ecosystems,
       partner_kinds, trl_min, trl_max, partnership_types, published_at, expires_at)
     SELECT owners.ids[1 + floor(random() * cardinality(owners.ids))::int], 'published',
       ${pick('$3::text[]')}, ${pick('$4::text[]')}, ${pickTags(4)}, ARRAY[${pick('$2::varchar[]')}],
       CASE WHEN i % 3 = 0 THEN '{}'::varchar[] ELSE ARRAY['research_centre', 'university'] END,
       3 + (i % 4), 6 + (i % 4), ARRAY['joint_rnd'], date '2025-06-01', date '2026-06-01'
     FROM generate_series(1, ${REQUESTS}) AS i, owners`,
    [v.tags, v.ecosystems, v.needsIt, v.needsEn],
  );
  // as autovacuum would: merges the GIN pending lists the bulk insert left, and statistics
  await client.query('VACUUM ANALYZE');
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export async function runScale(url, startEngine) {
  const { dataSource, engine } = await startEngine(url);
  await generate(dataSource, vocabulary());
  await measureQueries(dataSource, engine);
  await dataSource.destroy();
  console.log(`peak memory (maxRSS) ${round(process.resourceUsage().maxRSS / 1024, 1)} MB`);
}

/** The ≥ 200 match queries (after a warm-up), their percentiles, and the hot plans. */
export async function measureQueries(dataSource, engine) {
  const requests = await dataSource.query(
    `SELECT id FROM collaboration_request ORDER BY id LIMIT ${QUERIES}`,
  );
  const organisations = await dataSource.query(
    `SELECT id FROM organisation WHERE kind IN ('sme', 'startup', 'research_centre') ORDER BY id LIMIT 50`,
  );
  const offers = await dataSource.query(
    `SELECT id FROM technology_offer WHERE status = 'published' ORDER BY id LIMIT 50`,
  );
  const queries = [
    ...requests.map((r) => ['request', r.id]),
    ...offers.map((o) => ['offer', o.id]),
    ...organisations.map((o) => ['organisation', o.id]),
  ];
  // warm-up: caches and the pool, as a running API would have them
  for (const [type, id] of queries.slice(0, 10)) await engine.matchesOf(type, id, 20);
  const loadBefore = loadavg()[0];
  const cpuBefore = { db: await backendCpuMs(dataSource), engine: process.cpuUsage() };
  const byType = new Map();
  for (const [type, id] of queries) {
    const started = process.hrtime.bigint();
    await engine.matchesOf(type, id, 20);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    byType.set(type, [...(byType.get(type) ?? []), ms]);
  }
  const dbCpu = (await backendCpuMs(dataSource)) - cpuBefore.db;
  const engineCpu = process.cpuUsage(cpuBefore.engine);
  await printHotPlans(dataSource, engine, requests[0].id);
  const report = (label, list) => {
    const sorted = [...list].sort((a, b) => a - b);
    console.log(
      `${label.padEnd(14)} n=${sorted.length}  p50 ${round(percentile(sorted, 50), 1)} ms  p95 ${round(percentile(sorted, 95), 1)} ms  p99 ${round(percentile(sorted, 99), 1)} ms`,
    );
  };
  for (const [type, list] of byType) report(type, list);
  report('ALL', [...byType.values()].flat());
  // the machine is shared: CPU per query says more than latency when others are busy
  const perQuery = (ms) => round(ms / queries.length, 1);
  console.log(
    `CPU per query: PostgreSQL ${Number.isNaN(dbCpu) ? 'n/a' : `${perQuery(dbCpu)} ms`}, engine process ${perQuery((engineCpu.user + engineCpu.system) / 1000)} ms; load average ${round(loadBefore, 1)} → ${round(loadavg()[0], 1)} (${availableParallelism()} cores)`,
  );
}

/**
 * CPU time used so far by this pool's PostgreSQL backends (same host only: /proc/<pid>/stat,
 * utime + stime in clock ticks of 10 ms); NaN when they cannot be read.
 */
async function backendCpuMs(dataSource) {
  const backends = await dataSource.query(
    `SELECT pid FROM pg_stat_activity WHERE application_name = current_setting('application_name')`,
  );
  try {
    return backends.reduce((sum, { pid }) => {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return sum + (Number(fields[11]) + Number(fields[12])) * 10;
    }, 0);
  } catch {
    return NaN;
  }
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the candidate queries of one request (offers, organisations),
 * for docs/matchmaking.md: run once to capture the SQL, then explained with the same parameters.
 */
async function printHotPlans(dataSource, engine, requestId) {
  const query = dataSource.manager.query.bind(dataSource.manager);
  const captured = [];
  dataSource.manager.query = (sql, parameters) => {
    if (sql.includes('FROM match_tag m')) captured.push([sql, parameters]);
    return query(sql, parameters);
  };
  await engine.matchesOf('request', requestId, 20);
  dataSource.manager.query = query;
  for (const [sql, parameters] of captured) {
    const plan = await query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, parameters);
    console.log(`-- candidates: ${parameters[8]}s for a request`);
    console.log(plan.map((row) => row['QUERY PLAN']).join('\n'));
  }
}
