import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChallengesModule } from '../challenges/challenges.module';
import { MarketplaceModule } from '../marketplace/marketplace.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { RoomsModule } from '../rooms/rooms.module';
import { PartnershipMessageEntity } from './entities/partnership-message.entity';
import { PartnershipEntity } from './entities/partnership.entity';
import { ProjectGroupMemberEntity } from './entities/project-group-member.entity';
import { ProjectGroupEntity } from './entities/project-group.entity';
import { PartnershipItems } from './partnership-items';
import { PartnershipNotifier } from './partnership-notifier';
import { PartnershipsDirectory } from './partnerships.directory';
import { PartnershipLoaders } from './partnerships.loaders';
import { PartnershipMessageResolver, PartnershipsResolver } from './partnerships.resolver';
import { PartnershipsService } from './partnerships.service';
import { ProjectGroupsResolver } from './project-groups.resolver';
import { ProjectGroupsService } from './project-groups.service';

/**
 * From a match to a partnership (issue 5, docs/partnerships.md): interest, decisions, project
 * groups. Items are read through the challenges and marketplace services; rooms are opened
 * through the PrivateRooms interface of the rooms module.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      PartnershipEntity,
      PartnershipMessageEntity,
      ProjectGroupEntity,
      ProjectGroupMemberEntity,
    ]),
    OrganisationsModule,
    ChallengesModule,
    MarketplaceModule,
    RoomsModule,
  ],
  providers: [
    PartnershipItems,
    PartnershipNotifier,
    PartnershipsService,
    PartnershipsDirectory,
    ProjectGroupsService,
    PartnershipLoaders,
    PartnershipsResolver,
    PartnershipMessageResolver,
    ProjectGroupsResolver,
  ],
  exports: [PartnershipsService],
})
export class PartnershipsModule {}
