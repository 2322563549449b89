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
import type { OrganisationRole } from '@oip/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Public } from '../../common/auth/decorators';
import type { GraphQLContext } from '../../common/graphql/context';
import { OrganisationFilter, OrganisationInput } from './dto/organisation.inputs';
import type { OrganisationEntity } from './entities/organisation.entity';
import {
  Member,
  Organisation,
  OrganisationPage,
  OrganisationRoleEnum,
} from './models/organisation.model';
import { MAX_PAGE_SIZE, OrganisationsDirectory } from './organisations.directory';
import { OrganisationLoaders } from './organisations.loaders';
import { OrganisationsService } from './organisations.service';

const MY_ORGANISATIONS_MAX = 20;

@Resolver(() => Organisation)
export class OrganisationsResolver {
  constructor(
    private readonly service: OrganisationsService,
    private readonly directory: OrganisationsDirectory,
    private readonly loaders: OrganisationLoaders,
  ) {}

  @Public()
  @Query(() => Organisation, { nullable: true })
  async organisation(
    @Args('id', { type: () => ID }) id: string,
    @Context() context: GraphQLContext,
  ) {
    return toModel(await this.loaders.byId(context, id));
  }

  @Public()
  @Query(() => OrganisationPage, {
    description: `The directory: filters, full-text search, ${MAX_PAGE_SIZE} at most per page`,
    complexity: pageComplexity(MAX_PAGE_SIZE),
  })
  async organisations(
    @Args('filter', { type: () => OrganisationFilter, defaultValue: {} })
    filter: OrganisationFilter,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<OrganisationPage> {
    const page = await this.directory.page(filter, first, after);
    return { nodes: page.nodes.map((row) => toModel(row)!), pageInfo: page.pageInfo };
  }

  @Query(() => [Organisation], {
    description: `The organisations the caller belongs to (any role), by name; at most ${MY_ORGANISATIONS_MAX}`,
    complexity: ({ childComplexity }) => MY_ORGANISATIONS_MAX * childComplexity,
  })
  async myOrganisations(@CurrentUser() user: AuthUser): Promise<Organisation[]> {
    const rows = await this.service.organisationsOf(user.id, MY_ORGANISATIONS_MAX);
    return rows.map((row) => toModel(row)!);
  }

  @Mutation(() => Organisation, {
    description: 'Creates an organisation; the caller becomes its owner',
  })
  async createOrganisation(@CurrentUser() user: AuthUser, @Args('input') input: OrganisationInput) {
    return toModel(await this.service.create(user, input));
  }

  @Mutation(() => Organisation)
  async updateOrganisation(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: OrganisationInput,
  ) {
    return toModel(await this.service.update(user, id, input));
  }

  @Mutation(() => Organisation, {
    description: 'Moderators: mark an organisation as verified, or not',
  })
  async verifyOrganisation(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('verified', { defaultValue: true }) verified: boolean,
  ) {
    return toModel(await this.service.setVerified(user, id, verified));
  }

  @Mutation(() => Organisation, {
    description:
      'Its owners, moderators, platform admins: leaves matches, cannot publish (ORGANISATION_ALREADY_INACTIVE if it is)',
  })
  async deactivateOrganisation(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return toModel(await this.service.setActive(user, id, false));
  }

  @Mutation(() => Organisation, {
    description:
      'Undoes deactivateOrganisation (same callers; ORGANISATION_ALREADY_ACTIVE if it is)',
  })
  async reactivateOrganisation(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return toModel(await this.service.setActive(user, id, true));
  }

  @Mutation(() => Boolean)
  async changeMemberRole(
    @CurrentUser() user: AuthUser,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => OrganisationRoleEnum }) role: OrganisationRole,
  ) {
    await this.service.changeRole(user, organisationId, userId, role);
    return true;
  }

  @Mutation(() => Boolean)
  async removeMember(
    @CurrentUser() user: AuthUser,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ) {
    await this.service.removeMember(user, organisationId, userId);
    return true;
  }

  @Mutation(() => Boolean)
  async leaveOrganisation(
    @CurrentUser() user: AuthUser,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ) {
    await this.service.removeMember(user, organisationId, user.id);
    return true;
  }

  @Mutation(() => Boolean)
  async transferOwnership(
    @CurrentUser() user: AuthUser,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ) {
    await this.service.transferOwnership(user, organisationId, userId);
    return true;
  }

  @ResolveField(() => Organisation, { nullable: true })
  async parent(@Parent() organisation: Organisation, @Context() context: GraphQLContext) {
    return organisation.parentId
      ? toModel(await this.loaders.byId(context, organisation.parentId))
      : null;
  }

  @ResolveField(() => [Organisation], {
    description: 'Sub-organisations (at most 100)',
    complexity: ({ childComplexity }) => 100 * childComplexity,
  })
  async children(@Parent() organisation: Organisation, @Context() context: GraphQLContext) {
    return (await this.loaders.children(context, organisation.id)).map((row) => toModel(row)!);
  }

  @ResolveField(() => [Member], {
    complexity: pageComplexity(100),
  })
  async members(
    @Parent() organisation: Organisation,
    @Context() context: GraphQLContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<Member[]> {
    const rows = await this.loaders.members(context, organisation.id);
    return rows.slice(0, Math.max(0, Math.min(first, 100))).map((row) => ({
      person: { id: row.userId, fullName: row.user?.fullName ?? '' },
      role: row.role,
      joinedAt: row.joinedAt,
    }));
  }

  @Public()
  @ResolveField(() => OrganisationRoleEnum, {
    nullable: true,
    description: 'The caller’s role here, if a member',
  })
  myRole(@Parent() organisation: Organisation, @Context() context: GraphQLContext) {
    const user = context.req.authUser;
    return user ? this.loaders.myRole(context, user.id, organisation.id) : null;
  }
}

export function toModel(row: OrganisationEntity | null): Organisation | null {
  if (!row) return null;
  return {
    id: row.id,
    kind: row.kind,
    legalName: row.legalName,
    displayName: row.displayName,
    vatNumber: row.vatNumber,
    website: row.website,
    country: row.country,
    region: row.region,
    province: row.province,
    sizeBand: row.sizeBand,
    atecoSection: row.atecoSection,
    s3Ecosystems: row.s3Ecosystems,
    competences: row.competences,
    trlMin: row.trlMin,
    trlMax: row.trlMax,
    description: { it: row.descriptionIt, en: row.descriptionEn },
    logoUrl: row.logoKey ? `/uploads/${row.logoKey}` : null,
    parentId: row.parentId,
    verified: row.verifiedAt !== null,
    active: row.deactivatedAt === null,
    deactivatedAt: row.deactivatedAt,
    createdAt: row.createdAt,
  };
}
