import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../common/graphql/context';
import { Person } from '../people/models/person.model';
import { PeopleLoaders } from '../people/people.loaders';
import { ChallengeTransition } from './models/challenge.model';

/** The actor of a transition, as the people rules allow the caller to see them. */
@Resolver(() => ChallengeTransition)
export class ChallengeTransitionResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => Person, { nullable: true })
  async actor(
    @Parent() transition: ChallengeTransition,
    @Context() context: GraphQLContext,
  ): Promise<Person | null> {
    return transition.actorId ? this.people.visiblePerson(context, transition.actorId) : null;
  }
}
