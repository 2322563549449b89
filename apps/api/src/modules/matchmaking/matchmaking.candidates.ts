import type { OrganisationKind } from '@oip/domain';
import type { EntityManager } from 'typeorm';
import type { MatchCandidate, MatchItemType } from './matchmaking.types';
import { MATCH_WEIGHTS } from './matchmaking.weights';

/** How each type of item reads as a profile, in SQL (`t` is the item, `o` its organisation). */
interface TargetShape {
  table: string;
  owner: string;
  /** Published, not expired, not past its deadline: what may be shown at all. */
  live: string;
  columns: string;
}

const ITEM_COLUMNS = `t.title_it, t.title_en, t.tags, t.s3_ecosystems AS ecosystems, t.published_at`;

const TARGETS: Record<MatchItemType, TargetShape> = {
  offer: {
    table: 'technology_offer',
    owner: 't.organisation_id',
    live: `t.status = 'published' AND t.published_at <= $now AND (t.expires_at IS NULL OR t.expires_at > $now)`,
    columns: `${ITEM_COLUMNS}, t.ateco_sections AS ateco, t.trl, NULL::smallint AS trl_min, NULL::smallint AS trl_max,
      false AS accepts_lower_trl, '{}'::varchar[] AS sought_kinds, t.partnership_types`,
  },
  request: {
    table: 'collaboration_request',
    owner: 't.organisation_id',
    live: `t.status = 'published' AND t.published_at <= $now AND (t.expires_at IS NULL OR t.expires_at > $now)`,
    columns: `${ITEM_COLUMNS}, t.ateco_sections AS ateco, NULL::smallint AS trl, t.trl_min, t.trl_max,
      t.accepts_lower_trl, t.partner_kinds AS sought_kinds, t.partnership_types`,
  },
  // only challenges every signed-in person may see: invitation-only ones are never suggested
  challenge: {
    table: 'challenge',
    owner: 't.organisation_id',
    live: `t.status = 'published' AND t.visibility IN ('public', 'members') AND (t.deadline IS NULL OR t.deadline > $now)`,
    columns: `${ITEM_COLUMNS}, '{}'::varchar[] AS ateco, NULL::smallint AS trl, t.trl_min, t.trl_max,
      false AS accepts_lower_trl, t.sought_partner_kinds AS sought_kinds, '{}'::varchar[] AS partnership_types`,
  },
  organisation: {
    table: 'organisation',
    owner: 't.id',
    live: '$now IS NOT NULL', // organisations have no lifecycle yet
    columns: `t.display_name AS title_it, t.display_name AS title_en, t.competences AS tags,
      t.s3_ecosystems AS ecosystems, array_remove(ARRAY[t.ateco_section::varchar], NULL) AS ateco,
      NULL::smallint AS trl, t.trl_min, t.trl_max, false AS accepts_lower_trl,
      '{}'::varchar[] AS sought_kinds, '{}'::varchar[] AS partnership_types, NULL::timestamptz AS published_at`,
  },
};

const TAGS_OF: Record<MatchItemType, string> = {
  offer: 't.tags',
  request: 't.tags',
  challenge: 't.tags',
  organisation: 't.competences',
};

export interface CandidateQuery {
  target: MatchItemType;
  /** Words the text query is made of (the source's title and tags, both languages). */
  textIt: string;
  textEn: string;
  tags: string[];
  /** The asking organisation: never a candidate, nor its items. Null: exclude nobody. */
  excludeOrganisationId: string | null;
  /** Dismissed by this user for this source are left out. */
  dismissedBy: { userId: string; sourceType: MatchItemType; sourceId: string } | null;
  now: Date;
  limit?: number;
}

/**
 * The candidates of one target type, at most `limit`, by a cheap pre-score that the GIN
 * indexes serve (full-text match OR tag overlap), then their full profile. The text query
 * ORs every lexeme of the source's title and tags in both languages: any shared word makes a
 * candidate, ts_rank_cd (normalised to [0, 1)) says how much.
 */
