// Generates organisations.json, offers.json and requests.json of the matchmaking evaluation set.
// Deterministic: a fixed seed and a hand-rolled PRNG, no Date.now(), no Math.random().
// Run: node bench/match/dataset/generate.mjs   (then node bench/match/dataset/validate.mjs)
//
// Judgements (judgements.json) refer to the generated ids and record the judged item's title,
// so validate.mjs fails if a change here alters an item someone already judged. To extend the
// set, raise the counts or append themes: generation is sequential, so the items that already
// exist keep their ids and content only if you add at the END of each list (see the docs).
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { THEMES, PUBLIC_THEMES, PROVINCE_WORDS } from './vocabulary.mjs';
import {
  PLACES,
  TOWNS,
  PROVINCE_WEIGHTS,
  SURNAMES,
  BRAND_HEADS,
  BRAND_TAILS,
  FIELDS,
  PUBLIC_BODIES,
  HOSPITAL_PREFIXES,
} from './lexicon.mjs';
import { describeOrganisation, describeOffer, describeRequest } from './texts.mjs';

export const SEED = 20250701;
/** The evaluation's "today": statuses and dates are consistent with it. */
export const AS_OF = '2025-07-01';
const COUNTS = {
  organisations: {
    sme: 112,
    large_company: 30,
    startup: 60,
    university: 16,
    research_centre: 32,
    research_hospital: 14,
    public_body: 20,
    cluster: 16,
    investor: 20,
  },
  offers: 220,
  requests: 72,
};

// ---- deterministic randomness ---------------------------------------------------------------
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);
const int = (min, max) => min + Math.floor(rand() * (max - min + 1));
const pick = (list) => list[Math.floor(rand() * list.length)];
const chance = (p) => rand() < p;
function pickN(list, n) {
  const copy = [...list];
  const out = [];
  while (out.length < n && copy.length)
    out.push(copy.splice(Math.floor(rand() * copy.length), 1)[0]);
  return out;
}
function weighted(weights) {
  const entries = Object.entries(weights);
  let r = rand() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [key, w] of entries) if ((r -= w) < 0) return key;
  return entries[entries.length - 1][0];
}
const pad = (n, width = 3) => String(n).padStart(width, '0');
const theme = (key) => THEMES.find((t) => t.key === key);
const unique = (list) => [...new Set(list)];
function addDays(iso, days) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const dateBetween = (from, to) =>
  addDays(from, int(0, Math.round((Date.parse(to) - Date.parse(from)) / 864e5)));

// ---- organisations --------------------------------------------------------------------------
const HEALTH = [
  'medtech',
  'digital_health',
  'diagnostics',
  'drug_delivery',
  'nutraceuticals',
  'social_care',
];
const usedNames = new Set();

function coined() {
  return pick(BRAND_HEADS) + pick(BRAND_TAILS);
}
function nameFor(kind, t, province) {
  const place = pick(PLACES[province]);
  const adj = pick(PROVINCE_WORDS[province].adj);
  const noun = pick(t.names);
  const field = FIELDS[t.key].it;
  for (let attempt = 0; ; attempt++) {
    let name;
    switch (kind) {
      case 'sme':
        name = pick([
          `${noun} ${place} S.r.l.`,
          `${pick(SURNAMES)} ${noun} S.r.l.`,
          `${coined()} S.r.l.`,
          `F.lli ${pick(SURNAMES)} S.n.c.`,
        ]);
        break;
      case 'large_company':
        name = pick([
          `${coined()} S.p.A.`,
          `Gruppo ${pick(SURNAMES)} S.p.A.`,
          `${noun} ${adj} S.p.A.`,
        ]);
        break;
      case 'startup':
        name = `${coined()}${pick(['', ' Labs', ' AI', ' Bio', ' Tech', ''])}`;
        break;
      case 'university':
        name = pick([
          `Università ${adj}`,
          `Ateneo ${adj} di Scienze Applicate`,
          `Politecnico ${place}`,
          `Libera Università ${place}`,
        ]);
        break;
      case 'research_centre':
        name = pick([
          `Istituto di ${field} ${place}`,
          `Centro Ricerche ${field}`,
          `Laboratorio ${field} ${place}`,
          `Fondazione ${coined()} – ${field}`,
        ]);
        break;
      case 'research_hospital':
        name = `IRCCS ${HOSPITAL_PREFIXES[t.key] ?? pick(['Ospedale', 'Policlinico', 'Istituto Clinico'])} ${place}`;
        break;
      case 'public_body':
        name = `${PUBLIC_BODIES[t.key].name} ${place}`;
        break;
      case 'cluster':
        name = pick([
          `Distretto ${field} ${place}`,
          `Rete Lombarda ${field}`,
          `Associazione ${field} ${place}`,
          `Polo ${field} ${place}`,
        ]);
        break;
      case 'investor':
        name = pick([
          `${coined()} Ventures`,
          `${coined()} Capital SGR`,
          `Business Angels ${place}`,
          `Fondo Innovazione ${place}`,
          `${pick(SURNAMES)} & Partners Venture`,
        ]);
        break;
    }
    // A repeated name gets a fund-like ordinal ("… II"), which costs no random draw.
    if (attempt > 3) name = `${name} ${['II', 'III', 'IV', 'V', 'VI'][attempt - 4] ?? attempt}`;
    if (!usedNames.has(name)) {
      usedNames.add(name);
      return name;
    }
  }
}

