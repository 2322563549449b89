import { registerEnumType } from '@nestjs/graphql';
import { MARKETPLACE_STATUSES, type MarketplaceStatus } from '@oip/domain';

/** GraphQL values are the domain codes in upper case (DRAFT ↔ 'draft'). */
export const MarketplaceStatusEnum = Object.fromEntries(
  MARKETPLACE_STATUSES.map((code) => [code.toUpperCase(), code]),
) as Record<Uppercase<MarketplaceStatus>, MarketplaceStatus>;
registerEnumType(MarketplaceStatusEnum, {
  name: 'MarketplaceStatus',
  description: 'Lifecycle of a technology offer or collaboration request',
});
