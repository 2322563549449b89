import { isResearchOrganisation, type OrganisationKind } from '@oip/domain';
import { MATCH_WEIGHTS, type MatchWeights } from './matchmaking.weights';
import type { MatchCandidate, MatchFactor, MatchProfile, ScoredMatch } from './matchmaking.types';

const COMPANIES: readonly OrganisationKind[] = ['sme', 'large_company'];
const DAY_MS = 86_400_000;
/** Partnership types that mean "use it": licence, pilot, supply, services. */
const ADOPTION: readonly string[] = ['licensing', 'pilot', 'commercial_agreement', 'services'];
/** An offer that seeks adoption only (no joint R&D, technical cooperation or investment). */
const adoptionOnly = (item: MatchProfile) =>
  item.type === 'offer' &&
  item.partnershipTypes.length > 0 &&
  item.partnershipTypes.every((type) => ADOPTION.includes(type));

/** The values in both lists, once each, sorted. */
export const shared = (a: readonly string[], b: readonly string[]) => {
  const other = new Set(b);
  return [...new Set(a)].filter((value) => other.has(value)).sort();
};
const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** What a match is about (its words and tags), apart from who, where and when. */
export const topicalScore = (factors: readonly MatchFactor[]) =>
  factors
    .filter((f) => f.factor === 'TEXT' || f.factor === 'TAGS')
    .reduce((sum, f) => sum + f.contribution, 0);

/**
 * The side that asks (a request or challenge with a TRL range and sought kinds) and the side
 * that answers, whatever the direction of the query: a request's matches and an offer's
 * matches are scored by the same rules.
 */
function asker(source: MatchProfile, candidate: MatchProfile) {
  const asks = (item: MatchProfile) => item.type === 'request' || item.type === 'challenge';
  if (asks(candidate) && !asks(source)) return { need: candidate, answer: source };
  return { need: source, answer: candidate };
}

/**
 * TRL compatibility: null when it does not apply, 'exclude' when the answer is too immature
 * (two or more levels below a range that does not accept lower TRL).
 */
function trlFactor(
  source: MatchProfile,
  candidate: MatchProfile,
  w: MatchWeights,
): MatchFactor | 'exclude' | null {
  const { need, answer } = asker(source, candidate);
  if (need.trlMin === null && need.trlMax === null) return null;
  const min = need.trlMin ?? 1;
  const max = need.trlMax ?? 9;
  const base = { factor: 'TRL' as const, trlMin: min, trlMax: max };
  if (answer.trl !== null) {
    const trl = answer.trl;
    if (trl >= min && trl <= max) return { ...base, trl, contribution: w.trlFit };
    if (trl > max) return { ...base, trl, contribution: w.trlAbove };
    if (need.acceptsLowerTrl)
      // "lower TRL welcome" means a little lower: far below, a poor fit, though not excluded
      return {
        ...base,
        trl,
        contribution: min - trl <= w.trlBelowAcceptedLevels ? w.trlBelowAccepted : w.trlOneBelow,
      };
    if (min - trl === 1) return { ...base, trl, contribution: w.trlOneBelow };
    return 'exclude';
  }
  // an organisation: its range of work overlaps the range sought
  if (answer.type === 'organisation' && answer.trlMin !== null && answer.trlMax !== null) {
    if (answer.trlMax >= min && answer.trlMin <= max)
      return { ...base, trl: null, contribution: w.trlFit / 2 };
    if (answer.trlMax < min && !need.acceptsLowerTrl)
      return {
        ...base,
        trl: null,
        contribution: w.trlOneBelow / 2,
      };
  }
  return null;
}

const seeksCapital = (item: MatchProfile) =>
  item.partnershipTypes.includes('investment') || item.soughtKinds.includes('investor');

/** Who can bring capital: investors, and large companies (corporate venture). */
const INVESTING: readonly OrganisationKind[] = ['investor', 'large_company'];

/**
 * A need that asks for investors only, and an answer that cannot bring capital: an offer is
 * technology, and startups, SMEs, research organisations and public bodies do not invest.
 */
