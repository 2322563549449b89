/** The two sides of the marketplace in the web app: their paths and locale keys. */
export type MarketplaceKind = 'offer' | 'request';

export const MARKETPLACE_PATHS: Record<MarketplaceKind, string> = {
  offer: '/offers',
  request: '/requests',
};
