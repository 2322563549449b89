import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../common/graphql/context';
import { Person } from '../people/models/person.model';
import { PeopleLoaders } from '../people/people.loaders';
import { TechnologyOfferInput } from './dto/marketplace.inputs';
import type { TechnologyOfferEntity } from './entities/technology-offer.entity';
import { TechnologyOffer, TechnologyOfferPage } from './models/marketplace.model';
import { MarketplaceDirectory } from './marketplace.directory';
import { MarketplaceLoaders } from './marketplace.loaders';
import { marketplaceResolver, toItem } from './marketplace.resolver-base';
import { MarketplaceService } from './marketplace.service';

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
    description: 'Whom to contact about the offer (erased accounts left out)',
    complexity: ({ childComplexity }) => 5 * childComplexity,
  })
  async contactPersons(@Parent() offer: TechnologyOffer, @Context() context: GraphQLContext) {
    const rows = await Promise.all(
      offer.contactPersonIds.map((id) => this.people.person(context, id)),
    );
    return rows.filter((row): row is Person => row !== null);
  }
}