function capitalOnlyMismatch(source: MatchProfile, candidate: MatchProfile): boolean {
  const { need, answer } = asker(source, candidate);
  const capitalOnly =
    need.soughtKinds.length > 0 && need.soughtKinds.every((kind) => kind === 'investor');
  return (
    capitalOnly &&
    (answer.type === 'offer' ||
      (answer.type === 'organisation' && !INVESTING.includes(answer.organisationKind)))
  );
}

/** An investor and an item or organisation that asks for capital, in either direction. */
function investmentPair(source: MatchProfile, candidate: MatchProfile): boolean {
  const { need, answer } = asker(source, candidate);
  return (
    (answer.organisationKind === 'investor' &&
      answer.type === 'organisation' &&
      seeksCapital(need)) ||
    (need.organisationKind === 'investor' && need.type === 'organisation' && seeksCapital(answer))
  );
}

/** Partner kinds: what the asking side named, else companies ↔ research, startups ↔ investors. */
function kindFactor(
  source: MatchProfile,
  candidate: MatchProfile,
  w: MatchWeights,
): MatchFactor | null {
  const { need, answer } = asker(source, candidate);
  const kind = answer.organisationKind;
  const seeksInvestment = need.partnershipTypes.includes('investment');
  if (need.soughtKinds.length > 0) {
    const sought = need.soughtKinds.includes(kind);
    return {
      factor: 'PARTNER_KIND',
      kind,
      sought,
      contribution: sought ? w.kindSought : w.kindNotSought,
    };
  }
  // investors answer only a need for investment, and invest in startups
  if (kind === 'investor' && !seeksInvestment)
    return { factor: 'PARTNER_KIND', kind, sought: false, contribution: w.kindMismatch };
  // an investor's "for you": the items that ask for capital are what it is looking for
  if (need.organisationKind === 'investor' && seeksCapital(answer))
    return { factor: 'PARTNER_KIND', kind, sought: true, contribution: w.kindSought };
  if (need.organisationKind === 'investor' && kind !== 'startup')
    return { factor: 'PARTNER_KIND', kind, sought: false, contribution: w.kindMismatch };
  const [a, b] = [need.organisationKind, kind];
  // startups and research organisations supply technology: two of them are on the same side
  const supplier = (k: OrganisationKind) => k === 'startup' || isResearchOrganisation(k);
  // an offer that seeks only adoption (licence, pilot, supply, services) is for those who use
  // technology: a startup or research organisation supplies it, on the offer's side
  // (a research hospital also treats patients: it adopts what it is offered to use)
  const adopting = (offer: MatchProfile, other: MatchProfile) =>
    adoptionOnly(offer) && other.type === 'organisation';
  const forAdoption = adopting(need, answer) || adopting(answer, need);
  const other = adopting(need, answer) ? b : a;
  if (forAdoption && other === 'research_hospital')
    return { factor: 'PARTNER_KIND', kind, sought: false, contribution: w.kindComplement };
  if (forAdoption && supplier(other))
    return { factor: 'PARTNER_KIND', kind, sought: false, peer: true, contribution: w.kindPeer };
  const complementary =
    (COMPANIES.includes(a) && isResearchOrganisation(b)) ||
    (isResearchOrganisation(a) && COMPANIES.includes(b)) ||
    (a === 'startup' && (b === 'investor' || b === 'large_company')) ||
    (b === 'startup' && (a === 'investor' || a === 'large_company')) ||
    // public bodies adopt technologies (pilots, procurement)
    (a === 'public_body') !== (b === 'public_body');
  if (complementary)
    return { factor: 'PARTNER_KIND', kind, sought: false, contribution: w.kindComplement };
  // an offer and an organisation on the same side of the market: a competitor, not a partner
  const asks = need.type === 'request' || need.type === 'challenge';
  const peers =
    a === b ||
    (isResearchOrganisation(a) && isResearchOrganisation(b)) ||
    (supplier(a) && supplier(b));
  if (!asks && peers)
    return { factor: 'PARTNER_KIND', kind, sought: false, peer: true, contribution: w.kindPeer };
  // a technology holder's "for you": another holder's offer is a competitor or a supplier
  if (need.holdsTechnology && answer.type === 'offer')
    return { factor: 'PARTNER_KIND', kind, sought: false, peer: true, contribution: w.holderOffer };
  return null;
}

