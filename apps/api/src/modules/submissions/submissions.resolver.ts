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
import { isBeforeDeadline } from '@oip/domain';
import { renderMarkdown } from '@oip/markdown';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/decorators';
import { AppError } from '../../common/errors/app-error';
import type { GraphQLContext } from '../../common/graphql/context';
import { Clock } from '../../common/time/clock';
import { Challenge } from '../challenges/models/challenge.model';
import { toChallenge } from '../challenges/challenges.resolver';
import { Organisation } from '../organisations/models/organisation.model';
import { toModel as toOrganisation } from '../organisations/organisations.resolver';
import { Person } from '../people/models/person.model';
import { PeopleLoaders } from '../people/people.loaders';
import { SubmissionInput } from './dto/submission.inputs';
import type { SubmissionEntity } from './entities/submission.entity';
import {
  Submission,
  SubmissionOption,
  SubmissionPage,
  SubmissionViewerCan,
} from './models/submission.model';
import { MAX_SUBMISSION_PAGE_SIZE, SubmissionsDirectory } from './submissions.directory';
import { SubmissionLoaders } from './submissions.loaders';
import { submissionPolicy } from './submissions.policy';
import { MAX_SUBMISSION_OPTIONS, SubmissionsService } from './submissions.service';

const pageOfComplexity = pageComplexity(MAX_SUBMISSION_PAGE_SIZE);

@Resolver(() => Submission)
export class SubmissionsResolver {
  constructor(
    private readonly service: SubmissionsService,
    private readonly directory: SubmissionsDirectory,
    private readonly loaders: SubmissionLoaders,
    private readonly people: PeopleLoaders,
    private readonly clock: Clock,
  ) {}

  @Query(() => Submission, {
    description: 'A submission the caller may read; NOT_FOUND otherwise (confidential)',
  })
  async submission(
    @Args('id', { type: () => ID }) id: string,
    @Context() context: GraphQLContext,
  ): Promise<Submission> {
    const row = await this.loaders.readable(context, id);
    if (!row) throw new AppError('NOT_FOUND');
    return toSubmission(row);
  }

  @Query(() => Submission, {
    nullable: true,
    description:
      'The proposal of one of the caller’s organisations for a challenge (null if none); NOT_FOUND unless a member',
  })
  async mySubmission(
    @CurrentUser() user: AuthUser,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ): Promise<Submission | null> {
    const row = await this.service.mine(user, challengeId, organisationId);
    return row && toSubmission(row);
  }

  @Query(() => [SubmissionOption], {
    description: `The organisations the caller may answer a visible challenge for (all theirs but the owner, ${MAX_SUBMISSION_OPTIONS} at most), with their proposals`,
    complexity: ({ childComplexity }) => MAX_SUBMISSION_OPTIONS * childComplexity,
  })
  async mySubmissionOptions(
    @CurrentUser() user: AuthUser,
    @Args('challengeId', { type: () => ID }) challengeId: string,
  ): Promise<SubmissionOption[]> {
    const rows = await this.service.options(user, challengeId);
    return rows.map((row) => ({
      ...row,
      submission: row.submission && toSubmission(row.submission),
    }));
  }

