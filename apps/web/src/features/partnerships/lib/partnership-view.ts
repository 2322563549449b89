import type { PartnershipFieldsFragment } from '@oip/graphql';

type Side = PartnershipFieldsFragment['initiator'];

/** The page of the offer, request or challenge a partnership is about. */
export function itemPath(partnership: Pick<PartnershipFieldsFragment, 'itemType' | 'itemId'>) {
  const base = { CHALLENGE: 'challenges', OFFER: 'offers', REQUEST: 'requests' }[
    partnership.itemType
  ];
  return `/${base}/${partnership.itemId}`;
}

/** The other side, as seen from `organisationId` (the recipient when seen from outside). */
export function otherSide(
  partnership: Pick<PartnershipFieldsFragment, 'initiator' | 'recipient'>,
  organisationId: string | undefined,
): Side {
  return partnership.initiator.id === organisationId
    ? partnership.recipient
    : partnership.initiator;
}

/**
 * The items on which `organisationId` can form a project group out of its ACTIVE
 * partnerships: two or more active partnerships on one item with different partners. Every
 * partnership on an item has the item's owner on one side and only one is active per pair,
 * so an organisation with two of them on the same item owns it (the API checks again).
 */
export function groupableItems(
  partnerships: readonly PartnershipFieldsFragment[],
  organisationId: string,
) {
  const byItem = new Map<string, PartnershipFieldsFragment[]>();
  for (const partnership of partnerships) {
    if (partnership.status !== 'ACTIVE') continue;
    const key = `${partnership.itemType}:${partnership.itemId}`;
    byItem.set(key, [...(byItem.get(key) ?? []), partnership]);
  }
  return [...byItem.values()].filter(
    (group) => new Set(group.map((p) => otherSide(p, organisationId).id)).size >= 2,
  );
}

/** The item's title in `locale`, else in the other language. */
export function itemTitle(
  partnership: Pick<PartnershipFieldsFragment, 'itemTitleIt' | 'itemTitleEn'>,
  locale: 'it' | 'en',
): string {
  const { itemTitleIt: it, itemTitleEn: en } = partnership;
  return locale === 'en' ? en || it : it || en;
}

/** Active and concluded partnerships keep their private room (the partners' history). */
export const hasRoom = (status: string) => status === 'ACTIVE' || status === 'CONCLUDED';
