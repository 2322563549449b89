import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChallengesModule } from '../challenges/challenges.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { PeopleModule } from '../people/people.module';
import {
  ChallengeSubmissionsResolver,
  SubmissionOptionResolver,
} from './challenge-submissions.resolver';
import { SubmissionSettingsEntity } from './entities/submission-settings.entity';
import { SubmissionEntity } from './entities/submission.entity';
import { SubmissionsDirectory } from './submissions.directory';
import { SubmissionLoaders } from './submissions.loaders';
import { SubmissionsResolver } from './submissions.resolver';
import { SubmissionsService } from './submissions.service';

/**
 * Confidential proposals answering challenges (decision 0013). Who reads them is decided in
 * submissions.policy.ts (`canReadSubmission`), which the evaluation feature reuses through the
 * exported SubmissionLoaders / SubmissionsService.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([SubmissionEntity, SubmissionSettingsEntity]),
    ChallengesModule,
    OrganisationsModule,
    PeopleModule,
  ],
  providers: [
    SubmissionsService,
    SubmissionsDirectory,
    SubmissionLoaders,
    SubmissionsResolver,
    ChallengeSubmissionsResolver,
    SubmissionOptionResolver,
  ],
  exports: [SubmissionsService, SubmissionLoaders],
})
export class SubmissionsModule {}