/**
 * The score of one candidate for one source, with its explanation; null when a hard rule
 * excludes it. Pure and deterministic: the same profiles give the same factors.
 */
export function scoreMatch(
  source: MatchProfile,
  candidate: MatchCandidate,
  now: Date,
  w: MatchWeights = MATCH_WEIGHTS,
): ScoredMatch | null {
  if (candidate.organisationId === source.organisationId) return null;
  if (capitalOnlyMismatch(source, candidate)) return null;
  const factors: MatchFactor[] = [];
  const add = (factor: MatchFactor | null) => {
    if (factor && factor.contribution !== 0)
      factors.push({ ...factor, contribution: round(factor.contribution) });
  };

  add({ factor: 'TEXT', contribution: w.text * Math.max(0, candidate.textRank) });
  const tags = shared(source.tags, candidate.tags);
  add({ factor: 'TAGS', shared: tags, contribution: w.tag * Math.min(tags.length, w.tagCap) });
  const ecosystems = shared(source.ecosystems, candidate.ecosystems);
  // same words in another S3 ecosystem: likely another application ("digital twin" of a building)
  const elsewhere =
    ecosystems.length === 0 && source.ecosystems.length > 0 && candidate.ecosystems.length > 0;
  // an investor has no technology to share: its thesis (S3 ecosystems) is the topical fit
  const thesis = investmentPair(source, candidate);
  add({
    factor: 'ECOSYSTEMS',
    shared: ecosystems,
    thesis: thesis || undefined,
    contribution: elsewhere
      ? w.ecosystemNone - w.ecosystemElsewhere * topicalScore(factors)
      : (thesis ? w.thesis : w.ecosystem) * Math.min(ecosystems.length, w.ecosystemCap),
  });
  const ateco = shared(source.ateco, candidate.ateco);
  add({ factor: 'ATECO', shared: ateco, contribution: ateco.length ? w.ateco : 0 });

  const trl = trlFactor(source, candidate, w);
  if (trl === 'exclude') return null;
  add(trl);
  add(kindFactor(source, candidate, w));

  if (candidate.province && candidate.province === source.province)
    add({
      factor: 'GEOGRAPHY',
      province: candidate.province,
      sameProvince: true,
      contribution: w.sameProvince,
    });
  else if (candidate.region && candidate.region === source.region)
    add({
      factor: 'GEOGRAPHY',
      province: candidate.province,
      region: candidate.region,
      sameProvince: false,
      contribution: w.sameRegion,
    });

  // past collaborations: awarded submissions and active or concluded partnerships alike
  const record = Math.min(candidate.awardedSubmissions + candidate.partnerships, w.trackRecordCap);
  add({
    factor: 'TRACK_RECORD',
    count: candidate.awardedSubmissions,
    partnerships: candidate.partnerships,
    contribution: w.trackRecord * record,
  });

  if (candidate.portfolio && candidate.portfolio.count > 0)
    add({
      factor: 'PORTFOLIO',
      count: candidate.portfolio.count,
      titleIt: candidate.portfolio.titleIt,
      titleEn: candidate.portfolio.titleEn,
      contribution: w.portfolio * Math.min(1, Math.max(0, candidate.portfolio.strength)),
    });

  if (candidate.publishedAt) {
    const ageDays = Math.max(
      0,
      Math.floor((now.getTime() - candidate.publishedAt.getTime()) / DAY_MS),
    );
    add({
      factor: 'FRESHNESS',
      ageDays,
      contribution: w.freshness * 0.5 ** (ageDays / w.freshnessHalfLifeDays),
    });
  }

  const score = round(factors.reduce((sum, factor) => sum + factor.contribution, 0));
  return { candidate, score, factors };
}

/** Best first; ties by type then id, so the same data always gives the same list. */
export function rankMatches(matches: ScoredMatch[]): ScoredMatch[] {
  return [...matches].sort(
    (a, b) =>
      b.score - a.score ||
      a.candidate.type.localeCompare(b.candidate.type) ||
      a.candidate.id.localeCompare(b.candidate.id),
  );
}
