import type { TestApp } from './app';
import { createItem, forceItemStatus } from './marketplace';
import { createOrganisation, dataSourceOf, type Person } from './people';

/** Partnerships over GraphQL: documents and the shortest ways to reach each status. */
export const PARTNERSHIP_FIELDS = `id status itemType itemId itemTitleIt itemTitleEn
  initiator { id } recipient { id } messages { organisation { id } body createdAt }
  declineReason createdAt decidedAt concludedAt roomId
  viewerCanDecide viewerCanWithdraw viewerCanConclude`;

export const EXPRESS_INTEREST = `mutation ($input: ExpressInterestInput!) { result: expressInterest(input: $input) { ${PARTNERSHIP_FIELDS} } }`;
export const ACCEPT = `mutation ($id: ID!) { result: acceptPartnership(id: $id) { ${PARTNERSHIP_FIELDS} } }`;
export const DECLINE = `mutation ($id: ID!, $reason: String) { result: declinePartnership(id: $id, reason: $reason) { ${PARTNERSHIP_FIELDS} } }`;
export const WITHDRAW = `mutation ($id: ID!) { result: withdrawPartnership(id: $id) { ${PARTNERSHIP_FIELDS} } }`;
export const CONCLUDE = `mutation ($id: ID!) { result: concludePartnership(id: $id) { ${PARTNERSHIP_FIELDS} } }`;
export const FORM_GROUP = `mutation ($input: FormProjectGroupInput!) { result: formProjectGroup(input: $input) {
  id itemType itemId itemTitleIt itemTitleEn owner { id } members { id } roomId createdAt } }`;
export const PARTNERSHIP = `query ($id: ID!) { result: partnership(id: $id) { ${PARTNERSHIP_FIELDS} } }`;
export const PARTNERSHIPS = `query ($organisationId: ID!, $box: PartnershipBox!, $first: Int, $after: String) {
  result: partnerships(organisationId: $organisationId, box: $box, first: $first, after: $after) {
    edges { cursor node { id status } } pageInfo { hasNextPage endCursor } totalCount } }`;
export const PROJECT_GROUPS = `query ($organisationId: ID!) { result: projectGroups(organisationId: $organisationId) {
  id itemTitleIt itemTitleEn owner { id } members { id } roomId } }`;
export const MY_OPEN = `query ($itemType: PartnershipItemType, $itemId: ID, $first: Int) {
  result: myOpenPartnerships(itemType: $itemType, itemId: $itemId, first: $first) { id status itemId } }`;

export interface PartnershipResult {
  id: string;
  status: string;
  itemTitleIt: string;
  initiator: { id: string };
  recipient: { id: string };
  messages: { organisation: { id: string }; body: string }[];
  declineReason: string | null;
  decidedAt: string | null;
  concludedAt: string | null;
  roomId: string | null;
  viewerCanDecide: boolean;
  viewerCanWithdraw: boolean;
  viewerCanConclude: boolean;
}

/** A published offer of `organisationId`, created by `owner` (one of its owners or admins). */
export async function publishedOffer(
  api: TestApp,
  owner: Person,
  organisationId: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const { id } = await createItem(owner, 'offer', organisationId, overrides);
  await forceItemStatus(api, 'offer', id, 'published');
  return id;
}

/** A new organisation of `owner` (its owner) of a kind; a unique name. */
let organisations = 0;
export function newOrganisation(owner: Person, kind = 'sme'): Promise<string> {
  organisations += 1;
  return createOrganisation(owner, {
    kind,
    displayName: `Partner ${organisations}`,
    legalName: `Partner ${organisations} S.r.l.`,
  });
}

/** `sender` (owner or admin of `from`) expresses interest in an item; throws on an error. */
export async function expressInterest(
  sender: Person,
  input: { from: string; itemId: string; itemType?: string; to?: string; message?: string },
): Promise<PartnershipResult> {
  const { body } = await sender.client.graphql<{ result: PartnershipResult }>(EXPRESS_INTEREST, {
    input: {
      fromOrganisationId: input.from,
      itemType: input.itemType ?? 'OFFER',
      itemId: input.itemId,
      toOrganisationId: input.to ?? null,
      message: input.message ?? 'Vorremmo collaborare.',
    },
  });
  if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.result;
}

/** Runs a partnership mutation by id as `person`; throws on an error. */
export async function decideAs(
  person: Person,
  document: string,
  id: string,
  extra: Record<string, unknown> = {},
): Promise<PartnershipResult> {
  const { body } = await person.client.graphql<{ result: PartnershipResult }>(document, {
    id,
    ...extra,
  });
  if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.result;
}

/** The stored row of a partnership (status, room, who decided). */
export async function partnershipRow(api: TestApp, id: string) {
  const [row] = await dataSourceOf(api).query(
    `SELECT status, room_id, decided_by, decline_reason, concluded_by FROM partnership WHERE id = $1`,
    [id],
  );
  return row as {
    status: string;
    room_id: string | null;
    decided_by: string | null;
    decline_reason: string | null;
    concluded_by: string | null;
  };
}
