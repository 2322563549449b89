import { pageComplexity } from '../../common/graphql/page-complexity';
import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { ChallengeAction } from '@oip/domain';
import { renderMarkdown } from '@oip/markdown';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Public } from '../../common/auth/decorators';
import { AppError } from '../../common/errors/app-error';
import type { GraphQLContext } from '../../common/graphql/context';
import { Organisation } from '../organisations/models/organisation.model';
import { toModel as toOrganisation } from '../organisations/organisations.resolver';
import { LocalizedText } from '../taxonomies/models/taxonomy.model';
import { ChallengeFilter, ChallengeInput } from './dto/challenge.inputs';
import type { ChallengeEntity } from './entities/challenge.entity';
import {
  ChallengeActionEnum,
  ChallengeSortEnum,
  type ChallengeSort,
} from './models/challenge.enums';
import {
  Challenge,
  ChallengePage,
  ChallengeTransition,
  ChallengeViewerCan,
} from './models/challenge.model';
import { MAX_CHALLENGE_PAGE_SIZE, ChallengesDirectory } from './challenges.directory';
import { ChallengeLoaders } from './challenges.loaders';
import { challengePolicy } from './challenges.policy';
import { ChallengesService } from './challenges.service';

const MAX_TIMELINE = 200;
const pageOfComplexity = pageComplexity(MAX_CHALLENGE_PAGE_SIZE);

@Resolver(() => Challenge)
export class ChallengesResolver {
  constructor(
    private readonly service: ChallengesService,
    private readonly directory: ChallengesDirectory,
    private readonly loaders: ChallengeLoaders,
  ) {}

  @Public()
  @Query(() => Challenge, { description: 'A challenge; NOT_FOUND when unknown or not visible' })
  async challenge(
    @Args('id', { type: () => ID }) id: string,
    @Context() context: GraphQLContext,
  ): Promise<Challenge> {
    const row = await this.loaders.byId(context, id);
    if (!row || !challengePolicy.canSee(row, await this.loaders.viewer(context, row)))
      throw new AppError('NOT_FOUND');
    return toChallenge(row);
  }

