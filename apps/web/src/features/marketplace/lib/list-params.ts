import { BUDGET_BANDS, IP_STATUSES, MARKETPLACE_STATUSES } from '@oip/domain';
import type { MarketplaceFilter, MarketplaceStatus } from '@oip/graphql';
import type { MarketplaceKind } from './marketplace-kinds';

/** An organisation's items in one status, or in all those the viewer may see ('all'). */
export type StatusChoice = '' | 'all' | (typeof MARKETPLACE_STATUSES)[number];
const STATUS_CHOICES: readonly string[] = ['all', ...MARKETPLACE_STATUSES];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The list's state as it lives in the URL (shareable; the back button works). */
export interface MarketplaceListParams {
  search: string;
  ecosystem: string;
  tags: string[];
  trlMin: string;
  trlMax: string;
  /** offers only */
  ipStatus: string;
  /** a partnership type sought (licensing, pilot…), '' for any */
  partnership: string;
  /** requests only: a partner kind they seek, '' for any */
  partnerKind: string;
  /** an ATECO section of application, '' for any */
  ateco: string;
  /** requests only: a budget band, '' for any */
  budget: string;
  /** one organisation's items only (its page links here), '' for everyone's */
  organisation: string;
  /** with an organisation: its items in this status ('' = published, as for everyone) */
  status: StatusChoice;
}

const trl = (value: string | null) => (value && /^[1-9]$/.test(value) ? value : '');
/** A code of a fixed list, or '' (an unknown one would filter invisibly). */
const oneOf = (codes: readonly string[], value: string | null) =>
  value && codes.includes(value) ? value : '';

export function parseListParams(search: URLSearchParams): MarketplaceListParams {
  return {
    search: search.get('q') ?? '',
    ecosystem: search.get('ecosystem') ?? '',
    tags: splitTags(search.get('tags') ?? ''),
    trlMin: trl(search.get('trlMin')),
    trlMax: trl(search.get('trlMax')),
    ipStatus: oneOf(IP_STATUSES, search.get('ip')),
    partnership: search.get('partnership') ?? '',
    partnerKind: search.get('seeks') ?? '',
    ateco: search.get('ateco') ?? '',
    budget: oneOf(BUDGET_BANDS, search.get('budget')),
    organisation: UUID.test(search.get('organisation') ?? '') ? search.get('organisation')! : '',
    status: STATUS_CHOICES.includes(search.get('status') ?? '')
      ? (search.get('status') as StatusChoice)
      : '',
  };
}

export function listParamsToSearch(params: MarketplaceListParams): URLSearchParams {
  const entries: [string, string][] = [
    ['q', params.search],
    ['ecosystem', params.ecosystem],
    ['tags', params.tags.join(',')],
    ['trlMin', params.trlMin],
    ['trlMax', params.trlMax],
    ['ip', params.ipStatus],
    ['partnership', params.partnership],
    ['seeks', params.partnerKind],
    ['ateco', params.ateco],
    ['budget', params.budget],
    ['organisation', params.organisation],
    ['status', params.organisation ? params.status : ''],
  ];
  return new URLSearchParams(entries.filter(([, value]) => value !== ''));
}

export function listVariables(kind: MarketplaceKind, params: MarketplaceListParams, first: number) {
  const filter: MarketplaceFilter = {};
  if (params.ecosystem) filter.s3Ecosystems = [params.ecosystem];
  if (params.tags.length) filter.tags = params.tags;
  if (params.trlMin) filter.trlMin = Number(params.trlMin);
  if (params.trlMax) filter.trlMax = Number(params.trlMax);
  if (kind === 'offer' && params.ipStatus) filter.ipStatuses = [params.ipStatus];
  if (params.partnership) filter.partnershipTypes = [params.partnership];
  if (kind === 'request' && params.partnerKind) filter.partnerKinds = [params.partnerKind];
  if (params.ateco) filter.atecoSections = [params.ateco];
  if (kind === 'request' && params.budget) filter.budgetBands = [params.budget];
  if (params.organisation) {
    filter.organisationId = params.organisation;
    // the API shows each viewer only the statuses it may see (drafts to members only)
    const statuses =
      params.status === 'all' ? MARKETPLACE_STATUSES : params.status ? [params.status] : [];
    if (statuses.length)
      filter.statuses = statuses.map((status) => status.toUpperCase() as MarketplaceStatus);
  }
  return { filter, search: params.search.trim() || null, first };
}

export function splitTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
}
