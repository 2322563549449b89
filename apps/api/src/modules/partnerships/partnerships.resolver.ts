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
import type { PartnershipItemType } from '@oip/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Public } from '../../common/auth/decorators';
import { AppError } from '../../common/errors/app-error';
import type { GraphQLContext } from '../../common/graphql/context';
import { pageComplexity } from '../../common/graphql/page-complexity';
import { Organisation } from '../organisations/models/organisation.model';
import { toModel as toOrganisation } from '../organisations/organisations.resolver';
import { ExpressInterestInput } from './dto/partnership.inputs';
import type { PartnershipEntity } from './entities/partnership.entity';
import {
  PartnershipBoxEnum,
  PartnershipItemTypeEnum,
  type PartnershipBox,
} from './models/partnership.enums';
import {
  Partnership,
  PartnershipConnection,
  PartnershipMessage,
  PendingPartnershipDecisions,
} from './models/partnership.model';
import {
  MAX_OPEN_PARTNERSHIPS,
  MAX_PARTNERSHIP_PAGE_SIZE,
  PartnershipsDirectory,
} from './partnerships.directory';
import { PartnershipLoaders } from './partnerships.loaders';
import { partnershipPolicy } from './partnerships.policy';
import { PartnershipsService } from './partnerships.service';

@Resolver(() => Partnership)
export class PartnershipsResolver {
  constructor(
    private readonly service: PartnershipsService,
    private readonly directory: PartnershipsDirectory,
    private readonly loaders: PartnershipLoaders,
  ) {}