  @Query(() => SubmissionPage, {
    description: `The submitted proposals of a challenge, first submitted first (${MAX_SUBMISSION_PAGE_SIZE} at most per page): its owner’s admins, assigned evaluators, moderators if granted; NOT_FOUND for anyone else`,
    complexity: pageOfComplexity,
  })
  async challengeSubmissions(
    @CurrentUser() user: AuthUser,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<SubmissionPage> {
    const page = await this.directory.received(user, challengeId, first, after);
    return { nodes: page.nodes.map(toSubmission), pageInfo: page.pageInfo };
  }

  @Mutation(() => Submission, {
    description:
      'Creates the organisation’s draft (no expectedVersion; SUBMISSION_EXISTS if it has one) or saves over expectedVersion (SUBMISSION_EDIT_CONFLICT when it is not current)',
  })
  async saveSubmissionDraft(
    @CurrentUser() user: AuthUser,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion: number | null,
    @Args('input') input: SubmissionInput,
  ): Promise<Submission> {
    return toSubmission(
      await this.service.saveDraft(
        user,
        challengeId,
        organisationId,
        expectedVersion ?? null,
        input,
      ),
    );
  }

  @Mutation(() => Submission, {
    description: 'Submits the text of expectedVersion before the deadline (server clock)',
  })
  async submitSubmission(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<Submission> {
    return toSubmission(await this.service.submit(user, id, expectedVersion));
  }

  @Mutation(() => Submission, {
    description: 'Withdraws a submitted proposal before the deadline; it may be submitted again',
  })
  async withdrawSubmission(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Submission> {
    return toSubmission(await this.service.withdraw(user, id));
  }

  @Mutation(() => Challenge, {
    description:
      'Owners and admins of the challenge’s organisation: let platform moderators read its submitted proposals (audited)',
  })
  async setModeratorSubmissionAccess(
    @CurrentUser() user: AuthUser,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('granted', { type: () => Boolean }) granted: boolean,
  ): Promise<Challenge> {
    return toChallenge(await this.service.setModeratorAccess(user, challengeId, granted));
  }

  @ResolveField(() => String, { description: 'summary as sanitised HTML' })
  summaryHtml(@Parent() submission: Submission): string {
    return renderMarkdown(submission.summary);
  }

  @ResolveField(() => String, { description: 'approach as sanitised HTML' })
  approachHtml(@Parent() submission: Submission): string {
    return renderMarkdown(submission.approach);
  }

  @ResolveField(() => String, { description: 'team as sanitised HTML' })
  teamHtml(@Parent() submission: Submission): string {
    return renderMarkdown(submission.team);
  }

  @ResolveField(() => Organisation, { description: 'The submitting organisation' })
  async organisation(@Parent() submission: Submission, @Context() context: GraphQLContext) {
    return toOrganisation(
      await this.loaders.challenges.organisation(context, submission.organisationId),
    );
  }

  @ResolveField(() => Challenge)
  async challenge(@Parent() submission: Submission, @Context() context: GraphQLContext) {
    const row = await this.loaders.challenges.byId(context, submission.challengeId);
    if (!row) throw new AppError('NOT_FOUND');
    return toChallenge(row);
  }

  @ResolveField(() => Person, {
    nullable: true,
    description: 'Who started it; null for an erased account or a profile the viewer may not see',
  })
  async author(
    @Parent() submission: Submission,
    @Context() context: GraphQLContext,
  ): Promise<Person | null> {
    return submission.createdBy ? this.people.visiblePerson(context, submission.createdBy) : null;
  }

  @ResolveField(() => SubmissionViewerCan)
  async viewerCan(
    @Parent() submission: Submission,
    @Context() context: GraphQLContext,
  ): Promise<SubmissionViewerCan> {
    const challenge = await this.loaders.challenges.byId(context, submission.challengeId);
    if (!challenge) return { edit: false, submit: false, withdraw: false };
    const viewer = await this.loaders.viewer(context, submission, challenge);
    const open =
      challenge.status === 'published' && isBeforeDeadline(challenge.deadline, this.clock.now());
    const edit = open && submissionPolicy.canEdit(viewer, submission);
    return {
      edit,
      submit: edit,
      withdraw: open && viewer.submitterRole !== null && submission.status === 'submitted',
    };
  }
}

/** Entity → GraphQL model: only these fields ever leave the API. */
export function toSubmission(row: SubmissionEntity): Submission {
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    summary: row.summary,
    approach: row.approach,
    team: row.team,
    trl: row.trl,
    budgetAmount: row.budgetAmount,
    budgetCurrency: row.budgetCurrency,
    submittedAt: row.submittedAt,
    withdrawnAt: row.withdrawnAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    challengeId: row.challengeId,
    organisationId: row.organisationId,
    createdBy: row.createdBy,
  };
}
