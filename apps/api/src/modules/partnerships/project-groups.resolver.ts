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
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/decorators';
import type { GraphQLContext } from '../../common/graphql/context';
import { pageComplexity } from '../../common/graphql/page-complexity';
import { Organisation } from '../organisations/models/organisation.model';
import { toModel as toOrganisation } from '../organisations/organisations.resolver';
import { FormProjectGroupInput } from './dto/partnership.inputs';
import { ProjectGroup } from './models/partnership.model';
import { PartnershipLoaders } from './partnerships.loaders';
import { MAX_PROJECT_GROUPS, ProjectGroupsService } from './project-groups.service';

@Resolver(() => ProjectGroup)
export class ProjectGroupsResolver {
  constructor(
    private readonly service: ProjectGroupsService,
    private readonly loaders: PartnershipLoaders,
  ) {}

  @Query(() => [ProjectGroup], {
    description: `The project groups an organisation owns or belongs to, newest first (at most ${MAX_PROJECT_GROUPS}); members of that organisation only`,
    complexity: pageComplexity(MAX_PROJECT_GROUPS),
  })
  projectGroups(
    @CurrentUser() user: AuthUser,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('first', { type: () => Int, defaultValue: MAX_PROJECT_GROUPS }) first: number,
  ): Promise<ProjectGroup[]> {
    return this.service.listFor(user, organisationId, first);
  }

  @Mutation(() => ProjectGroup, {
    description:
      'Owners and admins of the item’s organisation: one private room with at least two of its ACTIVE partners on that item',
  })
  formProjectGroup(
    @CurrentUser() user: AuthUser,
    @Args('input') input: FormProjectGroupInput,
  ): Promise<ProjectGroup> {
    return this.service.form(user, input);
  }

  @ResolveField(() => Organisation, { description: 'The organisation that owns the item' })
  async owner(@Parent() group: ProjectGroup, @Context() context: GraphQLContext) {
    return toOrganisation(await this.loaders.organisation(context, group.ownerOrganisationId));
  }

  @ResolveField(() => [Organisation], {
    description: 'The partner organisations (the owner is `owner`)',
  })
  async members(@Parent() group: ProjectGroup, @Context() context: GraphQLContext) {
    const rows = await Promise.all(
      group.memberOrganisationIds.map((id) => this.loaders.organisation(context, id)),
    );
    return rows.flatMap((row) => {
      const model = toOrganisation(row);
      return model ? [model] : [];
    });
  }
}
