import type {
  ChallengeCardFieldsFragment,
  ChallengeEditFieldsFragment,
  ChallengeViewerCanFieldsFragment,
} from '@oip/graphql';

const text = (it: string, en: string) => ({ __typename: 'LocalizedText' as const, it, en });

export const CHALLENGE_ID = 'c0000000-0000-4000-8000-000000000001';

export const cardChallenge: ChallengeCardFieldsFragment = {
  __typename: 'Challenge',
  id: CHALLENGE_ID,
  status: 'PUBLISHED',
  title: text('Visione artificiale per il controllo qualità', ''),
  summary: text('Ispezione in linea dei pezzi lavorati.', ''),
  deadline: '2027-01-15T17:00:00.000Z',
  rewardType: 'PILOT',
  rewardAmount: 50000,
  rewardCurrency: 'EUR',
  s3Ecosystems: ['advanced_manufacturing'],
  tags: ['visione artificiale'],
  owner: { __typename: 'Organisation', id: 'o1', displayName: 'Meccanica Brianzola' },
};

export const noActions: ChallengeViewerCanFieldsFragment['viewerCan'] = {
  __typename: 'ChallengeViewerCan',
  edit: false,
  submitForReview: false,
  approve: false,
  returnToDraft: false,
  close: false,
  startEvaluation: false,
  award: false,
  cancel: false,
  archive: false,
};

export function viewerCanChallenge(
  status: ChallengeViewerCanFieldsFragment['status'],
  can: Partial<ChallengeViewerCanFieldsFragment['viewerCan']>,
): ChallengeViewerCanFieldsFragment {
  return {
    __typename: 'Challenge',
    id: CHALLENGE_ID,
    status,
    version: 3,
    viewerFollows: false,
    viewerCan: { ...noActions, ...can },
  };
}

export function editChallenge(
  version: number,
  titleIt: string,
  problemIt = 'Scarti troppo alti.',
): ChallengeEditFieldsFragment {
  return {
    __typename: 'Challenge',
    id: CHALLENGE_ID,
    version,
    status: 'DRAFT',
    title: text(titleIt, ''),
    summary: text('Ispezione in linea.', ''),
    problem: text(problemIt, ''),
    expectedResults: text('', ''),
    constraints: text('', ''),
    s3Ecosystems: [],
    tags: ['visione'],
    soughtPartnerKinds: [],
    trlMin: 4,
    trlMax: 7,
    acceptsLowerTrl: false,
    rewardType: 'PRIZE',
    rewardAmount: null,
    rewardCurrency: 'EUR',
    deadline: '2027-01-15T17:00:00.000Z',
    visibility: 'PUBLIC',
    invitedOrganisations: [],
    owner: { __typename: 'Organisation', id: 'o1', displayName: 'Meccanica Brianzola' },
    viewerCan: { __typename: 'ChallengeViewerCan', edit: true, submitForReview: true },
  };
}
