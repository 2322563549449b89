import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/decorators';
import { AppError } from '../../common/errors/app-error';
import { pageComplexity } from '../../common/graphql/page-complexity';
import { renderReasons } from './matchmaking.explain';
import { MAX_MATCHES, MatchmakingService } from './matchmaking.service';
import type { MatchProfile, ScoredMatch } from './matchmaking.types';
import { Match, MatchPairArgs, SimilarItemsInput } from './models/match.model';

const LIST = { complexity: pageComplexity(MAX_MATCHES) };
const FIRST = { type: () => Int, defaultValue: 10 };

@Resolver(() => Match)
export class MatchmakingResolver {
  constructor(private readonly service: MatchmakingService) {}

  @Query(() => [Match], {
    ...LIST,
    description: `Organisations and offers for a challenge; ${MAX_MATCHES} at most`,
  })
  async matchesForChallenge(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('first', FIRST) first: number,
  ) {
    return toModels(await this.service.matchesFor(user, 'challenge', id, first));
  }

  @Query(() => [Match], {
    ...LIST,
    description: 'Organisations and offers for a collaboration request',
  })
  async matchesForRequest(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('first', FIRST) first: number,
  ) {
    return toModels(await this.service.matchesFor(user, 'request', id, first));
  }

  @Query(() => [Match], {
    ...LIST,
    description: 'Organisations, requests and challenges for a technology offer',
  })
  async matchesForOffer(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('first', FIRST) first: number,
  ) {
    return toModels(await this.service.matchesFor(user, 'offer', id, first));
  }

  @Query(() => [Match], {
    ...LIST,
    description:
      '"For you": challenges, requests and offers for an organisation (its members only)',
  })
  async matchesForOrganisation(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('first', FIRST) first: number,
  ) {
    return toModels(await this.service.matchesFor(user, 'organisation', id, first));
  }

  @Query(() => [Match], { ...LIST, description: 'Existing items like a draft (duplicate check)' })
  async similarItems(
    @CurrentUser() user: AuthUser,
    @Args('input') input: SimilarItemsInput,
    @Args('first', { type: () => Int, defaultValue: 5 }) first: number,
  ) {
    if (input.kind === 'organisation') throw new AppError('NOT_FOUND');
    const draft: MatchProfile = {
      type: input.kind,
      id: input.excludeId ?? '',
      organisationId: '',
      organisationKind: 'sme',
      titleIt: input.text.slice(0, 300),
      titleEn: input.text.slice(0, 300),
      tags: input.tags.slice(0, 30),
      ecosystems: [],
      ateco: [],
      trl: null,
      trlMin: null,
      trlMax: null,
      acceptsLowerTrl: false,
      soughtKinds: [],
      partnershipTypes: [],
      province: null,
      region: null,
      publishedAt: null,
    };
    return toModels(
      await this.service.similarItems(user, draft, first, input.organisationId ?? null),
    );
  }

  @Mutation(() => Boolean, {
    description: "Not relevant: leaves the target out of this source's matches for the caller",
  })
  async dismissMatch(@CurrentUser() user: AuthUser, @Args() pair: MatchPairArgs) {
    await this.service.dismiss(user, ...sourceAndTarget(pair));
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      "Undoes dismissMatch: the target may come back in this source's matches for the caller",
  })
  async restoreMatch(@CurrentUser() user: AuthUser, @Args() pair: MatchPairArgs) {
    await this.service.restore(user, ...sourceAndTarget(pair));
    return true;
  }
}

const sourceAndTarget = (pair: MatchPairArgs) =>
  [
    { type: pair.sourceType, id: pair.sourceId },
    { type: pair.targetType, id: pair.targetId },
  ] as const;

function toModels(matches: ScoredMatch[]): Match[] {
  return matches.map(({ candidate, score, factors }) => ({
    targetType: candidate.type,
    targetId: candidate.id,
    titleIt: candidate.titleIt,
    titleEn: candidate.titleEn,
    organisationId: candidate.organisationId,
    organisationName: candidate.organisationName,
    score,
    factors: factors.map((f) => ({
      factor: f.factor,
      contribution: f.contribution,
      shared: f.shared ?? [],
      trl: f.trl ?? null,
      trlMin: f.trlMin ?? null,
      trlMax: f.trlMax ?? null,
      kind: f.kind ?? null,
      sought: f.sought ?? null,
      province: f.province ?? null,
      region: f.region ?? null,
      count: f.count ?? null,
      partnerships: f.partnerships ?? null,
      ageDays: f.ageDays ?? null,
    })),
    reasons: { it: renderReasons(factors, 'it'), en: renderReasons(factors, 'en') },
  }));
}
