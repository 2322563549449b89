// Checks the matchmaking evaluation set: counts, taxonomy keys, referential integrity, dates,
// and judgements (≥ 10 per query, labels still matching the judged items, hard filters respected).
// Run: node bench/match/dataset/validate.mjs   (exit code 1 on any problem)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gradesOf, ndcgAt, precisionAt } from './metrics.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '../../..');
const load = (file) => JSON.parse(readFileSync(join(here, file), 'utf8'));
const AS_OF = '2025-07-01';
const TARGETS = {
  organisations: 300,
  offers: 200,
  requests: 60,
  queries: 30,
  judgementsPerQuery: 10,
};

/** Taxonomy codes from the built @oip/domain if present, else read from its TypeScript sources. */
async function taxonomies() {
  const dist = join(repo, 'packages/domain/dist/esm/index.js');
  if (existsSync(dist)) {
    const d = await import(pathToFileURL(dist).href);
    return {
      source: 'packages/domain/dist',
      kind: d.ORGANISATION_KINDS.codes,
      s3: d.S3_ECOSYSTEMS.codes,
      province: d.PROVINCES.codes,
      ateco: d.ATECO_SECTIONS.codes,
      trl: d.TRL_LEVELS.codes,
      partnership: d.PARTNERSHIP_TYPES.codes,
      sizeBand: d.SIZE_BANDS,
      research: d.RESEARCH_ORGANISATION_KINDS,
      maxTagLength: d.MAX_TAG_LENGTH,
    };
  }
  const codes = (file) =>
    [
      ...readFileSync(join(repo, 'packages/domain/src/taxonomies', file), 'utf8').matchAll(
        /code: '([^']+)'/g,
      ),
    ].map((m) => m[1]);
  const organisations = readFileSync(join(repo, 'packages/domain/src/organisations.ts'), 'utf8');
  return {
    source: 'packages/domain/src (dist not built)',
    kind: codes('organisation-kinds.ts'),
    s3: codes('s3-ecosystems.ts'),
    province: codes('provinces.ts'),
    ateco: codes('ateco-sections.ts'),
    trl: codes('trl-levels.ts'),
    partnership: codes('partnership-types.ts'),
    sizeBand: [...organisations.match(/SIZE_BANDS = \[([^\]]+)\]/)[1].matchAll(/'([^']+)'/g)].map(
      (m) => m[1],
    ),
    research: ['university', 'research_centre', 'research_hospital'],
    maxTagLength: Number(organisations.match(/MAX_TAG_LENGTH = (\d+)/)[1]),
  };
}

const tax = await taxonomies();
const orgs = load('organisations.json');
const offers = load('offers.json');
const requests = load('requests.json');
const queries = load('queries.json');
const judgements = load('judgements.json');
const errors = [];
const fail = (message) => errors.push(message);
const check = (ok, message) => ok || fail(message);
const all = [...orgs, ...offers, ...requests];
const byId = new Map(all.map((i) => [i.id, i]));
const ownerOf = (i) => (i.ownerId ? i.ownerId : i.id);
/** Pins the exact content that was judged: any change to a judged item means re-judging it. */
export const fingerprint = (i) =>
  createHash('sha256').update(JSON.stringify(i)).digest('hex').slice(0, 12);

// ---- counts and ids
check(
  orgs.length >= TARGETS.organisations,
  `organisations: ${orgs.length} < ${TARGETS.organisations}`,
);
check(offers.length >= TARGETS.offers, `offers: ${offers.length} < ${TARGETS.offers}`);
check(requests.length >= TARGETS.requests, `requests: ${requests.length} < ${TARGETS.requests}`);
check(queries.length >= TARGETS.queries, `queries: ${queries.length} < ${TARGETS.queries}`);
check(byId.size === all.length, 'duplicate item ids');
for (const [list, prefix] of [
  [orgs, 'org'],
  [offers, 'off'],
  [requests, 'req'],
]) {
  list.forEach((item, index) =>
    check(
      item.id === `${prefix}-${String(index + 1).padStart(3, '0')}`,
      `${item.id}: ids must be ${prefix}-NNN in order`,
    ),
  );
}
for (const kind of tax.kind)
  check(
    orgs.some((o) => o.kind === kind),
    `no organisation of kind ${kind}`,
  );
for (const province of tax.province)
  check(
    orgs.some((o) => o.province === province),
    `no organisation in ${province}`,
  );

// ---- taxonomy keys and shapes
const inList = (list, value, what) =>
  check(list.includes(String(value)), `${what}: "${value}" is not a valid key`);
