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
      t.accepts_lower_trl, t.sought_partner_kinds AS sought_kinds, '{}'::varchar[] AS partnership_types`,
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
  /**
   * Instead of the items sharing tags (same filters): `ids`, these (the owners of matching
   * items); `investors`, the investors whose thesis names one of these S3 ecosystems;
   * `seekingInvestment`, the items in these ecosystems that ask for investment or investors;
   * `text`, the items whose words meet the text query, best ranked first (the editors'
   * duplicate check: a draft often has no tags yet).
   */
  by?:
    | { ids: string[] }
    | { investors: string[] }
    | { seekingInvestment: string[] }
    /** `draftsOf`: this organisation's drafts count too (its members' duplicate check). */
    | { text: true; draftsOf?: string | null };
}

/** Items that ask for capital, per type (`t` is the item). */
const SEEKS_INVESTMENT: Record<MatchItemType, string> = {
  offer: `'investment' = ANY(t.partnership_types)`,
  request: `('investment' = ANY(t.partnership_types) OR 'investor' = ANY(t.partner_kinds))`,
  challenge: `'investor' = ANY(t.sought_partner_kinds)`,
  organisation: 'false',
};

/** Stage 1 of a `by` query (`findCandidates`): which rows are candidates at all ($12 the list). */
function stage1Of(
  query: CandidateQuery,
  by: Exclude<NonNullable<CandidateQuery['by']>, { text: true }>,
): string {
  if ('ids' in by) return `t.id = ANY($12::uuid[])`;
  if ('investors' in by)
    return query.target === 'organisation'
      ? `t.kind = 'investor' AND t.s3_ecosystems && $12::varchar[]`
      : 'false';
  return `${SEEKS_INVESTMENT[query.target]} AND t.s3_ecosystems && $12::varchar[]`;
}

/**
 * The text query of a source, as SQL (a tsquery) from its Italian (`it`) and English (`en`)
 * words (`textOf` in the service: title and tags): an OR of every lexeme in both language
 * configurations, so any shared word makes a candidate and ts_rank_cd says how much.
 */
const textQuerySql = (it: string, en: string) => `coalesce((
    SELECT string_agg(quote_literal(lexeme), ' | ')
    FROM unnest(tsvector_to_array(to_tsvector('oip_it', ${it}) || to_tsvector('oip_en', ${en}))) AS lexeme
  ), '')::tsquery`;

/** The source's multi-word tags ($3) as phrases: "digital twin" side by side says more than both words apart. */
const PHRASE_QUERY_SQL = `coalesce((
    SELECT string_agg('(' || p::text || ')', ' | ') FROM (
      SELECT phraseto_tsquery('oip_it', x) AS p FROM unnest($3::varchar[]) AS x
      UNION ALL SELECT phraseto_tsquery('oip_en', x) FROM unnest($3::varchar[]) AS x) s
    WHERE p::text LIKE '%<%'
  ), '')::tsquery`;

/** An organisation's active or concluded partnerships, either side (the two status indexes). */
const PARTNERSHIPS_OF = (id: string) => `((SELECT count(*) FROM partnership p
        WHERE p.initiator_organisation_id = ${id} AND p.status IN ('active', 'concluded'))
      + (SELECT count(*) FROM partnership p
        WHERE p.recipient_organisation_id = ${id} AND p.status IN ('active', 'concluded')))::int`;

/**
 * Never a deactivated organisation nor its items (decision 0018), for the `by` queries on the item
 * tables (a hashed set, partial index); `match_tag` holds no rows of them (its triggers).
 */
const DEACTIVATED_ORGANISATIONS = `SELECT io.id FROM organisation io WHERE io.deactivated_at IS NOT NULL`;

/**
 * The dismissals of stage 1 (`id`: the candidate's id column): the user's few dismissed ids for
 * this source are read once (an InitPlan, one primary-key range scan), not probed per row.
 */
const notDismissed = (id: string) => `${id} <> ALL (ARRAY(
      SELECT d.target_id FROM match_dismissal d
      WHERE d.user_id = $6::uuid AND d.source_type = $7::varchar AND d.source_id = $8::uuid
        AND d.target_type = $9::varchar))`;

/**
 * Stage 1: the live items sharing most tags with the source, an index-only scan of the
 * `match_tag` side table (kept by triggers; decision 0017), which also holds the liveness and
 * the owner; or, for a `by` query, the rows it names, read from the item table itself.
 */
function stage1Sql(query: CandidateQuery, shape: TargetShape): string {
  // the full-text (GIN) index of the items' words: the best-ranked of those meeting the query,
  // live or a draft of the organisation $12 (organisations have no drafts)
  if (query.by && 'text' in query.by) {
    const ownDraft =
      query.target === 'organisation'
        ? '$12::uuid IS NULL AND false'
        : `t.status = 'draft' AND ${shape.owner} = $12::uuid`;
    return `SELECT t.id, 0 AS shared
      FROM ${shape.table} t, src
      WHERE t.search @@ src.q
        AND (${shape.live} OR (${ownDraft}))
        AND ($4::uuid IS NULL OR ${shape.owner} <> $4::uuid)
        AND ${shape.owner} NOT IN (${DEACTIVATED_ORGANISATIONS})
        AND ${notDismissed('t.id')}
      ORDER BY ts_rank_cd(t.search, src.q) DESC, t.id
      LIMIT $10::int * 2`;
  }
  if (!query.by)
    return `SELECT m.item_id AS id, count(*) AS shared
      FROM match_tag m
      WHERE m.item_type = $9::varchar AND m.tag = ANY($3::varchar[])
        AND m.live_from <= $now AND (m.live_until IS NULL OR m.live_until > $now)
        AND ($4::uuid IS NULL OR m.organisation_id <> $4::uuid)
        AND ${notDismissed('m.item_id')}
      GROUP BY m.item_id
      ORDER BY shared DESC, m.item_id
      LIMIT $10::int * 2`;
  const tags = TAGS_OF[query.target];
  return `SELECT t.id, (SELECT count(*) FROM unnest(${tags}) AS x WHERE x = ANY($3::varchar[])) AS shared
      FROM ${shape.table} t
      WHERE ${stage1Of(query, query.by)} AND ${shape.live}
        AND ($4::uuid IS NULL OR ${shape.owner} <> $4::uuid)
        AND ${shape.owner} NOT IN (${DEACTIVATED_ORGANISATIONS})
        AND ${notDismissed('t.id')}
      ORDER BY shared DESC, t.id
      LIMIT $10::int * 2`;
}

/**
 * The candidates of one target type, at most `limit`, in two bounded stages (`stage1Sql`, then
 * ts_rank_cd of those only, once per row: MATERIALIZED, so the sort key does not recompute it),
 * then their full profile (raw text ranks: `relativeTextRanks` makes them relative once the
 * lists are merged).
 */
export async function findCandidates(
  manager: EntityManager,
  query: CandidateQuery,
): Promise<MatchCandidate[]> {
  const shape = TARGETS[query.target];
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
    ...(query.by
      ? 'text' in query.by
        ? [query.by.draftsOf ?? null]
        : Object.values(query.by)
      : []),
  ];
  const sql = `
    WITH src AS MATERIALIZED (SELECT ${textQuerySql('$1::text', '$2::text')} AS q, ${PHRASE_QUERY_SQL} AS pq),
    tagged AS (${stage1Sql(query, shape)}),
    -- stage 2: full-text rank of those only, keep the pool
    ranked AS MATERIALIZED (
      SELECT t.id, tagged.shared, ts_rank_cd(${weights}, t.search, src.q) AS text_rank
      FROM tagged JOIN ${shape.table} t ON t.id = tagged.id, src
    ),
    cand AS (
      SELECT id, text_rank FROM ranked
      -- the rank normalised as ts_rank_cd's flag 32 does: rank / (rank + 1)
      ORDER BY (text_rank::float8 / (text_rank::float8 + 1))::float4 + $11::float8 * shared DESC, id
      LIMIT $10::int
    )
    SELECT t.id, ${shape.owner} AS organisation_id, cand.text_rank + ${Number(MATCH_WEIGHTS.phrase)} * ts_rank_cd(${weights}, t.search, src.pq) AS text_rank, ${shape.columns},
      o.kind, o.province, o.region, o.display_name AS organisation_name,
      (SELECT count(*) FROM evaluation_result r JOIN challenge_submission s ON s.id = r.submission_id
        WHERE r.winner AND s.organisation_id = o.id)::int AS awarded,
      ${PARTNERSHIPS_OF('o.id')} AS partnerships
    FROM cand JOIN ${shape.table} t ON t.id = cand.id JOIN organisation o ON o.id = ${shape.owner}, src`;
  const rows: CandidateRow[] = await manager.query(
    sql.replaceAll('$now', '$5::timestamptz'),
    parameters,
  );
  return rows.map((row) => toCandidate(query.target, row));
}

/** Text ranks relative to the best of the list, in [0, 1]: the OR query makes absolute ranks saturate. */
export function relativeTextRanks(candidates: MatchCandidate[]): MatchCandidate[] {
  const best = Math.max(0, ...candidates.map((candidate) => candidate.textRank));
  return candidates.map((candidate) => ({
    ...candidate,
    textRank: best > 0 ? candidate.textRank / best : 0,
  }));
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
  partnerships: number;
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
    partnerships: Number(row.partnerships),
  };
}

/** An organisation (`t`) that publishes live offers and asks for nothing: it supplies technology. */
const HOLDS_TECHNOLOGY = `EXISTS (SELECT 1 FROM technology_offer x WHERE x.organisation_id = t.id
    AND x.status = 'published' AND x.published_at <= $2 AND (x.expires_at IS NULL OR x.expires_at > $2))
  AND NOT EXISTS (SELECT 1 FROM collaboration_request x WHERE x.organisation_id = t.id
    AND x.status = 'published' AND x.published_at <= $2 AND (x.expires_at IS NULL OR x.expires_at > $2))
  AND NOT EXISTS (SELECT 1 FROM challenge x WHERE x.organisation_id = t.id
    AND x.status = 'published' AND (x.deadline IS NULL OR x.deadline > $2))`;

/** The source of a query as a profile, plus what its visibility depends on; null: no such item. */
export async function loadSource(
  manager: EntityManager,
  type: MatchItemType,
  id: string,
  now: Date,
): Promise<{ profile: MatchCandidate; status: string; visibility: string } | null> {
  const shape = TARGETS[type];
  const status = type === 'organisation' ? `'active'` : 't.status';
  const visibility = type === 'challenge' ? 't.visibility' : `'public'`;
  // items hold no technology of their own (`$2 IS NULL` is false, and keeps $2 typed)
  const holds = type === 'organisation' ? HOLDS_TECHNOLOGY : '$2::timestamptz IS NULL';
  const rows: (CandidateRow & SourceRow)[] = await manager.query(
    `SELECT t.id, ${shape.owner} AS organisation_id, 0 AS text_rank, ${shape.columns},
       o.kind, o.province, o.region, o.display_name AS organisation_name, 0 AS awarded, 0 AS partnerships,
       ${status} AS status, ${visibility} AS visibility, ${holds} AS holds_technology
     FROM ${shape.table} t JOIN organisation o ON o.id = ${shape.owner} WHERE t.id = $1`,
    [id, now],
  );
  const row = rows[0];
  if (!row) return null;
  const profile = { ...toCandidate(type, row), holdsTechnology: row.holds_technology };
  return { profile, status: row.status, visibility: row.visibility };
}

interface SourceRow {
  status: string;
  visibility: string;
  holds_technology: boolean;
}
