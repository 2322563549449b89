import type { MarketplaceFilter } from '@oip/graphql';
import type { MarketplaceKind } from './marketplace-kinds';

/** The list's state as it lives in the URL (shareable; the back button works). */
export interface MarketplaceListParams {
  search: string;
  ecosystem: string;
  tags: string[];
  trlMin: string;
  trlMax: string;
  /** offers only */
  ipStatus: string;
}

const trl = (value: string | null) => (value && /^[1-9]$/.test(value) ? value : '');

export function parseListParams(search: URLSearchParams): MarketplaceListParams {
  return {
    search: search.get('q') ?? '',
    ecosystem: search.get('ecosystem') ?? '',
    tags: splitTags(search.get('tags') ?? ''),
    trlMin: trl(search.get('trlMin')),
    trlMax: trl(search.get('trlMax')),
    ipStatus: search.get('ip') ?? '',
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
  return { filter, search: params.search.trim() || null, first };
}

export function splitTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
}
