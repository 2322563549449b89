import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationsModule } from '../organisations/organisations.module';
import { PeopleModule } from '../people/people.module';
import { ChallengeDeadlines } from './challenge-deadlines';
import { ChallengeTransitionResolver } from './challenge-transition.resolver';
import { ChallengeFollowEntity } from './entities/challenge-follow.entity';
import { ChallengeInvitedOrganisationEntity } from './entities/challenge-invited-organisation.entity';
import { ChallengeTransitionEntity } from './entities/challenge-transition.entity';
import { ChallengeEntity } from './entities/challenge.entity';
import { ChallengesDirectory } from './challenges.directory';
import { ChallengeLoaders } from './challenges.loaders';
import { ChallengesResolver } from './challenges.resolver';
import { ChallengesService } from './challenges.service';

/**
 * Innovation challenges: the challenge itself, its lifecycle (decision 0011), listing and
 * following. Submissions, Q&A, evaluation and the deadline job live next to this module and
 * use ChallengesService (findVisible, viewerOf, closeDueChallenge) and ChallengeLoaders.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ChallengeEntity,
      ChallengeTransitionEntity,
      ChallengeInvitedOrganisationEntity,
      ChallengeFollowEntity,
    ]),
    OrganisationsModule,
    PeopleModule,
  ],
  providers: [
    ChallengesService,
    ChallengeDeadlines,
    ChallengesDirectory,
    ChallengeLoaders,
    ChallengesResolver,
    ChallengeTransitionResolver,
  ],
  exports: [ChallengesService, ChallengeLoaders],
})
export class ChallengesModule {}
