import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganisationRole } from '@oip/domain';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { checkPageSize } from '../../common/graphql/keyset-cursor';
import { Clock } from '../../common/time/clock';
import { findCandidates, loadSource } from './matchmaking.candidates';
import { matchmakingPolicy } from './matchmaking.policy';
import { rankMatches, scoreMatch } from './matchmaking.scoring';
import type { MatchItemType, MatchProfile, ScoredMatch } from './matchmaking.types';

export const MAX_MATCHES = 20;

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
    const source = await loadSource(this.dataSource.manager, type, id);
    if (!source) throw new AppError('NOT_FOUND');
    return this.rank(source.profile, TARGETS_OF[type], first, null);
  }

  /** Existing items of one type close to a draft (the editors' duplicate check). */
  async similarItems(draft: MatchProfile, first: number): Promise<ScoredMatch[]> {
    checkPageSize(first, MAX_MATCHES);
    const now = this.clock.now();
    const candidates = await findCandidates(this.dataSource.manager, {
      target: draft.type,
      textIt: textOf(draft, draft.titleIt),
      textEn: textOf(draft, draft.titleEn),
      tags: draft.tags,
      excludeOrganisationId: null,
      dismissedBy: null,
      now,
      limit: first * 5,
    });
    // a duplicate is about content: text and tags only, whoever owns it
    const scored = candidates
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
  async dismiss(
    user: AuthUser,
    source: { type: MatchItemType; id: string },
    target: { type: MatchItemType; id: string },
  ): Promise<void> {
    await this.visibleSource(user, source.type, source.id);
    if (!TARGETS_OF[source.type].includes(target.type)) throw new AppError('NOT_FOUND');
    await this.dataSource.query(
      `INSERT INTO match_dismissal (user_id, source_type, source_id, target_type, target_id)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [user.id, source.type, source.id, target.type, target.id],
    );
  }

  private async rank(
    source: MatchProfile,
    targets: MatchItemType[],
    first: number,
    userId: string | null,
  ): Promise<ScoredMatch[]> {
    const now = this.clock.now();
    const lists = await Promise.all(
      targets.map((target) =>
        findCandidates(this.dataSource.manager, {
          target,
          textIt: textOf(source, source.titleIt),
          textEn: textOf(source, source.titleEn),
          tags: source.tags,
          excludeOrganisationId: source.organisationId,
          dismissedBy: userId ? { userId, sourceType: source.type, sourceId: source.id } : null,
          now,
        }),
      ),
    );
    const scored = lists
      .flat()
      .map((candidate) => scoreMatch(source, candidate, now))
      .filter((match): match is ScoredMatch => match !== null && match.score > 0);
    return rankMatches(scored).slice(0, first);
  }

  private async visibleSource(user: AuthUser, type: MatchItemType, id: string) {
    if (!UUID.test(id)) throw new AppError('NOT_FOUND');
    const source = await loadSource(this.dataSource.manager, type, id);
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
