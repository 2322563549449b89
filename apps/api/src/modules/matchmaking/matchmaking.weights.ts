/**
 * Every weight of the matchmaking score, in one place (docs/matchmaking.md explains each).
 * A score is the sum of the factors' contributions; a factor that does not apply contributes 0
 * and is left out of the explanation. Tuned on `pnpm bench:match` (see the docs for the runs).
 */
export const MATCH_WEIGHTS = {
  /**
   * ts_rank_cd over the OR query, divided by the best of the candidates of the same type, so
   * in [0, 1]: titles (A) count more than tags (B) and bodies (C); organisation names not at all.
   */
  text: 2,
  /** The rank of the multi-word tags as phrases ("digital <-> twin"), added to the text rank before it is made relative. */
  phrase: 0.5,
  /** Per shared tag, up to `tagCap` tags. */
  tag: 0.8,
  tagCap: 5,
  /** Per shared S3 ecosystem, up to two. */
  ecosystem: 0.6,
  ecosystemCap: 2,
  /** Per shared S3 ecosystem between an investor and what asks for capital: its thesis is its topic. */
  thesis: 1.6,
  /** Both sides name ecosystems and share none. */
  ecosystemNone: -0.5,
  /** …and then this share of the text and tag credit is taken back: same words, likely another application ("digital twin" of a building). */
  ecosystemElsewhere: 0.5,
  /** At least one shared ATECO section. */
  ateco: 0.2,
  /** TRL inside the range sought (or ranges overlapping, for organisations). */
  trlFit: 0.8,
  /** More mature than sought: fine for a buyer, slightly less than a fit. */
  trlAbove: 0.3,
  /** Below the range, the request accepts lower TRL. */
  trlBelowAccepted: 0.2,
  /** …up to this many levels below; further below, `trlOneBelow` (a poor fit, not excluded). */
  trlBelowAcceptedLevels: 2,
  /** One level below, lower TRL not accepted (two or more levels below are excluded). */
  trlOneBelow: -1.2,
  /** The kind of organisation the source asks for. */
  kindSought: 1,
  /** A kind the source did not ask for, when it named some. */
  kindNotSought: -1,
  /** Complementary kinds when nothing was asked for (companies ↔ research, startups ↔ investors). */
  kindComplement: 0.5,
  /** Investors when no investment is sought, peers on the same side: not a partner. */
  kindMismatch: -1.5,
  /** An offer and an organisation on the same side: same kind, both research, or both technology suppliers (startups, research): competitors. */
  kindPeer: -2.5,
  /** Another's offer in the "for you" of an organisation that publishes offers and asks for nothing. */
  holderOffer: -1,
  sameProvince: 0.25,
  sameRegion: 0.1,
  /** Per awarded submission or active / concluded partnership, up to `trackRecordCap`. */
  trackRecord: 0.1,
  trackRecordCap: 3,
  /**
   * An organisation whose own live items match the same source: × the best one's score
   * relative to the best item of the list (its offers say what it can do, its requests what it needs).
   */
  portfolio: 2,
  /** Owners of matching items not found by their profile are fetched too, when the item is at least this strong. */
  portfolioFetch: 0.5,
  /** Published today → `freshness`, halving every `freshnessHalfLifeDays`. */
  freshness: 0.2,
  freshnessHalfLifeDays: 180,
  /** Candidates per target type: 2× this many by shared tags (GIN), the best this many by text + tags, scored in full. */
  candidatePool: 30,
  /** The pre-score: ts_rank_cd + this × shared tags (the GIN-indexed signals). */
  preScoreTag: 0.25,
  /**
   * The editors' duplicate check: an item sharing no tag is similar only with at least this raw
   * text rank, one word of the title (weight A = 1): words of descriptions alone (0.1–0.4, and
   * the function words Italian text leaves in the English configuration) are not a duplicate.
   */
  similarMinText: 1,
} as const;

export type MatchWeights = typeof MATCH_WEIGHTS;