const tags = (item, min, max) => {
  check(
    item.tags.length >= min && item.tags.length <= max,
    `${item.id}: ${item.tags.length} tags, expected ${min}–${max}`,
  );
  for (const tag of item.tags)
    check(
      tag === tag.toLowerCase().trim() && tag.length <= tax.maxTagLength,
      `${item.id}: tag "${tag}" must be lower case, ≤ ${tax.maxTagLength} chars`,
    );
  check(new Set(item.tags).size === item.tags.length, `${item.id}: duplicate tags`);
};
const text = (item, it, en) =>
  check(Boolean(item[it] || item[en]), `${item.id}: needs a text in Italian or English`);
const trlRange = (item, min, max, required) => {
  if (item[min] === null && !required) return;
  inList(tax.trl, item[min], `${item.id} ${min}`);
  inList(tax.trl, item[max], `${item.id} ${max}`);
  check(item[min] <= item[max], `${item.id}: ${min} > ${max}`);
};
const TECH_HOLDERS = ['sme', 'large_company', 'startup', ...tax.research];
for (const o of orgs) {
  inList(tax.kind, o.kind, `${o.id} kind`);
  inList(tax.province, o.province, `${o.id} province`);
  inList(tax.ateco, o.atecoSection, `${o.id} atecoSection`);
  inList(tax.sizeBand, o.sizeBand, `${o.id} sizeBand`);
  o.s3Ecosystems.forEach((e) => inList(tax.s3, e, `${o.id} s3Ecosystems`));
  inList(['active', 'inactive'], o.status, `${o.id} status`);
  tags(o, 3, 8);
  text(o, 'descriptionIt', 'descriptionEn');
  trlRange(o, 'trlMin', 'trlMax', TECH_HOLDERS.includes(o.kind));
  check(
    Number.isInteger(o.trackRecord?.partnerships) &&
      Number.isInteger(o.trackRecord?.awardedSubmissions),
    `${o.id}: trackRecord counts`,
  );
}
const STATUSES = ['draft', 'published', 'expired', 'archived'];
function dates(item) {
  inList(STATUSES, item.status, `${item.id} status`);
  if (item.status === 'draft')
    return check(item.publishedAt === null, `${item.id}: a draft has no publishedAt`);
  check(
    item.publishedAt <= AS_OF && item.publishedAt < item.expiresAt,
    `${item.id}: publishedAt/expiresAt`,
  );
  if (item.status === 'published')
    check(item.expiresAt > AS_OF, `${item.id}: published but expired on ${item.expiresAt}`);
  if (item.status === 'expired')
    check(
      item.expiresAt <= AS_OF,
      `${item.id}: expired but expiresAt ${item.expiresAt} is after ${AS_OF}`,
    );
}
for (const f of offers) {
  check(byId.get(f.ownerId)?.id.startsWith('org-'), `${f.id}: owner ${f.ownerId} does not exist`);
  check(Boolean(f.titleIt && f.titleEn), `${f.id}: title in both languages`);
  inList(tax.trl, f.trl, `${f.id} trl`);
  inList(
    ['granted_patent', 'pending_patent', 'know_how', 'open_source', 'none'],
    f.ipStatus,
    `${f.id} ipStatus`,
  );
  f.atecoSectors.forEach((a) => inList(tax.ateco, a, `${f.id} atecoSectors`));
  f.s3Ecosystems.forEach((e) => inList(tax.s3, e, `${f.id} s3Ecosystems`));
  f.partnershipTypes.forEach((p) => inList(tax.partnership, p, `${f.id} partnershipTypes`));
  tags(f, 3, 8);
  text(f, 'descriptionIt', 'descriptionEn');
  dates(f);
}
for (const r of requests) {
  check(byId.get(r.ownerId)?.id.startsWith('org-'), `${r.id}: owner ${r.ownerId} does not exist`);
  inList(['request', 'challenge'], r.kind, `${r.id} kind`);
  check(Boolean(r.titleIt && r.titleEn), `${r.id}: title in both languages`);
  r.partnerKinds.forEach((k) => inList(tax.kind, k, `${r.id} partnerKinds`));
  trlRange(r, 'trlMin', 'trlMax', true);
  check(typeof r.acceptsLowerTrl === 'boolean', `${r.id}: acceptsLowerTrl`);
  r.partnershipTypes.forEach((p) => inList(tax.partnership, p, `${r.id} partnershipTypes`));
  inList(
    ['under_50k', '50k_200k', '200k_500k', 'over_500k', 'undisclosed'],
    r.budgetBand,
    `${r.id} budgetBand`,
  );
  r.s3Ecosystems.forEach((e) => inList(tax.s3, e, `${r.id} s3Ecosystems`));
  tags(r, 3, 8);
  text(r, 'needIt', 'needEn');
  dates(r);
}

// ---- queries and judgements
const QUERY_TYPES = { request: 'req-', challenge: 'req-', offer: 'off-', organisation: 'org-' };
const judged = new Map(judgements.map((j) => [j.queryId, j.judgements]));
check(new Set(queries.map((q) => q.id)).size === queries.length, 'duplicate query ids');
for (const type of Object.keys(QUERY_TYPES))
  check(
    queries.some((q) => q.type === type),
    `no query of type ${type}`,
  );
