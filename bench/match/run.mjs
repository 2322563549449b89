// `pnpm bench:match`: the evaluation set through the matchmaking engine → precision@5, nDCG@10.
// `pnpm bench:match --scale`: 100k organisations + 100k offers → latency percentiles (scale.mjs).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { log, repoDir, round, startDatabase } from '../lib.mjs';
import { gradesOf, ndcgAt, precisionAt } from './dataset/metrics.mjs';
import { loadDataset, readDataset, uuidOf } from './load.mjs';
import { runScale } from './scale.mjs';

const requireFromApi = createRequire(join(repoDir, 'apps/api/package.json'));
const { migrate } = requireFromApi('./dist/database/migrate.js');
const { createDataSource } = requireFromApi('./dist/database/data-source.js');
const { Clock } = requireFromApi('./dist/common/time/clock.js');
const { MatchmakingService } = requireFromApi('./dist/modules/matchmaking/matchmaking.service.js');
const { MATCH_WEIGHTS } = requireFromApi('./dist/modules/matchmaking/matchmaking.weights.js');

// Tuning aid: MATCH_WEIGHTS='{"text":2}' tries weights without editing matchmaking.weights.ts.
if (process.env.MATCH_WEIGHTS) Object.assign(MATCH_WEIGHTS, JSON.parse(process.env.MATCH_WEIGHTS));

/** The dataset's "today" (docs/matchmaking-evaluation.md). */
export const AS_OF = new Date('2025-07-01T00:00:00Z');

/** The engine in-process: the real service over a real DataSource, the clock set to AS_OF. */
export async function startEngine(url) {
  const dataSource = createDataSource({ url, applicationName: 'oip-bench-match', poolSize: 4 });
  await dataSource.initialize();
  const clock = new Clock();
  clock.travelTo(AS_OF);
  return { dataSource, engine: new MatchmakingService(dataSource, clock) };
}

async function quality(url) {
  const { dataSource, engine } = await startEngine(url);
  const { datasetIdOf } = await loadDataset(dataSource);
  const queries = readDataset('queries.json');
  const judgements = new Map(readDataset('judgements.json').map((j) => [j.queryId, j.judgements]));
  const rows = [];
  for (const query of queries) {
    const matches = await engine.matchesOf(query.type, uuidOf(query.subjectId), 20);
    const ranked = matches.map((m) => datasetIdOf(m.candidate.id));
    const grades = gradesOf(judgements.get(query.id));
    if (explain === query.id)
      for (const m of matches.slice(0, 10))
        log(
          `${datasetIdOf(m.candidate.id)} g${grades.get(datasetIdOf(m.candidate.id)) ?? '-'} ${m.score} ${m.candidate.organisationKind} ${m.candidate.titleEn} | ${m.factors.map((f) => `${f.factor}:${f.contribution}`).join(' ')}`,
        );
    rows.push({
      query: query.id,
      type: query.type,
      p5: precisionAt(ranked, grades),
      ndcg10: ndcgAt(ranked, grades),
      top5: ranked
        .slice(0, 5)
        .map((id) => `${id}:${grades.get(id) ?? '-'}`)
        .join(' '),
    });
  }
  await dataSource.destroy();
  const mean = (list, key) => round(list.reduce((s, r) => s + r[key], 0) / list.length, 3);
  for (const r of rows)
    console.log(
      `${r.query} ${r.type.padEnd(12)} P@5 ${r.p5.toFixed(2)}  nDCG@10 ${r.ndcg10.toFixed(3)}  ${r.top5}`,
    );
  for (const type of [...new Set(rows.map((r) => r.type))]) {
    const of = rows.filter((r) => r.type === type);
    console.log(
      `mean ${type.padEnd(12)} (${of.length}) P@5 ${mean(of, 'p5')}  nDCG@10 ${mean(of, 'ndcg10')}`,
    );
  }
  // the held-out picture: tune on one half, read the other (docs/matchmaking.md)
  for (const [name, parity] of [
    ['odd', 1],
    ['even', 0],
  ]) {
    const of = rows.filter((r) => Number(r.query.slice(2)) % 2 === parity);
    console.log(
      `mean ${`${name} q`.padEnd(12)} (${of.length}) P@5 ${mean(of, 'p5')}  nDCG@10 ${mean(of, 'ndcg10')}`,
    );
  }
  console.log(
    `MEAN (${rows.length} queries)  precision@5 ${mean(rows, 'p5')}  nDCG@10 ${mean(rows, 'ndcg10')}`,
  );
}

const scale = process.argv.includes('--scale');
const explain = process.argv[process.argv.indexOf('--explain') + 1];
const database = await startDatabase(process.env.TEST_DATABASE_URL);
try {
  log('migrating');
  await migrate(database.url);
  if (scale) await runScale(database.url, startEngine);
  else await quality(database.url);
} finally {
  await database.stop();
}
