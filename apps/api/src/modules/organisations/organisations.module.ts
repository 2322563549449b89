import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MembershipEntity } from './entities/membership.entity';
import { OrganisationEntity } from './entities/organisation.entity';
import { JoinRequestEntity } from './invitations/entities/join-request.entity';
import { OrganisationInvitationEntity } from './invitations/entities/organisation-invitation.entity';
import { InvitationLoaders } from './invitations/invitations.loaders';
import {
  InvitationsResolver,
  OrganisationInvitationFieldsResolver,
} from './invitations/invitations.resolver';
import { InvitationsService } from './invitations/invitations.service';
import { JoinRequestsResolver } from './invitations/join-requests.resolver';
import { JoinRequestsService } from './invitations/join-requests.service';
import { OrganisationLogoController } from './organisation-logo.controller';
import { OrganisationLogoService } from './organisation-logo.service';
import { OrganisationsDirectory } from './organisations.directory';
import { OrganisationLoaders } from './organisations.loaders';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

@Module({
  controllers: [OrganisationLogoController],
  imports: [
    TypeOrmModule.forFeature([
      OrganisationEntity,
      MembershipEntity,
      OrganisationInvitationEntity,
      JoinRequestEntity,
    ]),
  ],
  providers: [
    OrganisationLogoService,
    OrganisationsService,
    OrganisationsDirectory,
    OrganisationLoaders,
    OrganisationsResolver,
    // members joining: invitations by email and join requests (invitations/)
    InvitationsService,
    JoinRequestsService,
    InvitationLoaders,
    InvitationsResolver,
    OrganisationInvitationFieldsResolver,
    JoinRequestsResolver,
  ],
  exports: [OrganisationsService, OrganisationLoaders],
})
export class OrganisationsModule {}