function themesFor(kind, index) {
  // Cycling through the themes (offset per kind) guarantees every theme has every kind of actor.
  const cycle = (list, offset) => list[(index + offset) % list.length];
  switch (kind) {
    case 'university':
      return pickN(
        THEMES.map((t) => t.key),
        3,
      );
    case 'research_hospital':
      return unique([cycle(HEALTH, 0), pick(HEALTH)]);
    case 'public_body':
      return [cycle(PUBLIC_THEMES, 0)];
    case 'investor':
      return pickN(
        THEMES.map((t) => t.key),
        int(2, 3),
      );
    default: {
      const primary = cycle(THEMES, kind.length).key;
      // A second theme only where it is plausible: one that shares an S3 ecosystem.
      const related = THEMES.filter(
        (t) => t.key !== primary && t.eco.some((e) => theme(primary).eco.includes(e)),
      );
      return chance(0.35) ? [primary, pick(related).key] : [primary];
    }
  }
}

function sizeFor(kind) {
  switch (kind) {
    case 'sme':
      return pick(['micro', 'small', 'small', 'medium', 'medium']);
    case 'startup':
      return pick(['micro', 'micro', 'small']);
    case 'research_centre':
      return pick(['small', 'medium', 'medium', 'large']);
    case 'cluster':
    case 'investor':
      return pick(['micro', 'small']);
    case 'public_body':
      return pick(['medium', 'large']);
    default:
      return 'large';
  }
}

const KIND_ATECO = {
  university: 'P',
  research_centre: 'M',
  research_hospital: 'Q',
  public_body: 'O',
  cluster: 'S',
  investor: 'K',
};

function trlRangeFor(kind) {
  switch (kind) {
    case 'university':
      return [int(1, 2), int(4, 5)];
    case 'research_centre':
      return [int(2, 4), int(5, 7)];
    case 'research_hospital':
      return [int(3, 4), int(6, 7)];
    case 'startup':
      return [int(3, 5), int(6, 8)];
    case 'sme':
      return [int(5, 7), int(8, 9)];
    case 'large_company':
      return [int(5, 6), 9];
    default:
      return null;
  }
}

function tagsFor(kind, themeKeys) {
  const [first, ...rest] = themeKeys.map(theme);
  const pool = (t) => unique([...t.tags, ...t.offers.flatMap((o) => o.tags)]);
  if (kind === 'investor') {
    const stage = pickN(
      ['venture capital', 'seed', 'serie a', 'deep tech', 'business angel', 'pre-seed'],
      2,
    );
    return unique([...stage, ...themeKeys.map((k) => pick(theme(k).tags))]).slice(0, 6);
  }
  if (kind === 'cluster') {
    return unique([
      ...pickN(first.tags, 3),
      pick(['trasferimento tecnologico', 'networking', 'technology transfer', 'progetti europei']),
    ]);
  }
  if (kind === 'public_body') {
    return unique([
      ...pickN(first.tags, int(2, 4)),
      pick(['pubblica amministrazione', 'appalti innovativi', 'servizi ai cittadini']),
    ]);
  }
  const fromFirst = pickN(pool(first), kind === 'university' ? 3 : int(3, 5));
  const fromRest = rest.flatMap((t) => pickN(pool(t), kind === 'university' ? 2 : int(1, 2)));
  return unique([...fromFirst, ...fromRest]).slice(0, 8);
}

