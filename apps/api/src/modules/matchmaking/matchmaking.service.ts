import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganisationRole } from '@oip/domain';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { checkPageSize } from '../../common/graphql/keyset-cursor';
import { Clock } from '../../common/time/clock';
import {
  type CandidateQuery,
  findCandidates,
  loadSource,
  relativeTextRanks,
} from './matchmaking.candidates';
import { matchmakingPolicy } from './matchmaking.policy';
import { rankMatches, scoreMatch, shared, topicalScore } from './matchmaking.scoring';
import type {
  MatchCandidate,
  MatchItemType,
  MatchPortfolio,
  MatchProfile,
  ScoredMatch,
} from './matchmaking.types';
import { MATCH_WEIGHTS } from './matchmaking.weights';

export const MAX_MATCHES = 20;

/** One side of a match: what it is and its id. */
type MatchRef = { type: MatchItemType; id: string };

/** What each type of source is matched against: the other side of the marketplace. */
export const TARGETS_OF: Record<MatchItemType, MatchItemType[]> = {
  challenge: ['organisation', 'offer'],
  request: ['organisation', 'offer'],
  offer: ['organisation', 'request', 'challenge'],
  organisation: ['challenge', 'request', 'offer'],
};

/** The words of a profile the text query is made of: its title and its tags. */
const textOf = (profile: MatchProfile, title: string) =>
  [profile.type === 'organisation' ? '' : title, ...profile.tags].join(' ');

/**
 * The matchmaking engine: candidates from SQL (bounded per target type), scored and explained
 * by `scoreMatch`, merged into one list. Time comes from the Clock (expiry, freshness).
 */
