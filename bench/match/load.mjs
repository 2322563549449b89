// Loads the evaluation set (bench/match/dataset) into a migrated database, through plain SQL
// on the real tables. Dataset ids become deterministic UUIDs (`uuidOf`), so results map back.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const datasetDir = join(dirname(fileURLToPath(import.meta.url)), 'dataset');
export const readDataset = (name) => JSON.parse(readFileSync(join(datasetDir, name), 'utf8'));

/** A stable UUID for a dataset id ("org-001" → always the same UUID). */
export function uuidOf(datasetId) {
  const hex = createHash('sha256').update(datasetId).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// challenges have their own lifecycle: an expired one is closed
const CHALLENGE_STATUS = {
  published: 'published',
  draft: 'draft',
  expired: 'closed',
  archived: 'archived',
};

/** When the set's inactive organisations were deactivated: before the evaluation's clock. */
const DEACTIVATED_AT = '2025-06-01T00:00:00Z';

/**
 * Inserts organisations, offers, requests and challenges, all of them: the inactive
 * organisations of the set are loaded deactivated (`deactivated_at`), with their items, so
 * the engine's own filter is what leaves them out (dataset README).
 */
export async function loadDataset(client) {
  const organisations = readDataset('organisations.json');
  const offers = readDataset('offers.json');
  const requests = readDataset('requests.json');
  const inactive = new Set(organisations.filter((o) => o.status !== 'active').map((o) => o.id));
  const ids = new Map();
  const remember = (id) => (ids.set(uuidOf(id), id), uuidOf(id));

  for (const o of organisations)
    await client.query(
      `INSERT INTO organisation (id, kind, legal_name, display_name, country, region, province, size_band,
         ateco_section, s3_ecosystems, competences, trl_min, trl_max, description_it, description_en,
         deactivated_at)
       VALUES ($1,$2,$3,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15)`,
      [
        remember(o.id),
        o.kind,
        o.displayName,
        o.country,
        o.region,
        o.province,
        o.sizeBand,
        o.atecoSection,
        o.s3Ecosystems,
        o.tags,
        o.trlMin,
        o.trlMax,
        o.descriptionIt ?? '',
        o.descriptionEn ?? '',
        inactive.has(o.id) ? DEACTIVATED_AT : null,
      ],
    );
  for (const f of offers)
    await client.query(
      `INSERT INTO technology_offer (id, organisation_id, status, title_it, title_en, description_it,
         description_en, trl, ip_status, ateco_sections, s3_ecosystems, tags, partnership_types, published_at, expires_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15)`,
      [
        remember(f.id),
        uuidOf(f.ownerId),
        f.status,
        f.titleIt,
        f.titleEn,
        f.descriptionIt ?? '',
        f.descriptionEn ?? '',
        f.trl,
        f.ipStatus,
        f.atecoSectors,
        f.s3Ecosystems,
        f.tags,
        f.partnershipTypes,
        f.publishedAt,
        f.expiresAt,
      ],
    );
  for (const r of requests) {
    if (r.kind === 'challenge')
      await client.query(
        `INSERT INTO challenge (id, organisation_id, status, title_it, title_en, summary_it, summary_en,
           s3_ecosystems, tags, sought_partner_kinds, trl_min, trl_max, accepts_lower_trl, reward_type, deadline, visibility, published_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$15,'co_development',$13,'public',$14)`,
        [
          remember(r.id),
          uuidOf(r.ownerId),
          CHALLENGE_STATUS[r.status],
          r.titleIt,
          r.titleEn,
          r.needIt ?? '',
          r.needEn ?? '',
          r.s3Ecosystems,
          r.tags,
          r.partnerKinds,
          r.trlMin,
          r.trlMax,
          r.deadline,
          r.publishedAt,
          r.acceptsLowerTrl,
        ],
      );
    else
      await client.query(
        `INSERT INTO collaboration_request (id, organisation_id, status, title_it, title_en, description_it,
           description_en, s3_ecosystems, tags, partner_kinds, trl_min, trl_max, accepts_lower_trl,
           partnership_types, budget_band, published_at, expires_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17)`,
        [
          remember(r.id),
          uuidOf(r.ownerId),
          r.status,
          r.titleIt,
          r.titleEn,
          r.needIt ?? '',
          r.needEn ?? '',
          r.s3Ecosystems,
          r.tags,
          r.partnerKinds,
          r.trlMin,
          r.trlMax,
          r.acceptsLowerTrl,
          r.partnershipTypes,
          r.budgetBand,
          r.publishedAt,
          r.expiresAt,
        ],
      );
  }
  await client.query('ANALYZE');
  return { datasetIdOf: (uuid) => ids.get(uuid) ?? uuid, inactive };
}
