import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../common/graphql/context';
import { Attachment } from '../files/models/attachment.model';
import { Person } from '../people/models/person.model';
import { PeopleLoaders } from '../people/people.loaders';
import { TechnologyOfferInput } from './dto/marketplace.inputs';
import type { TechnologyOfferEntity } from './entities/technology-offer.entity';
import { TechnologyOffer, TechnologyOfferPage } from './models/marketplace.model';
import { MarketplaceDirectory } from './marketplace.directory';
import { MarketplaceLoaders } from './marketplace.loaders';
import { marketplaceResolver, toItem } from './marketplace.resolver-base';
import { MarketplaceService } from './marketplace.service';
import { MAX_OFFER_ATTACHMENTS } from './offer-attachments.service';

export function toOffer(row: TechnologyOfferEntity): TechnologyOffer {
  return {
    ...toItem(row),
    trl: row.trl,
    ipStatus: row.ipStatus,
    contactPersonIds: row.contactPersonIds,
  };
}

@Resolver(() => TechnologyOffer)
export class TechnologyOffersResolver extends marketplaceResolver(
  'offer',
  {
    one: 'technologyOffer',
    many: 'technologyOffers',
    type: 'TechnologyOffer',
    label: 'technology offer',
  },
  TechnologyOffer,
  TechnologyOfferPage,
  TechnologyOfferInput,
  toOffer,
) {
  constructor(
    service: MarketplaceService,
    directory: MarketplaceDirectory,
    loaders: MarketplaceLoaders,
    private readonly people: PeopleLoaders,
  ) {
    super(service, directory, loaders);
  }

  @ResolveField(() => [Person], {
    description:
      'Whom to contact about the offer: members of its organisation whose profile the caller may see (erased accounts and hidden profiles left out)',
    complexity: ({ childComplexity }) => 5 * childComplexity,
  })
  async contactPersons(@Parent() offer: TechnologyOffer, @Context() context: GraphQLContext) {
    // someone who has left the organisation is no longer its contact
    const members = new Set(
      (await this.loaders.members(context, offer.organisationId)).map((row) => row.userId),
    );
    const rows = await Promise.all(
      offer.contactPersonIds
        .filter((id) => members.has(id))
        .map((id) => this.people.visiblePerson(context, id)),
    );
    return rows.filter((row): row is Person => row !== null);
  }

  @ResolveField(() => [Attachment], {
    description: `Files about the offer, oldest first (at most ${MAX_OFFER_ATTACHMENTS}); seen by whoever sees the offer`,
    complexity: ({ childComplexity }) => MAX_OFFER_ATTACHMENTS * childComplexity,
  })
  attachments(@Parent() offer: TechnologyOffer, @Context() context: GraphQLContext) {
    return this.loaders.attachments(context, offer.id);
  }
}