@Injectable()
export class MatchmakingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The caller's matches for a source they may see (NOT_FOUND / FORBIDDEN otherwise). */
  async matchesFor(
    user: AuthUser,
    type: MatchItemType,
    id: string,
    first: number,
  ): Promise<ScoredMatch[]> {
    checkPageSize(first, MAX_MATCHES);
    const source = await this.visibleSource(user, type, id);
    return this.rank(source, TARGETS_OF[type], first, user.id);
  }

  /** No authorization: for the benchmark and callers that already checked access. */
  async matchesOf(type: MatchItemType, id: string, first: number): Promise<ScoredMatch[]> {
    const source = await loadSource(this.dataSource.manager, type, id, this.clock.now());
    if (!source) throw new AppError('NOT_FOUND');
    return this.rank(source.profile, TARGETS_OF[type], first, null);
  }

  /**
   * Existing items of one type close to a draft (the editors' duplicate check); with
   * `organisationId`, for its members, that organisation's drafts too (a colleague's).
   */
  async similarItems(
    user: AuthUser,
    draft: MatchProfile,
    first: number,
    organisationId: string | null = null,
  ): Promise<ScoredMatch[]> {
    checkPageSize(first, MAX_MATCHES);
    const draftsOf =
      organisationId && UUID.test(organisationId) && (await this.isMember(user, organisationId))
        ? organisationId
        : null;
    const now = this.clock.now();
    const query = {
      target: draft.type,
      textIt: textOf(draft, draft.titleIt),
      textEn: textOf(draft, draft.titleEn),
      tags: draft.tags,
      excludeOrganisationId: null,
      dismissedBy: null,
      now,
      limit: first * 5,
    };
    // by shared tags and by words (a draft often has a title and no tags yet), merged by id
    const lists = await Promise.all([
      draft.tags.length ? findCandidates(this.dataSource.manager, query) : [],
      findCandidates(this.dataSource.manager, { ...query, by: { text: true, draftsOf } }),
    ]);
    const candidates = [...new Map(lists.flat().map((c) => [c.id, c])).values()].filter(
      (c) => c.textRank >= MATCH_WEIGHTS.similarMinText || shared(draft.tags, c.tags).length > 0,
    );
    // a duplicate is about content: text and tags only, whoever owns it
    const scored = relativeTextRanks(candidates)
      .filter((candidate) => candidate.id !== draft.id)
      .map((candidate) => {
        const full = scoreMatch({ ...draft, organisationId: '' }, candidate, now);
        const factors = (full?.factors ?? []).filter(
          (f) => f.factor === 'TEXT' || f.factor === 'TAGS',
        );
        const score = factors.reduce((sum, f) => sum + f.contribution, 0);
        return { candidate, factors, score: Math.round(score * 10_000) / 10_000 };
      });
    return rankMatches(scored).slice(0, first);
  }

  /** Records "not relevant" (idempotent); the caller must see the source. */
  async dismiss(user: AuthUser, source: MatchRef, target: MatchRef): Promise<void> {
    await this.checkPair(user, source, target);
    await this.dataSource.query(
      `INSERT INTO match_dismissal (user_id, source_type, source_id, target_type, target_id)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [user.id, source.type, source.id, target.type, target.id],
    );
  }

  /** Takes a "not relevant" back (idempotent): the target may come back in the matches. */
  async restore(user: AuthUser, source: MatchRef, target: MatchRef): Promise<void> {
    await this.checkPair(user, source, target);
    await this.dataSource.query(
      `DELETE FROM match_dismissal WHERE user_id = $1 AND source_type = $2 AND source_id = $3
         AND target_type = $4 AND target_id = $5`,
      [user.id, source.type, source.id, target.type, target.id],
    );
  }

  /** The caller sees the source, and the target is of a type it is matched against. */
  private async checkPair(user: AuthUser, source: MatchRef, target: MatchRef) {
    await this.visibleSource(user, source.type, source.id);
    if (!TARGETS_OF[source.type].includes(target.type)) throw new AppError('NOT_FOUND');
  }

  private async rank(
    source: MatchProfile,
    targets: MatchItemType[],
    first: number,
    userId: string | null,
  ): Promise<ScoredMatch[]> {
    const now = this.clock.now();
    const query = (target: MatchItemType, by?: CandidateQuery['by']) =>
      findCandidates(this.dataSource.manager, {
        target,
        textIt: textOf(source, source.titleIt),
        textEn: textOf(source, source.titleEn),
        tags: source.tags,
        excludeOrganisationId: source.organisationId,
        dismissedBy: userId ? { userId, sourceType: source.type, sourceId: source.id } : null,
        now,
        by,
      });
    // one target type's candidates: by shared tags, plus investors by thesis when it applies
    const candidatesOf = async (target: MatchItemType) => {
      const thesis = thesisQuery(source, target);
      if (!thesis) return query(target);
      const [byTags, byThesis] = await Promise.all([query(target), query(target, thesis)]);
      return mergeById(byTags, byThesis);
    };
    const score = (candidate: MatchCandidate) => scoreMatch(source, candidate, now);
    // the items are scored as soon as they arrive, and the owners of strong ones fetched then,
    // while the organisations' own query still runs (off the critical path)
    const scoredItems = Promise.all(
      targets.filter((target) => target !== 'organisation').map(candidatesOf),
    ).then((lists) => lists.flatMap((list) => relativeTextRanks(list).map(score)).filter(isMatch));
    if (!targets.includes('organisation')) {
      const items = await scoredItems;
      const fresh =
        source.type === 'organisation'
          ? await this.withoutEngaged(source.organisationId, items)
          : items;
      return rankMatches(fresh).slice(0, first);
    }
    const owners = scoredItems.then((items) => {
      const portfolios = portfoliosOf(items);
      const strong = [...portfolios]
        .filter(([, p]) => p.strength >= MATCH_WEIGHTS.portfolioFetch)
        .map(([id]) => id);
      return strong.length ? query('organisation', { ids: strong }) : [];
    });
    const [items, found, fetched] = await Promise.all([
      scoredItems,
      candidatesOf('organisation'),
      owners,
    ]);
    // organisations credited with their own matching items (PORTFOLIO)
    const portfolios = portfoliosOf(items);
    const organisations = relativeTextRanks(mergeById(found, fetched)).map((organisation) => ({
      ...organisation,
      portfolio: portfolios.get(organisation.id),
    }));
    return rankMatches([...items, ...organisations.map(score).filter(isMatch)]).slice(0, first);
  }

  /**
   * "For you" suggests what is new to the organisation: not the items it already has a
   * proposal or a partnership on (they are in its partnership inbox).
   */
  private async withoutEngaged(
    organisationId: string,
    items: ScoredMatch[],
  ): Promise<ScoredMatch[]> {
    if (items.length === 0) return items;
    const engaged = await this.dataSource.query<{ item_id: string }[]>(
      `SELECT item_id FROM partnership
       WHERE item_id = ANY($1::uuid[]) AND status IN ('proposed', 'active')
         AND $2::uuid IN (initiator_organisation_id, recipient_organisation_id)`,
      [items.map((match) => match.candidate.id), organisationId],
    );
    const skip = new Set(engaged.map((row) => row.item_id));
    return items.filter((match) => !skip.has(match.candidate.id));
  }

  private async isMember(user: AuthUser, organisationId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM membership WHERE organisation_id = $1 AND user_id = $2`,
      [organisationId, user.id],
    );
    return rows.length > 0;
  }

  private async visibleSource(user: AuthUser, type: MatchItemType, id: string) {
    if (!UUID.test(id)) throw new AppError('NOT_FOUND');
    const source = await loadSource(this.dataSource.manager, type, id, this.clock.now());
    if (!source) throw new AppError('NOT_FOUND');
    const [viewer] = await this.dataSource.query<
      { role: OrganisationRole | null; invited: boolean }[]
    >(
      `SELECT (SELECT role FROM membership WHERE organisation_id = $1 AND user_id = $2) AS role,
        EXISTS (SELECT 1 FROM challenge_invited_organisation i JOIN membership m ON m.organisation_id = i.organisation_id
          WHERE $3 = 'challenge' AND i.challenge_id = $4 AND m.user_id = $2) AS invited`,
      [source.profile.organisationId, user.id, type, id],
    );
    matchmakingPolicy.seeSource(type, source, {
      user,
      ownerRole: viewer?.role ?? null,
      invited: viewer?.invited ?? false,
    });
    return source.profile;
  }
}