  @Public()
  @Query(() => ChallengePage, {
    description: `Challenges the caller may see: filters, full-text search (Italian and English, accents ignored), sort, ${MAX_CHALLENGE_PAGE_SIZE} at most per page`,
    complexity: pageOfComplexity,
  })
  async challenges(
    @CurrentUser() user: AuthUser | null,
    @Args('filter', { type: () => ChallengeFilter, defaultValue: {} }) filter: ChallengeFilter,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('sort', {
      type: () => ChallengeSortEnum,
      nullable: true,
      description: 'Default: RELEVANCE when searching, else NEWEST',
    })
    sort: ChallengeSort | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ChallengePage> {
    return toPage(await this.directory.page(user, filter, search, sort, first, after));
  }

  @Query(() => ChallengePage, {
    description: 'Moderators: challenges waiting for review, oldest first',
    complexity: pageOfComplexity,
  })
  async challengeReviewQueue(
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ChallengePage> {
    return toPage(await this.directory.reviewQueue(user, first, after));
  }

  @Query(() => ChallengePage, {
    description: 'The challenges the caller follows, most recently followed first',
    complexity: pageOfComplexity,
  })
  async followedChallenges(
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ChallengePage> {
    return toPage(await this.directory.followed(user, first, after));
  }

  @Mutation(() => Challenge, {
    description: 'Owners and admins of the organisation: a new draft (version 1)',
  })
  async createChallenge(
    @CurrentUser() user: AuthUser,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('input') input: ChallengeInput,
  ): Promise<Challenge> {
    return toChallenge(await this.service.create(user, organisationId, input));
  }

  @Mutation(() => Challenge, {
    description: 'Saves over expectedVersion; CHALLENGE_EDIT_CONFLICT when it is not current',
  })
  async updateChallenge(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('input') input: ChallengeInput,
  ): Promise<Challenge> {
    return toChallenge(await this.service.update(user, id, expectedVersion, input));
  }

  @Mutation(() => Challenge, { description: 'One step of the lifecycle, audited' })
  async transitionChallenge(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('action', { type: () => ChallengeActionEnum }) action: ChallengeAction,
    @Args('comment', { type: () => String, nullable: true }) comment: string | null,
  ): Promise<Challenge> {
    return toChallenge(await this.service.transition(user, id, action, comment));
  }

  @Mutation(() => Challenge)
  async followChallenge(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('follow', { type: () => Boolean }) follow: boolean,
  ): Promise<Challenge> {
    return toChallenge(await this.service.follow(user, id, follow));
  }

  @ResolveField(() => Organisation, { description: 'The organisation that posted it' })
  async owner(@Parent() challenge: Challenge, @Context() context: GraphQLContext) {
    return toOrganisation(await this.loaders.organisation(context, challenge.organisationId));
  }

  @ResolveField(() => LocalizedText, { description: 'summary as sanitised HTML' })
  summaryHtml(@Parent() challenge: Challenge): LocalizedText {
    return html(challenge.summary);
  }

  @ResolveField(() => LocalizedText, { description: 'problem as sanitised HTML' })
  problemHtml(@Parent() challenge: Challenge): LocalizedText {
    return html(challenge.problem);
  }

  @ResolveField(() => LocalizedText, { description: 'expectedResults as sanitised HTML' })
  expectedResultsHtml(@Parent() challenge: Challenge): LocalizedText {
    return html(challenge.expectedResults);
  }

  @ResolveField(() => LocalizedText, { description: 'constraints as sanitised HTML' })
  constraintsHtml(@Parent() challenge: Challenge): LocalizedText {
    return html(challenge.constraints);
  }

  @ResolveField(() => [ChallengeTransition], {
    description: `The audit trail, oldest first (at most ${MAX_TIMELINE})`,
    complexity: ({ childComplexity }) => 20 * childComplexity,
  })
  async timeline(
    @Parent() challenge: Challenge,
    @Context() context: GraphQLContext,
  ): Promise<ChallengeTransition[]> {
    const rows = await this.loaders.transitions(context, challenge.id);
    return rows.slice(0, MAX_TIMELINE).map((row) => ({
      id: row.id,
      action: row.action,
      from: row.fromStatus,
      to: row.toStatus,
      comment: row.comment,
      at: row.at,
      actorId: row.actorId,
      actor: null,
    }));
  }

  @ResolveField(() => ChallengeViewerCan)
  async viewerCan(
    @Parent() challenge: Challenge,
    @Context() context: GraphQLContext,
  ): Promise<ChallengeViewerCan> {
    const can = challengePolicy.viewerCan(challenge, await this.loaders.viewer(context, challenge));
    return {
      edit: can.edit,
      submitForReview: can.submit_for_review,
      approve: can.approve,
      returnToDraft: can.return_to_draft,
      close: can.close,
      startEvaluation: can.start_evaluation,
      award: can.award,
      cancel: can.cancel,
      archive: can.archive,
    };
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the caller follows it (false if anonymous)',
  })
  async viewerFollows(@Parent() challenge: Challenge, @Context() context: GraphQLContext) {
    const user = context.req.authUser;
    return user ? this.loaders.follows(context, user.id, challenge.id) : false;
  }

  @ResolveField(() => [Organisation], {
    description: 'Invited organisations; empty unless the caller is of the owner or a moderator',
    complexity: ({ childComplexity }) => 100 * childComplexity,
  })
  async invitedOrganisations(@Parent() challenge: Challenge, @Context() context: GraphQLContext) {
    const viewer = await this.loaders.viewer(context, challenge);
    if (!challengePolicy.canSeeInvitations(viewer)) return [];
    const ids = await this.loaders.invitedOrganisationIds(context, challenge.id);
    const rows = await Promise.all(ids.map((id) => this.loaders.organisation(context, id)));
    return rows.map(toOrganisation).filter((row): row is Organisation => row !== null);
  }
}

function html(text: LocalizedText): LocalizedText {
  return { it: renderMarkdown(text.it), en: renderMarkdown(text.en) };
}

function toPage(page: { nodes: ChallengeEntity[]; pageInfo: ChallengePage['pageInfo'] }) {
  return { nodes: page.nodes.map(toChallenge), pageInfo: page.pageInfo };
}

/** Entity → GraphQL model: only these fields ever leave the API. */
export function toChallenge(row: ChallengeEntity): Challenge {
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    title: { it: row.titleIt, en: row.titleEn },
    summary: { it: row.summaryIt, en: row.summaryEn },
    problem: { it: row.problemIt, en: row.problemEn },
    expectedResults: { it: row.expectedResultsIt, en: row.expectedResultsEn },
    constraints: { it: row.constraintsIt, en: row.constraintsEn },
    s3Ecosystems: row.s3Ecosystems,
    tags: row.tags,
    soughtPartnerKinds: row.soughtPartnerKinds,
    trlMin: row.trlMin,
    trlMax: row.trlMax,
    acceptsLowerTrl: row.acceptsLowerTrl,
    rewardType: row.rewardType,
    rewardAmount: row.rewardAmount,
    rewardCurrency: row.rewardCurrency,
    deadline: row.deadline,
    visibility: row.visibility,
    organisationId: row.organisationId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    publishedAt: row.publishedAt,
    closedAt: row.closedAt,
  };
}
