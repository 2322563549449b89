import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { requestScopedLoader, type GraphQLContext } from '../../common/graphql/context';
import type { PersonProfileEntity } from './entities/person-profile.entity';
import type { Person } from './models/person.model';
import { peoplePolicy } from './people.policy';
import { PeopleService } from './people.service';

/**
 * Every lookup of a person or a profile, batched per request: a directory page or an
 * organisation's member list costs one profile query, whatever its size.
 */
@Injectable()
export class PeopleLoaders {
  constructor(private readonly people: PeopleService) {}

  /** A live account as a person (null when unknown or erased). */
  person(context: GraphQLContext, id: string): Promise<Person | null> {
    return this.personLoader(context).load(id);
  }

  /** A live account's profile (null when it has none yet, or is erased). */
  profile(context: GraphQLContext, userId: string): Promise<PersonProfileEntity | null> {
    return this.profileLoader(context).load(userId);
  }

  /**
   * The person if the caller may see them (their profile's visibility, decided by
   * peoplePolicy), null otherwise or when unknown: for whoever appears as an actor or author.
   */
  async visiblePerson(context: GraphQLContext, id: string): Promise<Person | null> {
    const [person, profile] = await Promise.all([
      this.person(context, id),
      this.profile(context, id),
    ]);
    return person && peoplePolicy.canSee(profile?.visibility, context.req.authUser ?? null)
      ? person
      : null;
  }

  /** Records a profile this request already holds (a directory row, an update's result). */
  primeProfile(context: GraphQLContext, profile: PersonProfileEntity): void {
    this.profileLoader(context).clear(profile.userId).prime(profile.userId, profile);
  }

  private personLoader(context: GraphQLContext) {
    return requestScopedLoader(
      context,
      this.personKey,
      () => new DataLoader<string, Person | null>((ids) => this.people.peopleOf(ids)),
    );
  }

  private profileLoader(context: GraphQLContext) {
    return requestScopedLoader(
      context,
      this.profileKey,
      () =>
        new DataLoader<string, PersonProfileEntity | null>((ids) => this.people.profilesOf(ids)),
    );
  }

  // one loader per relation: distinct keys in the request's loader map
  private readonly personKey = {};
  private readonly profileKey = {};
}