/**
 * Investors are found by their thesis (S3 ecosystems), not by tags: for a need that seeks
 * investment, the investors of its ecosystems; for an investor, the items of its ecosystems
 * that ask for capital.
 */
function thesisQuery(source: MatchProfile, target: MatchItemType): CandidateQuery['by'] | null {
  if (source.ecosystems.length === 0) return null;
  if (source.organisationKind === 'investor' && source.type === 'organisation')
    return target === 'organisation' ? null : { seekingInvestment: source.ecosystems };
  const seeks =
    source.soughtKinds.includes('investor') || source.partnershipTypes.includes('investment');
  return seeks && target === 'organisation' ? { investors: source.ecosystems } : null;
}

/** The first list, then what the second adds (by id). */
function mergeById(first: MatchCandidate[], second: MatchCandidate[]): MatchCandidate[] {
  const known = new Set(first.map((candidate) => candidate.id));
  return [...first, ...second.filter((candidate) => !known.has(candidate.id))];
}

const isMatch = (match: ScoredMatch | null): match is ScoredMatch =>
  match !== null && match.score > 0;

/** Per owning organisation: how many of its items matched, and the best one. */
function portfoliosOf(items: ScoredMatch[]): Map<string, MatchPortfolio> {
  // an item says what its owner does by its words and tags, not by its TRL, kind or freshness
  const topical = (item: ScoredMatch) => Math.max(0, topicalScore(item.factors));
  const best = Math.max(0, ...items.map(topical));
  const portfolios = new Map<string, MatchPortfolio>();
  for (const item of rankMatches(items).sort((a, b) => topical(b) - topical(a))) {
    const owner = item.candidate.organisationId;
    const known = portfolios.get(owner);
    if (known) known.count += 1;
    else
      portfolios.set(owner, {
        count: 1,
        strength: best > 0 ? topical(item) / best : 0,
        titleIt: item.candidate.titleIt,
        titleEn: item.candidate.titleEn,
      });
  }
  return portfolios;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
