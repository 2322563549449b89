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
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/decorators';
import type { GraphQLContext } from '../../common/graphql/context';
import { pageComplexity } from '../../common/graphql/page-complexity';
import { ChallengeLoaders } from '../challenges/challenges.loaders';
import { Challenge } from '../challenges/models/challenge.model';
import { ChallengeAttachmentsService } from './challenge-attachments.service';
import { ChallengeBriefLoaders } from './challenge-brief.loaders';
import { ConfidentialBriefService, MAX_LOG_PAGE_SIZE } from './confidential-brief.service';
import { ConfidentialBriefInput } from './dto/confidential-brief.input';
import { Attachment } from '../files/models/attachment.model';
import {
  ConfidentialAccessPage,
  ConfidentialBrief,
  NdaAcceptancePage,
} from './models/confidential-brief.model';

const logComplexity = pageComplexity(MAX_LOG_PAGE_SIZE);

/** Challenge.attachments and Challenge.confidentialBrief (the challenge is already visible). */
@Resolver(() => Challenge)
export class ChallengeBriefFieldsResolver {
  constructor(
    private readonly brief: ConfidentialBriefService,
    private readonly loaders: ChallengeBriefLoaders,
    private readonly challenges: ChallengeLoaders,
  ) {}

  @ResolveField(() => [Attachment], {
    description: 'Public attachments, oldest first (at most 30)',
    complexity: ({ childComplexity }) => 30 * childComplexity,
  })
  attachments(@Parent() challenge: Challenge, @Context() context: GraphQLContext) {
    return this.loaders.publicAttachments(context, challenge.id);
  }

  @ResolveField(() => ConfidentialBrief, {
    description:
      'The confidential part of the brief (details null until the caller’s organisation accepts the terms); reading it is logged',
    complexity: ({ childComplexity }) => 10 + childComplexity,
  })
  async confidentialBrief(
    @Parent() challenge: Challenge,
    @Context() context: GraphQLContext,
  ): Promise<ConfidentialBrief> {
    const viewer = await this.challenges.viewer(context, challenge);
    return this.brief.view(challenge, viewer);
  }
}

@Resolver(() => ConfidentialBrief)
export class ConfidentialBriefResolver {
  constructor(
    private readonly brief: ConfidentialBriefService,
    private readonly attachmentsService: ChallengeAttachmentsService,
  ) {}

  @ResolveField(() => [Attachment], {
    description: 'Confidential attachments; empty until accepted',
    complexity: ({ childComplexity }) => 30 * childComplexity,
  })
  async attachments(@Parent() brief: ConfidentialBrief): Promise<Attachment[]> {
    if (!brief.accepted) return [];
    const [list] = await this.attachmentsService.listOf([brief.challengeId], true);
    return list ?? [];
  }

  @Mutation(() => ConfidentialBrief, {
    description:
      'Owner side, while the challenge is editable: sets the confidential details and the non-disclosure terms (changed terms must be accepted again)',
  })
  async updateConfidentialBrief(
    @CurrentUser() user: AuthUser,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('input') input: ConfidentialBriefInput,
  ): Promise<ConfidentialBrief> {
    const { challenge, viewer } = await this.brief.update(user, challengeId, input);
    return this.brief.view(challenge, viewer);
  }

  @Mutation(() => ConfidentialBrief, {
    description:
      'A member accepts the challenge’s current non-disclosure terms on behalf of their organisation (once per organisation; again is harmless). NDA_TERMS_OUTDATED when termsVersion is not the current one.',
  })
  async acceptChallengeNda(
    @CurrentUser() user: AuthUser,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('termsVersion', { type: () => Int }) termsVersion: number,
  ): Promise<ConfidentialBrief> {
    const { challenge, viewer } = await this.brief.accept(
      user,
      challengeId,
      organisationId,
      termsVersion,
    );
    return this.brief.view(challenge, viewer);
  }

  @Query(() => NdaAcceptancePage, {
    description: 'Owner side: who accepted the terms, newest first',
    complexity: logComplexity,
  })
  async ndaAcceptances(
    @CurrentUser() user: AuthUser,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<NdaAcceptancePage> {
    const { rows, pageInfo } = await this.brief.acceptances(user, challengeId, first, after);
    return {
      nodes: rows.map((row) => ({
        id: row.id,
        organisation: null,
        organisationId: row.organisationId,
        acceptedBy: null,
        acceptedById: row.acceptedBy,
        acceptedAt: row.acceptedAt,
        termsVersion: row.termsVersion,
      })),
      pageInfo,
    };
  }

  @Query(() => ConfidentialAccessPage, {
    description: 'Owner side: every read of the confidential part, newest first',
    complexity: logComplexity,
  })
  async confidentialAccessLog(
    @CurrentUser() user: AuthUser,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ConfidentialAccessPage> {
    const { rows, pageInfo } = await this.brief.accessLog(user, challengeId, first, after);
    return {
      nodes: rows.map((row) => ({
        id: row.id,
        person: null,
        personId: row.userId,
        organisation: null,
        organisationId: row.organisationId,
        fileName: row.fileName,
        at: row.at,
      })),
      pageInfo,
    };
  }
}