  @Query(() => PartnershipConnection, {
    description: `An organisation's partnerships in one box of its inbox, newest first (${MAX_PARTNERSHIP_PAGE_SIZE} at most per page); members of that organisation only`,
    complexity: pageComplexity(MAX_PARTNERSHIP_PAGE_SIZE),
  })
  async partnerships(
    @CurrentUser() user: AuthUser,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('box', { type: () => PartnershipBoxEnum }) box: PartnershipBox,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<PartnershipConnection> {
    const page = await this.directory.page(user, organisationId, box, first, after);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: toModel(e.node) })) };
  }

  @Public()
  @Query(() => [PendingPartnershipDecisions], {
    description:
      "Proposals waiting for the caller's decision (PROPOSED, received by an organisation the caller owns or administers), per organisation with any, the most first; empty for anonymous callers",
  })
  pendingPartnershipDecisions(
    @CurrentUser() user: AuthUser | null,
  ): Promise<PendingPartnershipDecisions[]> {
    return this.directory.awaitingDecision(user);
  }

  @Public()
  @Query(() => [Partnership], {
    description: `The PROPOSED and ACTIVE partnerships of the caller's organisations (a member of either side), optionally about one item (itemType and itemId together), newest first, ${MAX_OPEN_PARTNERSHIPS} at most; empty for anonymous callers`,
    complexity: pageComplexity(MAX_OPEN_PARTNERSHIPS),
  })
  async myOpenPartnerships(
    @CurrentUser() user: AuthUser | null,
    @Args('itemType', { type: () => PartnershipItemTypeEnum, nullable: true })
    itemType: PartnershipItemType | null | undefined,
    @Args('itemId', { type: () => ID, nullable: true }) itemId: string | null | undefined,
    @Args('first', { type: () => Int, defaultValue: MAX_OPEN_PARTNERSHIPS }) first: number,
  ): Promise<Partnership[]> {
    if (!itemType !== !itemId)
      throw new AppError('BAD_USER_INPUT', { field: itemType ? 'itemId' : 'itemType' });
    const item = itemType && itemId ? { type: itemType, id: itemId } : null;
    return (await this.directory.openForViewer(user, item, first)).map(toModel);
  }

  @Query(() => Partnership, {
    nullable: true,
    description:
      'A partnership: members of either organisation, moderators and platform admins; NOT_FOUND for anyone else',
  })
  async partnership(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Partnership> {
    return toModel((await this.service.findVisible(user, id)).partnership);
  }

  @Mutation(() => Partnership, {
    description:
      'Owners and admins of fromOrganisationId: proposes a partnership about a published item; a duplicate or crossing request on the same pair and item merges into the live one (a crossing one makes it ACTIVE)',
  })
  async expressInterest(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ExpressInterestInput,
  ): Promise<Partnership> {
    return toModel(await this.service.expressInterest(user, input));
  }

  @Mutation(() => Partnership, {
    description: 'Owners and admins of the recipient: PROPOSED → ACTIVE, the private room opens',
  })
  async acceptPartnership(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Partnership> {
    return toModel(await this.service.decide(user, id, 'accept'));
  }

  @Mutation(() => Partnership, {
    description:
      'Owners and admins of the recipient: PROPOSED → DECLINED, with an optional reason (at most 500 characters)',
  })
  async declinePartnership(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
  ): Promise<Partnership> {
    return toModel(await this.service.decide(user, id, 'decline', reason));
  }

  @Mutation(() => Partnership, {
    description: 'Owners and admins of the initiator: PROPOSED → WITHDRAWN',
  })
  async withdrawPartnership(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Partnership> {
    return toModel(await this.service.decide(user, id, 'withdraw'));
  }

  @Mutation(() => Partnership, {
    description: 'Owners and admins of either organisation: ACTIVE → CONCLUDED',
  })
  async concludePartnership(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Partnership> {
    return toModel(await this.service.decide(user, id, 'conclude'));
  }

  @ResolveField(() => Organisation, { description: 'Who expressed interest' })
  async initiator(@Parent() p: Partnership, @Context() context: GraphQLContext) {
    return toOrganisation(await this.loaders.organisation(context, p.initiatorOrganisationId));
  }

  @ResolveField(() => Organisation, { description: 'Whose owners and admins accept or decline' })
  async recipient(@Parent() p: Partnership, @Context() context: GraphQLContext) {
    return toOrganisation(await this.loaders.organisation(context, p.recipientOrganisationId));
  }

  @ResolveField(() => [PartnershipMessage], {
    description:
      'The interest message, plus the crossing one when merged (oldest first, at most 20)',
  })
  async messages(
    @Parent() p: Partnership,
    @Context() context: GraphQLContext,
  ): Promise<PartnershipMessage[]> {
    return (await this.loaders.messages(context, p.id)).map((m) => ({
      organisationId: m.organisationId,
      body: m.body,
      createdAt: m.createdAt,
    }));
  }

  @ResolveField(() => Boolean, { description: 'Owner or admin of the recipient, status PROPOSED' })
  async viewerCanDecide(@Parent() p: Partnership, @Context() context: GraphQLContext) {
    return partnershipPolicy.viewerCan(p, await this.loaders.viewer(context, p)).decide;
  }

  @ResolveField(() => Boolean, { description: 'Owner or admin of the initiator, status PROPOSED' })
  async viewerCanWithdraw(@Parent() p: Partnership, @Context() context: GraphQLContext) {
    return partnershipPolicy.viewerCan(p, await this.loaders.viewer(context, p)).withdraw;
  }

  @ResolveField(() => Boolean, { description: 'Owner or admin of either side, status ACTIVE' })
  async viewerCanConclude(@Parent() p: Partnership, @Context() context: GraphQLContext) {
    return partnershipPolicy.viewerCan(p, await this.loaders.viewer(context, p)).conclude;
  }
}

@Resolver(() => PartnershipMessage)
export class PartnershipMessageResolver {
  constructor(private readonly loaders: PartnershipLoaders) {}

  @ResolveField(() => Organisation, { description: 'On whose behalf it was written' })
  async organisation(@Parent() m: PartnershipMessage, @Context() context: GraphQLContext) {
    return toOrganisation(await this.loaders.organisation(context, m.organisationId));
  }
}

export function toModel(row: PartnershipEntity): Partnership {
  return {
    id: row.id,
    status: row.status,
    itemType: row.itemType,
    itemId: row.itemId,
    itemTitleIt: row.itemTitleIt,
    itemTitleEn: row.itemTitleEn,
    initiatorOrganisationId: row.initiatorOrganisationId,
    recipientOrganisationId: row.recipientOrganisationId,
    declineReason: row.declineReason,
    createdAt: row.createdAt,
    decidedAt: row.decidedAt,
    concludedAt: row.concludedAt,
    roomId: row.roomId,
  };
}
