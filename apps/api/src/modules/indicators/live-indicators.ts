import { RESEARCH_ORGANISATION_KINDS, type OrganisationKind } from '@oip/domain';

/** Company kinds in the region's indicators (the organisation kind taxonomy). */
export const COMPANY_KINDS: readonly OrganisationKind[] = ['sme', 'large_company', 'startup'];

/**
 * companies_collaborating_with_research, computed from the platform's own data (docs/partnerships.md):
 * distinct company organisations with
 * (a) an ACTIVE or CONCLUDED partnership with a research organisation, or
 * (b) a winning submission to a challenge owned by a research organisation, or
 * (c) a challenge of their own where a research organisation's submission won.
 * $1 = company kinds, $2 = research organisation kinds.
 */
export const COMPANIES_COLLABORATING_WITH_RESEARCH_SQL = `
  SELECT count(DISTINCT company_id)::int AS value FROM (
    SELECT CASE WHEN a.kind = ANY($1) THEN a.id ELSE b.id END AS company_id
      FROM partnership p
      JOIN organisation a ON a.id = p.initiator_organisation_id
      JOIN organisation b ON b.id = p.recipient_organisation_id
     WHERE p.status IN ('active', 'concluded')
       AND ((a.kind = ANY($1) AND b.kind = ANY($2)) OR (b.kind = ANY($1) AND a.kind = ANY($2)))
    UNION
    SELECT s.organisation_id
      FROM evaluation_result r
      JOIN challenge_submission s ON s.id = r.submission_id
      JOIN organisation company ON company.id = s.organisation_id
      JOIN challenge c ON c.id = r.challenge_id
      JOIN organisation owner ON owner.id = c.organisation_id
     WHERE r.winner AND company.kind = ANY($1) AND owner.kind = ANY($2)
    UNION
    SELECT c.organisation_id
      FROM evaluation_result r
      JOIN challenge_submission s ON s.id = r.submission_id
      JOIN organisation research ON research.id = s.organisation_id
      JOIN challenge c ON c.id = r.challenge_id
      JOIN organisation owner ON owner.id = c.organisation_id
     WHERE r.winner AND research.kind = ANY($2) AND owner.kind = ANY($1)
  ) companies`;

/** The indicators the platform computes live, by code: their SQL and its parameters. */
export const LIVE_INDICATORS: Record<string, { sql: string; parameters: unknown[] }> = {
  companies_collaborating_with_research: {
    sql: COMPANIES_COLLABORATING_WITH_RESEARCH_SQL,
    parameters: [COMPANY_KINDS, RESEARCH_ORGANISATION_KINDS],
  },
};

/** How the live value is computed, for readers of the dashboard. */
export const LIVE_VALUE_NOTES: Record<string, { it: string; en: string }> = {
  companies_collaborating_with_research: {
    it: 'Calcolato dalla piattaforma: imprese (PMI, grandi imprese, startup) con una collaborazione attiva o conclusa con un’organizzazione di ricerca, o con una proposta vincitrice in una sfida con un’organizzazione di ricerca.',
    en: 'Computed by the platform: companies (SMEs, large companies, startups) with an active or concluded partnership with a research organisation, or with a winning submission in a challenge with a research organisation.',
  },
};
