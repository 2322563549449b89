import type { MockLink } from '@apollo/client/testing';
import { MeDocument, type ChallengeQuestionFieldsFragment, type MeQuery } from '@oip/graphql';

export const CHALLENGE_ID = 'c0000000-0000-4000-8000-000000000001';

export function meMock(me: Partial<NonNullable<MeQuery['me']>> | null): MockLink.MockedResponse {
  return {
    request: { query: MeDocument },
    result: {
      data: {
        __typename: 'Query',
        me: me && {
          __typename: 'Account',
          id: 'a0000000-0000-4000-8000-000000000001',
          email: 'giulia@example.org',
          emailVerified: true,
          fullName: 'Giulia Rossi',
          role: 'MEMBER',
          locale: 'it',
          consentsComplete: true,
          ...me,
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function question(
  overrides: Partial<ChallengeQuestionFieldsFragment> = {},
): ChallengeQuestionFieldsFragment {
  return {
    __typename: 'ChallengeQuestion',
    id: 'q0000000-0000-4000-8000-000000000001',
    text: 'Is a pilot possible?',
    textHtml: '<p>Is a pilot possible?</p>',
    answer: null,
    answerHtml: null,
    createdAt: '2026-11-20T10:00:00.000Z',
    answeredAt: null,
    hidden: false,
    askedByViewer: false,
    asker: null,
    viewerCan: { __typename: 'ChallengeQuestionViewerCan', answer: false, hide: false },
    ...overrides,
  };
}
