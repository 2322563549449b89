import type { MatchFieldsFragment, MatchItemType, PartnershipItemType } from '@oip/graphql';

/**
 * What an "Express interest" is about, before the sender is chosen: the item of the request
 * (`itemType`/`itemId`), who receives it, and — when the item is the sender's own — the only
 * organisation that may send it.
 */
export interface InterestTarget {
  itemType: PartnershipItemType;
  itemId: string;
  /** The organisation whose admins accept or decline (never offered as a sender). */
  recipientId: string;
  recipientName: string;
  /** Set when the item is the sender's own: reaching out to a matched organisation. */
  toOrganisationId?: string;
  /** Only this organisation may send (the owner of the item reaching out). */
  senderId?: string;
  /** Reaching out: the title of the sender's own item it is about, for the dialog to name it. */
  ownItemTitle?: string;
  /** The sender chosen first, when several are possible (e.g. the organisation of "For you"). */
  preferredSenderId?: string;
}

/** Where matches were asked from: a source item (with its owner) or an organisation. */
export interface InterestSource {
  type: MatchItemType;
  id: string;
  /** The organisation owning the source item (the organisation itself for "For you"). */
  ownerId?: string;
  /** The source item's title in the current language. */
  title?: string;
}

/**
 * The interest a match leads to. A match with an offer, request or challenge is interest in
 * that item, sent to its owner. A match with an organisation is the source item's owner
 * reaching out to it about its own item, so only that owner may send. Null when no request can
 * follow (an organisation matched to an organisation).
 */
export function interestFromMatch(
  match: Pick<
    MatchFieldsFragment,
    'targetType' | 'targetId' | 'organisationId' | 'organisationName'
  >,
  source: InterestSource,
): InterestTarget | null {
  if (match.targetType === 'ORGANISATION') {
    if (source.type === 'ORGANISATION' || !source.ownerId) return null;
    return {
      itemType: source.type,
      itemId: source.id,
      recipientId: match.targetId,
      recipientName: match.organisationName,
      toOrganisationId: match.targetId,
      senderId: source.ownerId,
      ownItemTitle: source.title,
    };
  }
  return {
    itemType: match.targetType,
    itemId: match.targetId,
    recipientId: match.organisationId,
    recipientName: match.organisationName,
    preferredSenderId: source.ownerId,
  };
}

/** The organisations the viewer may send this interest from (admin/owner, not the recipient). */
export function possibleSenders<T extends { id: string }>(
  administered: readonly T[],
  target: InterestTarget,
): T[] {
  return administered.filter((organisation) =>
    target.senderId ? organisation.id === target.senderId : organisation.id !== target.recipientId,
  );
}

/** The longest interest message the API accepts. */
export const MESSAGE_MAX = 2000;

/** The longest reason for declining the API accepts. */
export const REASON_MAX = 500;

/** An open partnership as `myOpenPartnerships` lists it. */
export interface OpenPartnership {
  id: string;
  status: string;
  itemType: PartnershipItemType;
  itemId: string;
  initiator: { id: string };
  recipient: { id: string };
}

/**
 * The open (PROPOSED or ACTIVE) partnership this interest would merge into, if any: about the
 * same item, between the recipient and one of the organisations that may send it. So after a
 * reload the button says "Interest sent" or "Partnership active" instead of offering a repeat.
 */
export function openPartnershipFor<T extends OpenPartnership>(
  open: readonly T[],
  target: InterestTarget,
  senderIds: readonly string[],
): T | undefined {
  const between = (p: OpenPartnership, a: string, b: string) =>
    (p.initiator.id === a && p.recipient.id === b) ||
    (p.initiator.id === b && p.recipient.id === a);
  return open.find(
    (p) =>
      p.itemType === target.itemType &&
      p.itemId === target.itemId &&
      senderIds.some((sender) => between(p, sender, target.recipientId)),
  );
}