function trackRecordFor(kind) {
  const scale = {
    university: 20,
    research_centre: 14,
    research_hospital: 12,
    large_company: 10,
    cluster: 8,
    sme: 4,
    startup: 2,
    public_body: 3,
    investor: 6,
  }[kind];
  return {
    partnerships: int(0, scale * 2),
    awardedSubmissions: kind === 'investor' ? 0 : int(0, Math.ceil(scale / 2)),
  };
}

function buildOrganisations() {
  const orgs = [];
  let n = 0;
  for (const [kind, count] of Object.entries(COUNTS.organisations)) {
    for (let i = 0; i < count; i++) {
      n++;
      // The first organisations of each kind cover every province once; the rest follow the weights.
      const province =
        i < 12 && kind !== 'cluster' && kind !== 'investor'
          ? Object.keys(PROVINCE_WEIGHTS)[i]
          : weighted(PROVINCE_WEIGHTS);
      const themeKeys = themesFor(kind, i);
      const t = theme(themeKeys[0]);
      const trl = trlRangeFor(kind);
      const org = {
        id: `org-${pad(n)}`,
        kind,
        displayName: nameFor(kind, t, province),
        country: 'IT',
        region: 'Lombardia',
        province,
        town: pick(TOWNS[province]),
        sizeBand: sizeFor(kind),
        atecoSection: KIND_ATECO[kind] ?? pick(t.ateco),
        s3Ecosystems: unique(
          themeKeys.flatMap((k) => theme(k).eco.slice(0, kind === 'university' ? 1 : 2)),
        ),
        tags: tagsFor(kind, themeKeys),
        trlMin: trl ? trl[0] : null,
        trlMax: trl ? trl[1] : null,
        themes: themeKeys,
        trackRecord: trackRecordFor(kind),
        status: 'active',
        foundedYear: kind === 'startup' ? int(2017, 2024) : int(1950, 2015),
      };
      Object.assign(org, describeOrganisation(org, { rand, int, pick, chance, theme }));
      orgs.push(org);
    }
  }
  // A few organisations closed or were suspended: the engine must not suggest them.
  for (const id of ['org-017', 'org-133', 'org-205', 'org-248'])
    orgs.find((o) => o.id === id).status = 'inactive';
  return orgs;
}

// ---- offers ---------------------------------------------------------------------------------
const IP_BY_KIND = {
  university: ['granted_patent', 'pending_patent', 'pending_patent', 'know_how', 'open_source'],
  research_centre: ['granted_patent', 'pending_patent', 'know_how', 'know_how', 'open_source'],
  research_hospital: ['pending_patent', 'know_how', 'know_how', 'none'],
  startup: ['pending_patent', 'granted_patent', 'know_how', 'open_source'],
  sme: ['know_how', 'granted_patent', 'none'],
  large_company: ['granted_patent', 'know_how'],
};
const PARTNERSHIPS_BY_KIND = {
  university: ['licensing', 'joint_rnd', 'technical_cooperation', 'services'],
  research_centre: ['joint_rnd', 'technical_cooperation', 'services', 'licensing', 'pilot'],
  research_hospital: ['joint_rnd', 'pilot', 'licensing', 'services'],
  startup: ['pilot', 'investment', 'commercial_agreement', 'licensing', 'joint_rnd'],
  sme: ['commercial_agreement', 'technical_cooperation', 'licensing', 'pilot'],
  large_company: ['licensing', 'joint_rnd', 'commercial_agreement'],
};
const OWNER_WEIGHTS = {
  university: 22,
  research_centre: 25,
  research_hospital: 10,
  startup: 28,
  sme: 11,
  large_company: 4,
};

function statusAndDates(publishedShare = 0.86) {
  const r = rand();
  if (r < publishedShare) {
    const publishedAt = dateBetween('2024-07-15', '2025-06-25');
    return { status: 'published', publishedAt, expiresAt: addDays(publishedAt, 365) };
  }
  if (r < publishedShare + 0.05) return { status: 'draft', publishedAt: null, expiresAt: null };
  const publishedAt = dateBetween('2023-01-10', '2024-06-20');
  return {
    status: r < publishedShare + 0.11 ? 'expired' : 'archived',
    publishedAt,
    expiresAt: addDays(publishedAt, 365),
  };
}

