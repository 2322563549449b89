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
import { CurrentUser, Public } from '../../common/auth/decorators';
import type { GraphQLContext } from '../../common/graphql/context';
import { pageComplexity } from '../../common/graphql/page-complexity';
import { Person } from '../people/models/person.model';
import { PeopleLoaders } from '../people/people.loaders';
import { ChallengeQuestion, ChallengeQuestionPage } from './models/challenge-question.model';
import { ChallengeQuestionsService, MAX_QUESTION_PAGE_SIZE } from './challenge-questions.service';

@Resolver(() => ChallengeQuestion)
export class ChallengeQuestionsResolver {
  constructor(
    private readonly service: ChallengeQuestionsService,
    private readonly people: PeopleLoaders,
  ) {}

  @Public()
  @Query(() => ChallengeQuestionPage, {
    description: `The questions of a challenge the caller may see, newest first (${MAX_QUESTION_PAGE_SIZE} at most per page); NOT_FOUND when the challenge is not visible`,
    complexity: pageComplexity(MAX_QUESTION_PAGE_SIZE),
  })
  challengeQuestions(
    @CurrentUser() user: AuthUser | null,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ChallengeQuestionPage> {
    return this.service.page(user, challengeId, first, after);
  }

  @Mutation(() => ChallengeQuestion, {
    description:
      'Asks a clarification question (published challenges; at most 2000 characters of markdown)',
  })
  askChallengeQuestion(
    @CurrentUser() user: AuthUser,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('text') text: string,
  ): Promise<ChallengeQuestion> {
    return this.service.ask(user, challengeId, text);
  }

  @Mutation(() => ChallengeQuestion, {
    description:
      'Owner side: answers a question (publishing it to everyone who sees the challenge) or edits the answer',
  })
  answerChallengeQuestion(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('answer') answer: string,
  ): Promise<ChallengeQuestion> {
    return this.service.answer(user, id, answer);
  }

  @Mutation(() => ChallengeQuestion, {
    description: 'Moderators: hides an abusive question from everyone else, or shows it again',
  })
  hideChallengeQuestion(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('hidden') hidden: boolean,
  ): Promise<ChallengeQuestion> {
    return this.service.hide(user, id, hidden);
  }

  @ResolveField(() => Person, { nullable: true })
  async asker(
    @Parent() question: ChallengeQuestion,
    @Context() context: GraphQLContext,
  ): Promise<Person | null> {
    return question.askerId ? this.people.person(context, question.askerId) : null;
  }
}
