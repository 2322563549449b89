import { pageComplexity } from '../../common/graphql/page-complexity';
import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { DEFAULT_PROFILE_VISIBILITY, type ProfileVisibility } from '@oip/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Public } from '../../common/auth/decorators';
import type { GraphQLContext } from '../../common/graphql/context';
import { PeopleFilter, ProfileInput } from './dto/profile.inputs';
import type { PersonProfileEntity } from './entities/person-profile.entity';
import { Person, PersonLink, PersonPage, ProfileVisibilityEnum } from './models/person.model';
import { MAX_PEOPLE_PAGE_SIZE, PeopleDirectory } from './people.directory';
import { PeopleLoaders } from './people.loaders';
import { peoplePolicy } from './people.policy';
import { avatarUrlOf, PeopleService } from './people.service';

@Resolver(() => Person)
export class PeopleResolver {
  constructor(
    private readonly service: PeopleService,
    private readonly directory: PeopleDirectory,
    private readonly loaders: PeopleLoaders,
  ) {}

  @Public()
  @Query(() => Person, {
    nullable: true,
    description: 'A person; null when unknown, erased, or MEMBERS-only and the caller is anonymous',
  })
  async person(
    @Args('id', { type: () => ID }) id: string,
    @Context() context: GraphQLContext,
  ): Promise<Person | null> {
    return this.loaders.visiblePerson(context, id);
  }

  @Public()
  @Query(() => PersonPage, {
    description: `The people directory: filters, full-text search, ${MAX_PEOPLE_PAGE_SIZE} at most per page; anonymous callers see PUBLIC profiles only`,
    complexity: pageComplexity(MAX_PEOPLE_PAGE_SIZE),
  })
  async people(
    @Args('filter', { type: () => PeopleFilter, defaultValue: {} }) filter: PeopleFilter,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @CurrentUser() viewer: AuthUser | null,
    @Context() context: GraphQLContext,
  ): Promise<PersonPage> {
    const page = await this.directory.page(filter, first, after, viewer);
    for (const profile of page.nodes) this.loaders.primeProfile(context, profile);
    return { nodes: page.nodes.map(toPerson), pageInfo: page.pageInfo };
  }

  @Query(() => Person, { description: 'The signed-in person’s own profile' })
  myProfile(@CurrentUser() user: AuthUser): Person {
    return { id: user.id, fullName: user.fullName };
  }

  @Mutation(() => Person, { description: 'Changes the given fields of one’s own profile' })
  async updateMyProfile(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ProfileInput,
    @Context() context: GraphQLContext,
  ): Promise<Person> {
    const profile = await this.service.updateMyProfile(user, input);
    this.loaders.primeProfile(context, profile);
    return toPerson(profile);
  }

  @ResolveField(() => String, {
    description:
      'One line about the person. Like every profile field, empty when none, or when the profile is MEMBERS-only and the caller anonymous (as in an organisation’s members)',
  })
  async headline(@Parent() person: Person, @Context() context: GraphQLContext) {
    return (await this.visibleProfile(context, person))?.headline ?? '';
  }

  @ResolveField(() => String)
  async bio(@Parent() person: Person, @Context() context: GraphQLContext) {
    return (await this.visibleProfile(context, person))?.bio ?? '';
  }

  @ResolveField(() => [String], { description: 'Expertise tags' })
  async expertise(@Parent() person: Person, @Context() context: GraphQLContext) {
    return (await this.visibleProfile(context, person))?.expertise ?? [];
  }

  @ResolveField(() => [String], { description: 'Spoken languages (ISO 639-1 codes)' })
  async languages(@Parent() person: Person, @Context() context: GraphQLContext) {
    return (await this.visibleProfile(context, person))?.languages ?? [];
  }

  @ResolveField(() => [PersonLink])
  async links(@Parent() person: Person, @Context() context: GraphQLContext): Promise<PersonLink[]> {
    return (await this.visibleProfile(context, person))?.links ?? [];
  }

  @ResolveField(() => String, { nullable: true, description: 'A 512×512 WebP image' })
  async avatarUrl(@Parent() person: Person, @Context() context: GraphQLContext) {
    return avatarUrlOf((await this.visibleProfile(context, person))?.avatarKey);
  }

  @ResolveField(() => ProfileVisibilityEnum)
  async visibility(
    @Parent() person: Person,
    @Context() context: GraphQLContext,
  ): Promise<ProfileVisibility> {
    return (
      (await this.loaders.profile(context, person.id))?.visibility ?? DEFAULT_PROFILE_VISIBILITY
    );
  }

  /**
   * The profile behind a Person, or null when there is none or the caller may not see it:
   * where a person appears without `person(id)`'s check (an organisation's members), a
   * MEMBERS-only profile shows an anonymous caller the name only.
   */
  private async visibleProfile(
    context: GraphQLContext,
    person: Person,
  ): Promise<PersonProfileEntity | null> {
    const profile = await this.loaders.profile(context, person.id);
    return profile && peoplePolicy.canSee(profile.visibility, context.req.authUser ?? null)
      ? profile
      : null;
  }
}

function toPerson(profile: PersonProfileEntity): Person {
  return { id: profile.userId, fullName: profile.fullName };
}
