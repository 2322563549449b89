import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChallengesModule } from '../challenges/challenges.module';
import { FilesModule } from '../files/files.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { PeopleModule } from '../people/people.module';
import { ChallengeAttachmentsController } from './challenge-attachments.controller';
import { ChallengeAttachmentsService } from './challenge-attachments.service';
import {
  ConfidentialAccessResolver,
  NdaAcceptanceResolver,
  NdaOrganisationResolver,
} from './challenge-brief-relations.resolver';
import { ChallengeBriefLoaders } from './challenge-brief.loaders';
import {
  ChallengeBriefFieldsResolver,
  ConfidentialBriefResolver,
} from './challenge-brief.resolver';
import { ConfidentialBriefService } from './confidential-brief.service';
import { ChallengeAttachmentEntity } from './entities/challenge-attachment.entity';
import { ConfidentialAccessEntity } from './entities/confidential-access.entity';
import { ConfidentialBriefEntity } from './entities/confidential-brief.entity';
import { NdaAcceptanceEntity } from './entities/nda-acceptance.entity';

/**
 * A challenge's attachments (public and confidential, stored through the files module) and its
 * confidential brief: non-disclosure terms accepted on behalf of an organisation, every read
 * logged (policy: challenge-brief.policy.ts).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ConfidentialBriefEntity,
      NdaAcceptanceEntity,
      ConfidentialAccessEntity,
      ChallengeAttachmentEntity,
    ]),
    ChallengesModule,
    OrganisationsModule,
    PeopleModule,
    FilesModule,
  ],
  controllers: [ChallengeAttachmentsController],
  providers: [
    ConfidentialBriefService,
    ChallengeAttachmentsService,
    ChallengeBriefLoaders,
    ChallengeBriefFieldsResolver,
    ConfidentialBriefResolver,
    NdaOrganisationResolver,
    NdaAcceptanceResolver,
    ConfidentialAccessResolver,
  ],
})
export class ChallengeBriefModule {}
