import type { TestApp, TestClient } from './app';
import { dataSourceOf, type Person } from './people';

/** Offers and requests over GraphQL: documents, valid inputs, creation, forced statuses. */
export type Kind = 'offer' | 'request';

export const TYPE_OF: Record<Kind, 'TechnologyOffer' | 'CollaborationRequest'> = {
  offer: 'TechnologyOffer',
  request: 'CollaborationRequest',
};
export const TABLE_OF: Record<Kind, string> = {
  offer: 'technology_offer',
  request: 'collaboration_request',
};
const ONE: Record<Kind, string> = { offer: 'technologyOffer', request: 'collaborationRequest' };

const FIELDS = `id status version publishedAt expiresAt title { it en } tags
  viewerCan { edit publish renew archive delete }`;

export const createDocument = (kind: Kind) =>
  `mutation ($organisationId: ID!, $input: ${TYPE_OF[kind]}Input!) { result: create${TYPE_OF[kind]}(organisationId: $organisationId, input: $input) { ${FIELDS} } }`;
export const updateDocument = (kind: Kind) =>
  `mutation ($id: ID!, $expectedVersion: Int!, $input: ${TYPE_OF[kind]}Input!) { result: update${TYPE_OF[kind]}(id: $id, expectedVersion: $expectedVersion, input: $input) { ${FIELDS} } }`;
export const actionDocument = (kind: Kind, action: 'publish' | 'renew' | 'archive') =>
  `mutation ($id: ID!) { result: ${action}${TYPE_OF[kind]}(id: $id) { ${FIELDS} } }`;
export const deleteDocument = (kind: Kind) =>
  `mutation ($id: ID!) { result: delete${TYPE_OF[kind]}(id: $id) }`;
export const oneDocument = (kind: Kind) =>
  `query ($id: ID!) { result: ${ONE[kind]}(id: $id) { ${FIELDS} owner { id } descriptionHtml { it en } } }`;
export const listDocument = (kind: Kind) =>
  `query ($filter: MarketplaceFilter, $search: String, $first: Int, $after: String) { result: ${ONE[kind]}s(filter: $filter, search: $search, first: $first, after: $after) { nodes { id title { it en } } pageInfo { hasNextPage endCursor } } }`;

/** A valid input of `kind` (Italian and English complete); override any field. */
export function marketplaceInput(kind: Kind, overrides: Record<string, unknown> = {}) {
  const common = {
    titleIt: 'Visione artificiale per il controllo qualità',
    titleEn: 'Machine vision for quality control',
    descriptionIt: 'Un sistema di **visione** che riconosce i difetti.',
    descriptionEn: 'A **vision** system that spots defects.',
    s3Ecosystems: ['advanced_manufacturing'],
    atecoSections: ['C'],
    tags: ['vision', 'quality control'],
    partnershipTypes: ['licensing'],
  };
  const own =
    kind === 'offer'
      ? { trl: 6, ipStatus: 'pending_patent', contactPersonIds: [] }
      : {
          partnerKinds: ['university', 'research_centre'],
          trlMin: 5,
          trlMax: 7,
          acceptsLowerTrl: false,
          budgetBand: '50k_250k',
        };
  return { ...common, ...own, ...overrides };
}

/** Creates a draft as `person` (an owner or admin of the organisation); returns it. */
export async function createItem(
  person: Person | { client: TestClient },
  kind: Kind,
  organisationId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; version: number }> {
  const { body } = await person.client.graphql<{ result: { id: string; version: number } }>(
    createDocument(kind),
    { organisationId, input: marketplaceInput(kind, overrides) },
  );
  if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.result;
}

/** Puts an item in any status directly in the database (for testing from that status). */
export async function forceItemStatus(api: TestApp, kind: Kind, id: string, status: string) {
  await dataSourceOf(api).query(
    `UPDATE ${TABLE_OF[kind]} SET status = $2::varchar, published_at = CASE WHEN $2::varchar = 'draft' THEN NULL ELSE now() END, expires_at = CASE WHEN $2::varchar IN ('published', 'expired') THEN now() + interval '1 month' ELSE NULL END WHERE id = $1`,
    [id, status],
  );
}
