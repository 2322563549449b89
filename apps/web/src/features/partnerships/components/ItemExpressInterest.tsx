import type { PartnershipItemType } from '@oip/graphql';
import { ExpressInterestButton } from './ExpressInterestButton';

/**
 * "Express interest" on the page of a published offer, request or challenge, for admins of
 * another organisation (nothing for anyone else).
 */
export function ItemExpressInterest({
  itemType,
  itemId,
  owner,
  title,
}: {
  itemType: PartnershipItemType;
  itemId: string;
  owner: { id: string; displayName: string };
  title: string;
}) {
  return (
    <ExpressInterestButton
      target={{ itemType, itemId, recipientId: owner.id, recipientName: owner.displayName }}
      itemTitle={title}
      ownBar
    />
  );
}
