import { registerEnumType } from '@nestjs/graphql';
import {
  PARTNERSHIP_ITEM_TYPES,
  PARTNERSHIP_STATUSES,
  type PartnershipItemType,
  type PartnershipStatus,
} from '@oip/domain';

/** GraphQL values are the domain codes in upper case (PROPOSED ↔ 'proposed'). */
export const PartnershipStatusEnum = Object.fromEntries(
  PARTNERSHIP_STATUSES.map((code) => [code.toUpperCase(), code]),
) as Record<Uppercase<PartnershipStatus>, PartnershipStatus>;
registerEnumType(PartnershipStatusEnum, {
  name: 'PartnershipStatus',
  description: 'PROPOSED → ACTIVE → CONCLUDED, or DECLINED / WITHDRAWN',
});

export const PartnershipItemTypeEnum = Object.fromEntries(
  PARTNERSHIP_ITEM_TYPES.map((code) => [code.toUpperCase(), code]),
) as Record<Uppercase<PartnershipItemType>, PartnershipItemType>;
registerEnumType(PartnershipItemTypeEnum, {
  name: 'PartnershipItemType',
  description:
    'What a partnership is about: a challenge, a technology offer, a collaboration request',
});

/** The inbox's boxes of an organisation. */
export type PartnershipBox = 'received' | 'sent' | 'active' | 'closed';
export const PartnershipBoxEnum = {
  RECEIVED: 'received',
  SENT: 'sent',
  ACTIVE: 'active',
  CLOSED: 'closed',
} as const satisfies Record<Uppercase<PartnershipBox>, PartnershipBox>;
registerEnumType(PartnershipBoxEnum, {
  name: 'PartnershipBox',
  description:
    'RECEIVED / SENT: proposed partnerships the organisation received or sent; ACTIVE: active and concluded ones; CLOSED: declined and withdrawn ones, either way (with the reason given)',
});
