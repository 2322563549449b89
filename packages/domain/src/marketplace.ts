import type { LocalizedText } from './i18n.js';

/**
 * Technology offers and collaboration requests (issue 5): draft → published → expired
 * (automatically, renewable) → archived.
 */
export const MARKETPLACE_STATUSES = ['draft', 'published', 'expired', 'archived'] as const;
export type MarketplaceStatus = (typeof MARKETPLACE_STATUSES)[number];

export const MARKETPLACE_STATUS_LABELS: Record<MarketplaceStatus, LocalizedText> = {
  draft: { it: 'Bozza', en: 'Draft' },
  published: { it: 'Pubblicata', en: 'Published' },
  expired: { it: 'Scaduta', en: 'Expired' },
  archived: { it: 'Archiviata', en: 'Archived' },
};

/** Statuses everyone (anonymous too) may see; the others stay with the owning organisation. */
export const PUBLIC_MARKETPLACE_STATUSES: readonly MarketplaceStatus[] = ['published', 'expired'];

/** The owner may edit its offers and requests in these statuses (not once archived). */
export const EDITABLE_MARKETPLACE_STATUSES: readonly MarketplaceStatus[] = [
  'draft',
  'published',
  'expired',
];

export const IP_STATUSES = [
  'granted_patent',
  'pending_patent',
  'know_how',
  'open_source',
  'none',
] as const;
export type IpStatus = (typeof IP_STATUSES)[number];

export const IP_STATUS_LABELS: Record<IpStatus, LocalizedText> = {
  granted_patent: { it: 'Brevetto concesso', en: 'Granted patent' },
  pending_patent: { it: 'Brevetto depositato', en: 'Pending patent' },
  know_how: { it: 'Know-how', en: 'Know-how' },
  open_source: { it: 'Open source', en: 'Open source' },
  none: { it: 'Nessuna protezione', en: 'None' },
};

export const BUDGET_BANDS = ['under_50k', '50k_250k', '250k_1m', 'over_1m', 'undisclosed'] as const;
export type BudgetBand = (typeof BUDGET_BANDS)[number];

export const BUDGET_BAND_LABELS: Record<BudgetBand, LocalizedText> = {
  under_50k: { it: 'Meno di 50.000 €', en: 'Under €50,000' },
  '50k_250k': { it: '50.000 – 250.000 €', en: '€50,000 – €250,000' },
  '250k_1m': { it: '250.000 € – 1 milione', en: '€250,000 – €1 million' },
  over_1m: { it: 'Oltre 1 milione di €', en: 'Over €1 million' },
  undisclosed: { it: 'Non indicato', en: 'Undisclosed' },
};

/** Limits of offers' and requests' fields (shared by the API's validation and the web form). */
export const MARKETPLACE_LIMITS = {
  titleMax: 160,
  descriptionMax: 20000,
  contactPersonsMax: 5,
} as const;

/** How long a published offer or request stays up before it expires (default of the config). */
export const DEFAULT_MARKETPLACE_EXPIRY_MONTHS = 12;
