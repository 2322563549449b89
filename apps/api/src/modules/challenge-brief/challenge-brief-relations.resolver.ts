import { Injectable } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../common/graphql/context';
import { ChallengeLoaders } from '../challenges/challenges.loaders';
import { Organisation } from '../organisations/models/organisation.model';
import { toModel as toOrganisation } from '../organisations/organisations.resolver';
import { Person } from '../people/models/person.model';
import { PeopleLoaders } from '../people/people.loaders';
import {
  ConfidentialAccess,
  NdaAcceptance,
  NdaOrganisation,
} from './models/confidential-brief.model';

/** Organisations and people of the brief's lists, batched per request. */
@Injectable()
abstract class Relations {
  constructor(
    protected readonly challenges: ChallengeLoaders,
    protected readonly people: PeopleLoaders,
  ) {}

  protected async organisationOf(context: GraphQLContext, id: string | null) {
    return id ? toOrganisation(await this.challenges.organisation(context, id)) : null;
  }

  protected personOf(context: GraphQLContext, id: string | null) {
    return id ? this.people.person(context, id) : null;
  }
}

@Resolver(() => NdaOrganisation)
export class NdaOrganisationResolver extends Relations {
  @ResolveField(() => Organisation, { nullable: true })
  organisation(@Parent() row: NdaOrganisation, @Context() context: GraphQLContext) {
    return this.organisationOf(context, row.organisationId);
  }
}

@Resolver(() => NdaAcceptance)
export class NdaAcceptanceResolver extends Relations {
  @ResolveField(() => Organisation, { nullable: true })
  organisation(@Parent() row: NdaAcceptance, @Context() context: GraphQLContext) {
    return this.organisationOf(context, row.organisationId);
  }

  @ResolveField(() => Person, { nullable: true })
  acceptedBy(@Parent() row: NdaAcceptance, @Context() context: GraphQLContext) {
    return this.personOf(context, row.acceptedById);
  }
}

@Resolver(() => ConfidentialAccess)
export class ConfidentialAccessResolver extends Relations {
  @ResolveField(() => Organisation, { nullable: true })
  organisation(@Parent() row: ConfidentialAccess, @Context() context: GraphQLContext) {
    return this.organisationOf(context, row.organisationId);
  }

  @ResolveField(() => Person, { nullable: true })
  person(@Parent() row: ConfidentialAccess, @Context() context: GraphQLContext) {
    return this.personOf(context, row.personId);
  }
}
