import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Public } from '../../common/auth/decorators';
import type { GraphQLContext } from '../../common/graphql/context';
import { ChallengeLoaders } from '../challenges/challenges.loaders';
import { Organisation } from '../organisations/models/organisation.model';
import { toModel as toOrganisation } from '../organisations/organisations.resolver';
import { AwardsService } from './awards.service';
import {
  CriterionInput,
  CriterionScoreInput,
  EvaluatorRef,
  FeedbackInput,
} from './dto/evaluation.inputs';
import { EvaluationBoardService } from './evaluation-board.service';
import {
  BoardSubmission,
  ChallengeResults,
  ChallengeWinner,
  EvaluationBoard,
  EvaluationCriterion,
} from './models/evaluation.model';
import { ResultsService } from './results.service';
import { ScorecardService } from './scorecard.service';
import { ScoringService } from './scoring.service';

const BOARD = () => EvaluationBoard;

/** Evaluation: every mutation answers with the caller's refreshed board. */
@Resolver(() => EvaluationBoard)
export class EvaluationResolver {
  constructor(
    private readonly boards: EvaluationBoardService,
    private readonly scorecards: ScorecardService,
    private readonly scoring: ScoringService,
    private readonly awards: AwardsService,
  ) {}

  @Query(BOARD, {
    description:
      'Evaluators: criteria and their own scores; the owner: progress, and after the lock the ranking. NOT_FOUND / FORBIDDEN otherwise',
  })
  evaluationBoard(
    @CurrentUser() user: AuthUser,
    @Args('challengeId', { type: () => ID }) challengeId: string,
  ) {
    return this.boards.board(user, challengeId);
  }

  @Mutation(BOARD, {
    description:
      'The owner replaces the scorecard (weights add up to 100) before the challenge closes',
  })
  async setScorecard(
    @CurrentUser() user: AuthUser,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('criteria', { type: () => [CriterionInput] }) criteria: CriterionInput[],
  ) {
    await this.scorecards.setScorecard(user, challengeId, criteria);
    return this.boards.board(user, challengeId);
  }

  @Mutation(BOARD, { description: 'The owner assigns an evaluator by account id or email' })
  async assignEvaluator(
    @CurrentUser() user: AuthUser,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('evaluator') evaluator: EvaluatorRef,
  ) {
    await this.scorecards.assign(user, challengeId, evaluator);
    return this.boards.board(user, challengeId);
  }

  @Mutation(BOARD, { description: 'The owner unassigns an evaluator before the lock' })
  async unassignEvaluator(
    @CurrentUser() user: AuthUser,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ) {
    await this.scorecards.unassign(user, challengeId, userId);
    return this.boards.board(user, challengeId);
  }

  @Mutation(BOARD, {
    description: 'An evaluator declares a conflict of interest with a submission',
  })
  async declareConflict(
    @CurrentUser() user: AuthUser,
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('reason') reason: string,
  ) {
    return this.boards.board(user, await this.scoring.declareConflict(user, submissionId, reason));
  }

  @Mutation(BOARD, { description: 'An evaluator scores a submission on every criterion (1–5)' })
  async scoreSubmission(
    @CurrentUser() user: AuthUser,
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('scores', { type: () => [CriterionScoreInput] }) scores: CriterionScoreInput[],
  ) {
    return this.boards.board(user, await this.scoring.score(user, submissionId, scores));
  }

  @Mutation(BOARD, {
    description: 'The owner locks the evaluation: no more scoring, the ranking shows',
  })
  async lockEvaluation(
    @CurrentUser() user: AuthUser,
    @Args('challengeId', { type: () => ID }) challengeId: string,
  ) {
    await this.scoring.lock(user, challengeId);
    return this.boards.board(user, challengeId);
  }

  @Mutation(BOARD, { description: 'The owner shortlists a submission (after the lock)' })
  async setShortlisted(
    @CurrentUser() user: AuthUser,
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('shortlisted') shortlisted: boolean,
  ) {
    return this.boards.board(
      user,
      await this.awards.setShortlisted(user, submissionId, shortlisted),
    );
  }

  @Mutation(BOARD, {
    description: 'The owner marks the winners and the challenge becomes AWARDED (audited)',
  })
  async awardChallenge(
    @CurrentUser() user: AuthUser,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('winnerSubmissionIds', { type: () => [ID] }) winnerSubmissionIds: string[],
    @Args('comment', { type: () => String, nullable: true }) comment: string | null,
  ) {
    await this.awards.award(user, challengeId, winnerSubmissionIds, comment);
    return this.boards.board(user, challengeId);
  }

  @Mutation(BOARD, {
    description: 'The owner sends feedback to submitters (mailed to each author)',
  })
  async sendFeedback(
    @CurrentUser() user: AuthUser,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('feedbacks', { type: () => [FeedbackInput] }) feedbacks: FeedbackInput[],
  ) {
    await this.awards.sendFeedback(user, challengeId, feedbacks);
    return this.boards.board(user, challengeId);
  }
}

@Resolver(() => ChallengeResults)
export class ChallengeResultsResolver {
  constructor(
    private readonly results: ResultsService,
    private readonly loaders: ChallengeLoaders,
  ) {}

  @Public()
  @Query(() => ChallengeResults, {
    description: 'Winners once awarded (names only); the caller’s own outcome and feedback',
  })
  challengeResults(
    @CurrentUser() user: AuthUser | null,
    @Args('challengeId', { type: () => ID }) challengeId: string,
  ) {
    return this.results.results(user, challengeId);
  }

  @Public()
  @Query(() => [EvaluationCriterion], {
    description: 'The scorecard, for everyone who can see the challenge',
    complexity: ({ childComplexity }) => 10 * childComplexity,
  })
  challengeScorecard(
    @CurrentUser() user: AuthUser | null,
    @Args('challengeId', { type: () => ID }) challengeId: string,
  ) {
    return this.results.scorecard(user, challengeId);
  }

  @ResolveField(() => [ChallengeWinner], { complexity: 10 })
  async winners(
    @Parent() results: ChallengeResults,
    @Context() context: GraphQLContext,
  ): Promise<ChallengeWinner[]> {
    const rows = await Promise.all(
      results.winnerOrganisationIds.map((id) => this.loaders.organisation(context, id)),
    );
    return rows.flatMap((row) =>
      row ? [{ organisationId: row.id, displayName: row.displayName }] : [],
    );
  }
}

@Resolver(() => BoardSubmission)
export class BoardSubmissionResolver {
  constructor(private readonly loaders: ChallengeLoaders) {}

  @ResolveField(() => Organisation, { description: 'The submitting organisation' })
  async organisation(@Parent() submission: BoardSubmission, @Context() context: GraphQLContext) {
    return toOrganisation(await this.loaders.organisation(context, submission.organisationId));
  }
}
