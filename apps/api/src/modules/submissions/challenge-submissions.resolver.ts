import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../common/graphql/context';
import { Challenge } from '../challenges/models/challenge.model';
import { Organisation } from '../organisations/models/organisation.model';
import { toModel as toOrganisation } from '../organisations/organisations.resolver';
import { SubmissionOption } from './models/submission.model';
import { SubmissionLoaders } from './submissions.loaders';
import { canReadReceivedSubmissions } from './submissions.policy';

/** What a challenge shows about its submissions, to its owner side only (confidential). */
@Resolver(() => Challenge)
export class ChallengeSubmissionsResolver {
  constructor(private readonly loaders: SubmissionLoaders) {}

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'Submitted proposals; null unless the caller reads them (owner admins, evaluators, moderators if granted)',
  })
  async submissionCount(
    @Parent() challenge: Challenge,
    @Context() context: GraphQLContext,
  ): Promise<number | null> {
    const [ownerRole, access] = await Promise.all([
      this.loaders.role(context, challenge.organisationId),
      this.loaders.access(context, challenge.id),
    ]);
    const user = context.req.authUser ?? null;
    return canReadReceivedSubmissions({ user, ownerRole }, access)
      ? this.loaders.submittedCount(context, challenge.id)
      : null;
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      'Whether moderators may read the submitted proposals; null unless the caller is an owner or admin of the owner organisation',
  })
  async moderatorSubmissionAccess(
    @Parent() challenge: Challenge,
    @Context() context: GraphQLContext,
  ): Promise<boolean | null> {
    const ownerRole = await this.loaders.role(context, challenge.organisationId);
    if (ownerRole !== 'owner' && ownerRole !== 'admin') return null;
    return (await this.loaders.access(context, challenge.id)).moderatorAccess;
  }
}

/** The organisation of an answering option. */
@Resolver(() => SubmissionOption)
export class SubmissionOptionResolver {
  constructor(private readonly loaders: SubmissionLoaders) {}

  @ResolveField(() => Organisation)
  async organisation(@Parent() option: SubmissionOption, @Context() context: GraphQLContext) {
    return toOrganisation(
      await this.loaders.challenges.organisation(context, option.organisationId),
    );
  }
}
