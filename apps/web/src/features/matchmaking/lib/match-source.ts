import {
  MatchesForChallengeDocument,
  MatchesForOfferDocument,
  MatchesForOrganisationDocument,
  MatchesForRequestDocument,
  type MatchFieldsFragment,
  type MatchItemType,
} from '@oip/graphql';
import type { DocumentNode } from 'graphql';

/** What matches are asked for: a challenge, an offer, a request, or an organisation ("for you"). */
export interface MatchSource {
  type: MatchItemType;
  id: string;
  /** The organisation owning the source item (itself for an organisation): who reaches out. */
  ownerId?: string;
  /** The source item's title in the current language (what reaching out is about). */
  title?: string;
}

/** First 10 only: keeps the query well under the API's complexity budget. */
export const MATCHES_FIRST = 10;

/** The query for each source type and the field its answer comes in. */
export const MATCH_QUERIES: Record<MatchItemType, { document: DocumentNode; field: string }> = {
  CHALLENGE: { document: MatchesForChallengeDocument, field: 'matchesForChallenge' },
  OFFER: { document: MatchesForOfferDocument, field: 'matchesForOffer' },
  REQUEST: { document: MatchesForRequestDocument, field: 'matchesForRequest' },
  ORGANISATION: { document: MatchesForOrganisationDocument, field: 'matchesForOrganisation' },
};

export function matchesOf(data: unknown, type: MatchItemType): MatchFieldsFragment[] {
  const answer = (data as Record<string, MatchFieldsFragment[] | undefined> | undefined)?.[
    MATCH_QUERIES[type].field
  ];
  return answer ?? [];
}

/** The page of a match's target. */
export function targetPath(match: Pick<MatchFieldsFragment, 'targetType' | 'targetId'>): string {
  const base = {
    ORGANISATION: 'organisations',
    CHALLENGE: 'challenges',
    OFFER: 'offers',
    REQUEST: 'requests',
  }[match.targetType];
  return `/${base}/${match.targetId}`;
}