export async function findCandidates(
  manager: EntityManager,
  query: CandidateQuery,
): Promise<MatchCandidate[]> {
  const shape = TARGETS[query.target];
  const tags = TAGS_OF[query.target];
  // {D, C, B, A}: an organisation's name (A) says nothing about what it can do
  const weights = `'{0.1, 0.2, 0.4, ${query.target === 'organisation' ? 0 : 1}}'::float4[]`;
  const parameters: unknown[] = [
    query.textIt,
    query.textEn,
    query.tags,
    query.excludeOrganisationId,
    query.now,
    query.dismissedBy?.userId ?? null,
    query.dismissedBy?.sourceType ?? null,
    query.dismissedBy?.sourceId ?? null,
    query.target,
    query.limit ?? MATCH_WEIGHTS.candidatePool,
    MATCH_WEIGHTS.preScoreTag,
  ];
  const sql = `
    WITH src AS (
      SELECT coalesce((
        SELECT string_agg(quote_literal(lexeme), ' | ')
        FROM unnest(tsvector_to_array(to_tsvector('oip_it', $1::text) || to_tsvector('oip_en', $2::text))) AS lexeme
      ), '')::tsquery AS q
    ),
    -- stage 1, GIN on tags: the items sharing most tags (bounded, cheap: no text ranking yet)
    tagged AS (
      SELECT t.id, (SELECT count(*) FROM unnest(${tags}) AS x WHERE x = ANY($3::varchar[])) AS shared
      FROM ${shape.table} t
      WHERE ${tags} && $3::varchar[] AND ${shape.live}
        AND ($4::uuid IS NULL OR ${shape.owner} <> $4::uuid)
        -- never a deactivated organisation nor its items (a hashed set, partial index)
        AND ${shape.owner} NOT IN (SELECT io.id FROM organisation io WHERE io.deactivated_at IS NOT NULL)
        AND NOT EXISTS (
          SELECT 1 FROM match_dismissal d
          WHERE d.user_id = $6::uuid AND d.source_type = $7::varchar AND d.source_id = $8::uuid
            AND d.target_type = $9::varchar AND d.target_id = t.id)
      ORDER BY shared DESC, t.id
      LIMIT $10::int * 2
    ),
    -- stage 2: full-text rank of those only, keep the pool
    cand AS (
      SELECT t.id, ts_rank_cd(${weights}, t.search, src.q) AS text_rank
      FROM tagged JOIN ${shape.table} t ON t.id = tagged.id, src
      ORDER BY ts_rank_cd(${weights}, t.search, src.q, 32) + $11::float8 * tagged.shared DESC, t.id
      LIMIT $10::int
    )
    SELECT t.id, ${shape.owner} AS organisation_id, cand.text_rank, ${shape.columns},
      o.kind, o.province, o.region, o.display_name AS organisation_name,
      (SELECT count(*) FROM evaluation_result r JOIN challenge_submission s ON s.id = r.submission_id
        WHERE r.winner AND s.organisation_id = o.id)::int AS awarded
    FROM cand JOIN ${shape.table} t ON t.id = cand.id JOIN organisation o ON o.id = ${shape.owner}`;
  const rows: CandidateRow[] = await manager.query(
    sql.replaceAll('$now', '$5::timestamptz'),
    parameters,
  );
  // relative to the best candidate: the OR query makes absolute ranks saturate
  const best = Math.max(0, ...rows.map((row) => Number(row.text_rank)));
  return rows.map((row) =>
    toCandidate(query.target, { ...row, text_rank: best > 0 ? Number(row.text_rank) / best : 0 }),
  );
}

interface CandidateRow {
  id: string;
  organisation_id: string;
  text_rank: number;
  title_it: string;
  title_en: string;
  tags: string[];
  ecosystems: string[];
  ateco: string[];
  trl: number | null;
  trl_min: number | null;
  trl_max: number | null;
  accepts_lower_trl: boolean;
  sought_kinds: OrganisationKind[];
  partnership_types: string[];
  published_at: Date | null;
  kind: OrganisationKind;
  province: string | null;
  region: string | null;
  organisation_name: string;
  awarded: number;
}

function toCandidate(type: MatchItemType, row: CandidateRow): MatchCandidate {
  return {
    type,
    id: row.id,
    organisationId: row.organisation_id,
    organisationKind: row.kind,
    organisationName: row.organisation_name,
    titleIt: row.title_it,
    titleEn: row.title_en,
    tags: row.tags,
    ecosystems: row.ecosystems,
    ateco: row.ateco,
    trl: row.trl,
    trlMin: row.trl_min,
    trlMax: row.trl_max,
    acceptsLowerTrl: row.accepts_lower_trl,
    soughtKinds: row.sought_kinds,
    partnershipTypes: row.partnership_types,
    province: row.province,
    region: row.region,
    publishedAt: row.published_at,
    textRank: Number(row.text_rank),
    awardedSubmissions: Number(row.awarded),
  };
}

/** The source of a query as a profile, plus what its visibility depends on; null: no such item. */
export async function loadSource(
  manager: EntityManager,
  type: MatchItemType,
  id: string,
): Promise<{ profile: MatchCandidate; status: string; visibility: string } | null> {
  const shape = TARGETS[type];
  const status = type === 'organisation' ? `'active'` : 't.status';
  const visibility = type === 'challenge' ? 't.visibility' : `'public'`;
  const rows: (CandidateRow & { status: string; visibility: string })[] = await manager.query(
    `SELECT t.id, ${shape.owner} AS organisation_id, 0 AS text_rank, ${shape.columns},
       o.kind, o.province, o.region, o.display_name AS organisation_name, 0 AS awarded,
       ${status} AS status, ${visibility} AS visibility
     FROM ${shape.table} t JOIN organisation o ON o.id = ${shape.owner} WHERE t.id = $1`,
    [id],
  );
  const row = rows[0];
  return row
    ? { profile: toCandidate(type, row), status: row.status, visibility: row.visibility }
    : null;
}
