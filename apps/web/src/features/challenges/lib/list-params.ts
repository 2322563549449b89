import type {
  ChallengeFilter,
  ChallengeSort,
  ChallengeStatus,
  ChallengesQueryVariables,
  RewardType,
} from '@oip/graphql';
import { fromRomeLocal } from './rome-time';

/** The list's state, as it lives in the URL query string (shareable; back button works). */
export interface ChallengeListParams {
  search: string;
  status: ChallengeStatus | '';
  ecosystem: string;
  tags: string[];
  reward: RewardType | '';
  /** Days in Rome time, YYYY-MM-DD. */
  from: string;
  to: string;
  sort: ChallengeSort | '';
  /** "followed": the challenges the caller follows, instead of the search. */
  view: 'all' | 'followed';
}

export const STATUSES: ChallengeStatus[] = [
  'DRAFT',
  'IN_REVIEW',
  'PUBLISHED',
  'CLOSED',
  'EVALUATION',
  'AWARDED',
  'CANCELLED',
  'ARCHIVED',
];
export const REWARD_TYPES: RewardType[] = ['PRIZE', 'PAID_CONTRACT', 'CO_DEVELOPMENT', 'PILOT'];
export const SORTS: ChallengeSort[] = ['NEWEST', 'DEADLINE_ASC', 'RELEVANCE'];

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | '' =>
  value && (list as readonly string[]).includes(value) ? (value as T) : '';
const day = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '');

export function parseListParams(params: URLSearchParams): ChallengeListParams {
  return {
    search: params.get('q') ?? '',
    status: oneOf(STATUSES, params.get('status')),
    ecosystem: params.get('ecosystem') ?? '',
    tags: params.getAll('tag').filter(Boolean),
    reward: oneOf(REWARD_TYPES, params.get('reward')),
    from: day(params.get('from')),
    to: day(params.get('to')),
    sort: oneOf(SORTS, params.get('sort')),
    view: params.get('view') === 'followed' ? 'followed' : 'all',
  };
}

/** Only what is set goes in the URL, in a stable order. */
export function listParamsToSearch(list: ChallengeListParams): URLSearchParams {
  const params = new URLSearchParams();
  if (list.view === 'followed') params.set('view', 'followed');
  if (list.search.trim()) params.set('q', list.search.trim());
  if (list.status) params.set('status', list.status);
  if (list.ecosystem) params.set('ecosystem', list.ecosystem);
  for (const tag of list.tags) params.append('tag', tag);
  if (list.reward) params.set('reward', list.reward);
  if (list.from) params.set('from', list.from);
  if (list.to) params.set('to', list.to);
  if (list.sort) params.set('sort', list.sort);
  return params;
}

/** The day after a YYYY-MM-DD (the end of a "to" day is the next day's Rome midnight). */
function nextDay(value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The `challenges` query's variables (the first page). */
export function listVariables(
  list: ChallengeListParams,
  first: number,
): Omit<ChallengesQueryVariables, 'after'> {
  const from = list.from ? fromRomeLocal(list.from) : null;
  const to = list.to ? fromRomeLocal(nextDay(list.to)) : null;
  const filter: ChallengeFilter = {
    ...(list.status ? { statuses: [list.status] } : {}),
    ...(list.ecosystem ? { s3Ecosystems: [list.ecosystem] } : {}),
    ...(list.tags.length ? { tags: list.tags } : {}),
    ...(list.reward ? { rewardTypes: [list.reward] } : {}),
    ...(from ? { deadlineFrom: from } : {}),
    ...(to ? { deadlineTo: to } : {}),
  };
  const search = list.search.trim();
  // relevance only means something when searching
  const sort = list.sort === 'RELEVANCE' && !search ? null : list.sort || null;
  return { filter, first, search: search || null, sort };
}

/** Tags typed as "a, b, c". */
export function splitTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
}
