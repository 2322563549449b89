import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChallengesModule } from '../challenges/challenges.module';
import { FilesModule } from '../files/files.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { PeopleModule } from '../people/people.module';
import {
  ChallengeSubmissionsResolver,
  SubmissionOptionResolver,
} from './challenge-submissions.resolver';
import { SubmissionAttachmentEntity } from './entities/submission-attachment.entity';
import { SubmissionSettingsEntity } from './entities/submission-settings.entity';
import { SubmissionEntity } from './entities/submission.entity';
import { SubmissionAttachmentsController } from './submission-attachments.controller';
import { SubmissionAttachmentsResolver } from './submission-attachments.resolver';
import { SubmissionAttachmentsService } from './submission-attachments.service';
import { SubmissionsDirectory } from './submissions.directory';
import { SubmissionLoaders } from './submissions.loaders';
import { SubmissionsResolver } from './submissions.resolver';
import { SubmissionsService } from './submissions.service';

/**
 * Confidential proposals answering challenges (decision 0013). Who reads them is decided in
 * submissions.policy.ts (`canReadSubmission`), which the evaluation feature reuses through the
 * exported SubmissionLoaders / SubmissionsService. Attachments are stored through the files
 * module (a `submission_attachment` link table and a FileOwnerPolicy, decision 0014).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      SubmissionEntity,
      SubmissionSettingsEntity,
      SubmissionAttachmentEntity,
    ]),
    ChallengesModule,
    OrganisationsModule,
    PeopleModule,
    FilesModule,
  ],
  controllers: [SubmissionAttachmentsController],
  providers: [
    SubmissionAttachmentsService,
    SubmissionAttachmentsResolver,
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