for (const q of queries) {
  const subject = byId.get(q.subjectId);
  if (!subject) {
    fail(`${q.id}: subject ${q.subjectId} does not exist`);
    continue;
  }
  check(
    q.subjectId.startsWith(QUERY_TYPES[q.type]) &&
      (subject.kind === q.type || !q.subjectId.startsWith('req-')),
    `${q.id}: type ${q.type} does not match ${q.subjectId}`,
  );
  check(
    subject.status === 'published' || subject.status === 'active',
    `${q.id}: the subject must be live`,
  );
  check(
    q.subjectFingerprint === fingerprint(subject),
    `${q.id}: its subject ${q.subjectId} changed since it was judged: re-judge the query`,
  );
  const list = judged.get(q.id) ?? [];
  check(
    list.length >= TARGETS.judgementsPerQuery,
    `${q.id}: ${list.length} judgements < ${TARGETS.judgementsPerQuery}`,
  );
  check(
    new Set(list.map((j) => j.id)).size === list.length,
    `${q.id}: a candidate is judged twice`,
  );
  check(
    list.some((j) => j.grade >= 2),
    `${q.id}: no candidate graded ≥ 2, nDCG would be undefined`,
  );
  check(
    list.some((j) => j.grade === 0),
    `${q.id}: no hard negative (grade 0)`,
  );
  const asker = ownerOf(subject);
  for (const j of list) {
    const c = byId.get(j.id);
    if (!c) {
      fail(`${q.id}: judged ${j.id} does not exist`);
      continue;
    }
    check([0, 1, 2, 3].includes(j.grade), `${q.id} ${j.id}: grade ${j.grade}`);
    check(Boolean(j.why?.trim()), `${q.id} ${j.id}: missing why`);
    // A changed generator silently changes what was judged: the label pins it.
    check(
      j.label === (c.displayName ?? c.titleIt) && j.fingerprint === fingerprint(c),
      `${q.id} ${j.id}: "${j.label}" changed since it was judged (fingerprint ${j.fingerprint}): re-judge it`,
    );
    check(j.id !== q.subjectId, `${q.id}: the subject is among its own candidates`);
    // Hard filters of the engine: the asker, its own items, inactive or unpublished items score 0.
    const live = c.status === 'published' || c.status === 'active';
    const owner = byId.get(ownerOf(c));
    if (ownerOf(c) === asker || !live || owner.status === 'inactive')
      check(j.grade === 0, `${q.id} ${j.id}: must be graded 0 (asker's own, or not live)`);
  }
}
for (const j of judgements)
  check(
    queries.some((q) => q.id === j.queryId),
    `judgements for unknown query ${j.queryId}`,
  );

const count = (list, key) =>
  Object.entries(list.reduce((m, i) => ({ ...m, [i[key]]: (m[i[key]] ?? 0) + 1 }), {}))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
const pairs = judgements.flatMap((j) => j.judgements);
console.log(`taxonomies from ${tax.source}`);
console.log(`organisations ${orgs.length} (${count(orgs, 'kind')})`);
console.log(`  provinces: ${count(orgs, 'province')}`);
console.log(`offers ${offers.length} (${count(offers, 'status')})`);
console.log(
  `requests ${requests.length} (${count(requests, 'kind')}; ${count(requests, 'status')})`,
);
console.log(
  `queries ${queries.length} (${count(queries, 'type')}), judged pairs ${pairs.length} (grades: ${count(pairs, 'grade')})`,
);
// The metrics on the ideal ranking: nDCG@10 must be 1; P@5 shows the ceiling where fewer
// than five candidates are good.
const ideal = queries.map((q) => {
  const grades = gradesOf(judged.get(q.id) ?? []);
  const ranked = [...grades.keys()].sort((a, b) => grades.get(b) - grades.get(a));
  return { p5: precisionAt(ranked, grades), ndcg: ndcgAt(ranked, grades) };
});
check(
  ideal.every((m) => Math.abs(m.ndcg - 1) < 1e-9),
  'the ideal ranking must score nDCG@10 = 1',
);
const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
console.log(
  `ideal ranking: nDCG@10 ${mean(ideal.map((m) => m.ndcg)).toFixed(3)}, P@5 ceiling ${mean(ideal.map((m) => m.p5)).toFixed(3)} (${ideal.filter((m) => m.p5 < 1).length} queries with fewer than 5 good candidates)`,
);
if (errors.length) {
  console.error(`\n${errors.length} problem(s):\n- ${errors.slice(0, 50).join('\n- ')}`);
  process.exit(1);
}
console.log('OK');
