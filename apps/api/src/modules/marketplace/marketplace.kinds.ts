import { CollaborationRequestEntity } from './entities/collaboration-request.entity';
import { TechnologyOfferEntity } from './entities/technology-offer.entity';

/** The two sides of the marketplace: they share the lifecycle, the rules and the listing. */
export type MarketplaceKind = 'offer' | 'request';

export type MarketplaceEntity = TechnologyOfferEntity | CollaborationRequestEntity;

/** Entity class of each kind; the TypeORM entity target for repositories and query builders. */
export const MARKETPLACE_ENTITIES = {
  offer: TechnologyOfferEntity,
  request: CollaborationRequestEntity,
} as const;

export type EntityOf<K extends MarketplaceKind> = InstanceType<(typeof MARKETPLACE_ENTITIES)[K]>;