function buildOffers(orgs) {
  const offers = [];
  const active = orgs.filter((o) => o.status === 'active');
  for (let n = 1; n <= COUNTS.offers; n++) {
    const kind = weighted(OWNER_WEIGHTS);
    const owner = pick(active.filter((o) => o.kind === kind));
    const themeKey = chance(0.8) ? owner.themes[0] : pick(owner.themes);
    const t = theme(themeKey);
    const base = pick(t.offers);
    const market = int(0, t.markets.it.length - 1);
    const qualified = chance(0.35);
    const trl = int(owner.trlMin, owner.trlMax);
    const offer = {
      id: `off-${pad(n)}`,
      ownerId: owner.id,
      ...statusAndDates(),
      titleIt: qualified ? `${base.it} – ${t.markets.it[market]}` : base.it,
      titleEn: qualified ? `${base.en} – ${t.markets.en[market]}` : base.en,
      trl,
      ipStatus: pick(IP_BY_KIND[kind]),
      atecoSectors: pickN(t.ateco, int(1, Math.min(2, t.ateco.length))),
      s3Ecosystems: pickN(t.eco, int(1, t.eco.length)),
      tags: unique([...base.tags, ...pickN(t.tags, int(1, 3))]).slice(0, 6),
      partnershipTypes: pickN(PARTNERSHIPS_BY_KIND[kind], int(1, 3)),
      theme: themeKey,
    };
    Object.assign(offer, describeOffer(offer, owner, t, market, { rand, int, pick, chance }));
    offers.push(offer);
  }
  return offers;
}

// ---- requests and challenges ----------------------------------------------------------------
const BUDGETS = ['under_50k', '50k_200k', '200k_500k', 'over_500k', 'undisclosed'];

function seekingFor(ownerKind, themeKey) {
  const research = ['university', 'research_centre'];
  if (HEALTH.includes(themeKey)) research.push('research_hospital');
  switch (ownerKind) {
    case 'startup':
      return pick([['investor', 'large_company'], ['large_company', 'sme'], ['investor']]);
    case 'research_hospital':
      return pick([
        ['sme', 'startup'],
        ['startup', 'large_company', 'sme'],
      ]);
    case 'public_body':
      return pick([
        ['sme', 'startup'],
        ['sme', 'startup', 'research_centre'],
        ['sme', 'large_company', 'university'],
      ]);
    case 'large_company':
      return chance(0.5) ? [...research, 'startup'] : research;
    default:
      return chance(0.3) ? [...research, 'startup'] : research;
  }
}
function trlSoughtFor(ownerKind) {
  switch (ownerKind) {
    case 'sme':
      return [int(5, 6), 8];
    case 'large_company':
      return [int(3, 6), int(7, 8)];
    case 'public_body':
      return [int(6, 7), 9];
    case 'research_hospital':
      return [int(4, 6), 8];
    case 'startup':
      return [int(4, 5), 7];
    default:
      return [int(4, 5), 7];
  }
}
const REQUEST_PARTNERSHIPS = {
  sme: ['technical_cooperation', 'joint_rnd', 'services', 'commercial_agreement'],
  large_company: ['joint_rnd', 'licensing', 'pilot', 'commercial_agreement'],
  public_body: ['pilot', 'commercial_agreement', 'services'],
  research_hospital: ['pilot', 'joint_rnd', 'commercial_agreement'],
  startup: ['investment', 'pilot', 'commercial_agreement'],
  cluster: ['joint_rnd', 'technical_cooperation'],
};

/** A startup's request: a first pilot customer and investors for one of its theme's offers. */
function startupNeed(t) {
  const base = pick(t.offers);
  const lc = (text) => text[0].toLowerCase() + text.slice(1);
  // This draw picked a capability phrase that could contradict the title; it is kept unused
  // because removing it would shift every later random draw (and the judged items).
  int(0, t.what.it.length - 1);
  return {
    owners: ['startup'],
    it: `Primo cliente pilota per ${lc(base.it)}`,
    en: `First pilot customer for ${lc(base.en)}`,
    needIt: `La nostra tecnologia (${lc(base.it)}) è pronta per una prima installazione. Cerchiamo un’azienda disposta a ospitare un progetto pilota e investitori per finanziare l’industrializzazione.`,
    needEn: `Our technology (${lc(base.en)}) is ready for a first installation. We need a company willing to host a pilot and investors to fund industrialisation.`,
    tags: unique([...base.tags, 'progetto pilota']),
  };
}

