import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FilesModule } from '../files/files.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { PeopleModule } from '../people/people.module';
import { CollaborationRequestsResolver } from './collaboration-requests.resolver';
import { CollaborationRequestEntity } from './entities/collaboration-request.entity';
import { TechnologyOfferEntity } from './entities/technology-offer.entity';
import { MarketplaceDirectory } from './marketplace.directory';
import { MarketplaceExpiry } from './marketplace-expiry';
import { MarketplaceLoaders } from './marketplace.loaders';
import { MarketplaceService } from './marketplace.service';
import { OfferAttachmentEntity } from './entities/offer-attachment.entity';
import { OfferAttachmentsController } from './offer-attachments.controller';
import { OfferAttachmentsService } from './offer-attachments.service';
import { TechnologyOffersResolver } from './technology-offers.resolver';

/**
 * Technology offers and collaboration requests (issue 5): one lifecycle, one policy, one
 * listing for both; offers' attachments through the files module; the matchmaking module
 * reads their tables.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      TechnologyOfferEntity,
      CollaborationRequestEntity,
      OfferAttachmentEntity,
    ]),
    OrganisationsModule,
    PeopleModule,
    FilesModule,
  ],
  controllers: [OfferAttachmentsController],
  providers: [
    MarketplaceService,
    MarketplaceExpiry,
    MarketplaceDirectory,
    MarketplaceLoaders,
    OfferAttachmentsService,
    TechnologyOffersResolver,
    CollaborationRequestsResolver,
  ],
  exports: [MarketplaceService, MarketplaceLoaders],
})
export class MarketplaceModule {}
