// Judging aid: prints a query's subject and a broad pool of candidates to read and judge.
// The pool is deliberately generous (any shared tag, or shared words in the titles); it decides
// what a judge LOOKS AT, never the grade. Usage: node inspect.mjs <req-|off-|org- id> [more ids]
import { readFileSync } from 'node:fs';

const load = (f) => JSON.parse(readFileSync(new URL(f, import.meta.url), 'utf8'));
const orgs = load('./organisations.json');
const offers = load('./offers.json');
const requests = load('./requests.json');
const byId = new Map([...orgs, ...offers, ...requests].map((i) => [i.id, i]));
const STOP = new Set([
  'di',
  'per',
  'e',
  'il',
  'la',
  'le',
  'dei',
  'delle',
  'con',
  'in',
  'a',
  'da',
  'del',
  'della',
  'un',
  'una',
  'for',
  'and',
  'the',
  'of',
  'with',
  'from',
  'on',
  'to',
  'in',
]);
const words = (i) =>
  new Set(
    `${i.titleIt ?? i.displayName ?? ''} ${i.titleEn ?? ''}`
      .toLowerCase()
      .split(/[^a-zàèéìòù0-9]+/)
      .filter((w) => w.length > 3 && !STOP.has(w)),
  );

function line(i) {
  const o = i.ownerId ? byId.get(i.ownerId) : i;
  const who = `${o.id} ${o.kind} ${o.province} ${o.status === 'inactive' ? 'INACTIVE ' : ''}"${o.displayName}" trl ${o.trlMin ?? '-'}–${o.trlMax ?? '-'}`;
  const text = process.env.COMPACT ? '' : `\n      ${i.descriptionIt || i.descriptionEn}`;
  if (i.id.startsWith('org-')) return `${who} | ${i.tags.join(', ')}${text}`;
  const trl = i.trl
    ? `TRL ${i.trl}`
    : `TRL ${i.trlMin}–${i.trlMax}${i.acceptsLowerTrl ? ' (lower ok)' : ''}`;
  return `${i.id} ${i.kind ?? 'offer'} ${i.status} ${trl} ${i.ipStatus ?? ''} [${i.partnershipTypes}]${i.partnerKinds ? ` seeks ${i.partnerKinds}` : ''} "${i.titleIt}" | ${i.tags.join(', ')}${process.env.COMPACT ? ' ‹' : '\n      by '}${who}`;
}

for (const id of process.argv.slice(2)) {
  const q = byId.get(id);
  console.log(
    `\n=== ${line(q)}\n    ${q.needIt || q.needEn || q.descriptionIt || q.descriptionEn}`,
  );
  const qTags = new Set(q.tags);
  const qWords = words(q);
  const side = id.startsWith('off-')
    ? [...orgs, ...requests]
    : id.startsWith('org-')
      ? [...offers, ...requests]
      : [...orgs, ...offers];
  const pool = side
    .filter((c) => c.id !== id)
    .map((c) => ({
      c,
      tags: c.tags.filter((t) => qTags.has(t)).length,
      words: [...words(c)].filter((w) => qWords.has(w)).length,
    }))
    .filter((x) => x.tags + x.words > 0)
    .sort((a, b) => b.tags + b.words - (a.tags + a.words));
  for (const { c, tags, words: w } of pool.slice(0, Number(process.env.POOL ?? 40)))
    console.log(`  [${tags}t ${w}w] ${line(c)}`);
}
