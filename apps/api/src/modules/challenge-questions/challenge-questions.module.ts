import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DomainEventsModule } from '../../common/events/domain-events';
import { ChallengesModule } from '../challenges/challenges.module';
import { PeopleModule } from '../people/people.module';
import { ChallengeQuestionEntity } from './entities/challenge-question.entity';
import { ChallengeQuestionsResolver } from './challenge-questions.resolver';
import { ChallengeQuestionsService } from './challenge-questions.service';
import { QuestionAnsweredListener } from './question-answered.listener';

/** Clarification questions and answers on challenges (policy: challenge-questions.policy.ts). */
@Module({
  imports: [
    TypeOrmModule.forFeature([ChallengeQuestionEntity]),
    DomainEventsModule,
    ChallengesModule,
    PeopleModule,
  ],
  providers: [ChallengeQuestionsService, ChallengeQuestionsResolver, QuestionAnsweredListener],
})
export class ChallengeQuestionsModule {}