function buildRequests(orgs) {
  const requests = [];
  const active = orgs.filter((o) => o.status === 'active');
  const needs = THEMES.flatMap((t) => t.needs.map((need) => ({ t, need })));
  for (let n = 1; n <= COUNTS.requests; n++) {
    // The need comes first, then an owner for whom it is plausible (a museum need is posted by a
    // public body, a sepsis pathway by a hospital): requests must read as written by their owner.
    let { t, need } = pick(needs);
    if (chance(0.08)) {
      t = pick(THEMES);
      need = startupNeed(t);
    }
    const preferred = need.owners[chance(0.6) ? 0 : int(0, need.owners.length - 1)];
    const fitting = (kind) => active.filter((o) => o.kind === kind && o.themes.includes(t.key));
    const ownerKind = [preferred, ...need.owners].find((kind) => fitting(kind).length) ?? preferred;
    const owner = pick(
      fitting(ownerKind).length ? fitting(ownerKind) : active.filter((o) => o.kind === ownerKind),
    );
    const themeKey = t.key;
    const isChallenge =
      ownerKind === 'public_body'
        ? chance(0.8)
        : ownerKind === 'large_company'
          ? chance(0.5)
          : chance(0.15);
    const [trlMin, trlMax] = trlSoughtFor(ownerKind);
    const dates = statusAndDates(0.85);
    const request = {
      id: `req-${pad(n)}`,
      ownerId: owner.id,
      kind: isChallenge ? 'challenge' : 'request',
      ...dates,
      deadline:
        isChallenge && dates.publishedAt
          ? addDays(dates.publishedAt, int(60, 150) + (dates.status === 'published' ? 120 : 0))
          : null,
      titleIt: need.it,
      titleEn: need.en,
      partnerKinds: seekingFor(ownerKind, themeKey),
      trlMin,
      trlMax,
      acceptsLowerTrl: chance(0.35),
      partnershipTypes: pickN(REQUEST_PARTNERSHIPS[ownerKind], int(1, 2)),
      budgetBand: pick(BUDGETS),
      s3Ecosystems: pickN(t.eco, int(1, t.eco.length)),
      tags: unique([...need.tags, ...(chance(0.5) ? [pick(t.tags)] : [])]),
    };
    Object.assign(request, describeRequest(request, owner, need, { rand, int, pick, chance }));
    requests.push(request);
  }
  return requests;
}

// ---- output ---------------------------------------------------------------------------------
/** Field order in the files: identity, status, text, taxonomies, then the rest. */
function ordered(item, keys) {
  // The generator's theme labels are left out on purpose: they would be an answer key.
  return Object.fromEntries(keys.filter((k) => k in item).map((k) => [k, item[k]]));
}
const ORG_KEYS = [
  'id',
  'kind',
  'displayName',
  'status',
  'country',
  'region',
  'province',
  'town',
  'sizeBand',
  'atecoSection',
  's3Ecosystems',
  'tags',
  'trlMin',
  'trlMax',
  'descriptionIt',
  'descriptionEn',
  'trackRecord',
  'foundedYear',
];
const OFFER_KEYS = [
  'id',
  'ownerId',
  'status',
  'publishedAt',
  'expiresAt',
  'titleIt',
  'titleEn',
  'descriptionIt',
  'descriptionEn',
  'trl',
  'ipStatus',
  'atecoSectors',
  's3Ecosystems',
  'tags',
  'partnershipTypes',
];
const REQUEST_KEYS = [
  'id',
  'ownerId',
  'kind',
  'status',
  'publishedAt',
  'expiresAt',
  'deadline',
  'titleIt',
  'titleEn',
  'needIt',
  'needEn',
  'partnerKinds',
  'trlMin',
  'trlMax',
  'acceptsLowerTrl',
  'partnershipTypes',
  'budgetBand',
  's3Ecosystems',
  'tags',
];

async function write(dir, file, items, keys) {
  const path = join(dir, file);
  const options = { ...(await prettier.resolveConfig(path)), parser: 'json' };
  await writeFile(
    path,
    await prettier.format(JSON.stringify(items.map((i) => ordered(i, keys))), options),
  );
  console.log(`${file}: ${items.length}`);
}

const dir = dirname(fileURLToPath(import.meta.url));
const organisations = buildOrganisations();
const offers = buildOffers(organisations);
const requests = buildRequests(organisations);
await write(dir, 'organisations.json', organisations, ORG_KEYS);
await write(dir, 'offers.json', offers, OFFER_KEYS);
await write(dir, 'requests.json', requests, REQUEST_KEYS);
