import type { OrganisationKind } from '@oip/domain';

export type MatchItemType = 'challenge' | 'request' | 'offer' | 'organisation';

export type MatchFactorKind =
  | 'TEXT'
  | 'TAGS'
  | 'ECOSYSTEMS'
  | 'ATECO'
  | 'TRL'
  | 'PARTNER_KIND'
  | 'GEOGRAPHY'
  | 'TRACK_RECORD'
  | 'PORTFOLIO'
  | 'FRESHNESS';

/**
 * What the engine knows about one side of a match, whatever its type: the source (the item
 * the matches are for) and every candidate are reduced to this shape before scoring.
 */
export interface MatchProfile {
  type: MatchItemType;
  id: string;
  /** The owning organisation (the organisation itself for type 'organisation'). */
  organisationId: string;
  organisationKind: OrganisationKind;
  titleIt: string;
  titleEn: string;
  tags: string[];
  ecosystems: string[];
  ateco: string[];
  /** An offer's TRL. */
  trl: number | null;
  /** A request's or challenge's TRL range sought, an organisation's TRL range. */
  trlMin: number | null;
  trlMax: number | null;
  acceptsLowerTrl: boolean;
  /** The kinds of partner the item asks for (requests, challenges); empty: not said. */
  soughtKinds: OrganisationKind[];
  partnershipTypes: string[];
  province: string | null;
  region: string | null;
  publishedAt: Date | null;
  /**
   * A source organisation that publishes live offers and no request or challenge: it supplies
   * technology, so the needs of others come before the offers of others in its "for you".
   */
  holdsTechnology?: boolean;
}

/** A candidate with the signals measured in SQL. */
export interface MatchCandidate extends MatchProfile {
  /** ts_rank_cd(search, query, 32): in [0, 1). */
  textRank: number;
  awardedSubmissions: number;
  /** Active or concluded partnerships of its organisation (read for the final pool only). */
  partnerships: number;
  organisationName: string;
  /**
   * An organisation's own live items that match the same source (its offers or requests
   * among the other candidates): what it does, beyond its profile. Set by the engine.
   */
  portfolio?: MatchPortfolio;
}

export interface MatchPortfolio {
  /** How many of its items match (score > 0). */
  count: number;
  /** The best one's score relative to the best item of the list, in (0, 1]. */
  strength: number;
  titleIt: string;
  titleEn: string;
}

export interface MatchFactor {
  factor: MatchFactorKind;
  contribution: number;
  /** Shared tags, ecosystems or ATECO sections. */
  shared?: string[];
  /** ECOSYSTEMS: an investor's thesis (its S3 ecosystems) against what asks for capital */
  thesis?: boolean;
  /** TRL: the offer's level, and the range sought. */
  trl?: number | null;
  trlMin?: number | null;
  trlMax?: number | null;
  /** PARTNER_KIND: the candidate's kind; `sought` whether it was asked for. */
  kind?: OrganisationKind;
  sought?: boolean;
  /** PARTNER_KIND: on the same side of the market (a competitor or a fellow supplier) */
  peer?: boolean;
  /** GEOGRAPHY */
  province?: string | null;
  region?: string | null;
  sameProvince?: boolean;
  /** TRACK_RECORD: awarded submissions; PORTFOLIO: matching items */
  count?: number;
  /** TRACK_RECORD: active or concluded partnerships */
  partnerships?: number;
  /** PORTFOLIO: the title of its best matching item */
  titleIt?: string;
  titleEn?: string;
  /** FRESHNESS */
  ageDays?: number;
}

export interface ScoredMatch {
  candidate: MatchCandidate;
  score: number;
  factors: MatchFactor[];
}
