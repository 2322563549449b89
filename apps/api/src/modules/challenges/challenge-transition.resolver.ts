import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../common/graphql/context';
import { Person } from '../people/models/person.model';
import { PeopleLoaders } from '../people/people.loaders';
import { peoplePolicy } from '../people/people.policy';
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
    if (!transition.actorId) return null;
    const [person, profile] = await Promise.all([
      this.people.person(context, transition.actorId),
      this.people.profile(context, transition.actorId),
    ]);
    return person && peoplePolicy.canSee(profile?.visibility, context.req.authUser ?? null)
      ? person
      : null;
  }
}
