import type { MockLink } from '@apollo/client/testing';
import {
  MeDocument,
  MyOpenPartnershipsDocument,
  MyOrganisationsDocument,
  PartnershipsDocument,
  type MeQuery,
  type PartnershipBox,
  type PartnershipFieldsFragment,
} from '@oip/graphql';
import { PARTNERSHIPS_PAGE_SIZE } from '../hooks/usePartnershipBox';

export const SME = {
  __typename: 'Organisation' as const,
  id: 'org-sme',
  displayName: 'Meccanica Brianzola',
};
export const LAB = {
  __typename: 'Organisation' as const,
  id: 'org-lab',
  displayName: 'Laboratorio di Robotica',
};
export const DEPT = {
  __typename: 'Organisation' as const,
  id: 'org-dept',
  displayName: 'Dipartimento di Meccanica',
};

export const me: NonNullable<MeQuery['me']> = {
  __typename: 'Account',
  id: 'a0000000-0000-4000-8000-000000000001',
  email: 'pmi@demo.oip.it',
  emailVerified: true,
  fullName: 'Marco Colombo',
  role: 'MEMBER',
  locale: 'it',
  consentsComplete: true,
};

export const meMock: MockLink.MockedResponse = {
  request: { query: MeDocument },
  result: { data: { __typename: 'Query', me } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** The viewer's organisations, with their role in each. */
export const myOrganisationsMock = (
  organisations: { id: string; displayName: string; myRole: string }[],
): MockLink.MockedResponse => ({
  request: { query: MyOrganisationsDocument },
  result: {
    data: {
      __typename: 'Query',
      myOrganisations: organisations.map((o) => ({ __typename: 'Organisation', ...o })),
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

/** The viewer's open partnerships (`myOpenPartnerships`), answered on every refetch. */
export const openPartnershipsMock = (
  open: {
    id: string;
    status: 'PROPOSED' | 'ACTIVE';
    itemType: 'OFFER' | 'REQUEST' | 'CHALLENGE';
    itemId: string;
    initiatorId: string;
    recipientId: string;
  }[] = [],
): MockLink.MockedResponse => ({
  request: { query: MyOpenPartnershipsDocument },
  result: {
    data: {
      __typename: 'Query',
      myOpenPartnerships: open.map(({ initiatorId, recipientId, ...p }) => ({
        __typename: 'Partnership',
        ...p,
        initiator: { __typename: 'Organisation', id: initiatorId },
        recipient: { __typename: 'Organisation', id: recipientId },
      })),
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

export function partnership(
  overrides: Partial<PartnershipFieldsFragment> = {},
): PartnershipFieldsFragment {
  return {
    __typename: 'Partnership',
    id: 'p-1',
    status: 'PROPOSED',
    itemType: 'OFFER',
    itemId: 'offer-1',
    itemTitleIt: 'Ispezione visiva dei pezzi torniti',
    itemTitleEn: 'Visual inspection of turned parts',
    initiator: SME,
    recipient: LAB,
    messages: [
      {
        __typename: 'PartnershipMessage',
        organisation: SME,
        body: 'Vorremmo provarla sulla nostra linea.',
        createdAt: '2026-11-20T10:00:00.000Z',
      },
    ],
    declineReason: null,
    createdAt: '2026-11-20T10:00:00.000Z',
    decidedAt: null,
    concludedAt: null,
    roomId: null,
    viewerCanDecide: false,
    viewerCanWithdraw: false,
    viewerCanConclude: false,
    ...overrides,
  };
}

/** One box of an inbox; answers `pages` in turn (the last one again after that). */
export const boxMock = (
  organisationId: string,
  box: PartnershipBox,
  ...pages: PartnershipFieldsFragment[][]
): MockLink.MockedResponse => {
  let call = 0;
  return {
    request: {
      query: PartnershipsDocument,
      variables: { organisationId, box, first: PARTNERSHIPS_PAGE_SIZE },
    },
    result: () => {
      const nodes = pages[Math.min(call++, pages.length - 1)] ?? [];
      return {
        data: {
          __typename: 'Query',
          partnerships: {
            __typename: 'PartnershipConnection',
            edges: nodes.map((node) => ({ __typename: 'PartnershipEdge', cursor: node.id, node })),
            pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
            totalCount: nodes.length,
          },
        },
      };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
};
