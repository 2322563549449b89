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
import type { AuthUser } from '../../../common/auth/auth-user';
import type { GraphQLContext } from '../../../common/graphql/context';
import { Organisation } from '../models/organisation.model';
import { OrganisationLoaders } from '../organisations.loaders';
import { toModel } from '../organisations.resolver';
import { CurrentUser } from '../../../common/auth/decorators';
import { listSize, MAX_PENDING_LIST } from './invitations.shared';
import { JOIN_REQUEST_MESSAGE_MAX, JoinRequestsService } from './join-requests.service';
import { JoinRequest } from './models/join-request.model';

@Resolver(() => JoinRequest)
export class JoinRequestsResolver {
  constructor(
    private readonly service: JoinRequestsService,
    private readonly organisations: OrganisationLoaders,
  ) {}

  @Query(() => [JoinRequest], {
    description: `The caller’s requests to join organisations, newest first (at most ${MAX_PENDING_LIST})`,
    complexity: ({ args, childComplexity }) => listSize(Number(args.first)) * childComplexity,
  })
  myJoinRequests(
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<JoinRequest[]> {
    return this.service.mine(user, first);
  }

  @Mutation(() => JoinRequest, {
    description: `Asks to join an organisation (verified email; one pending request per organisation; message up to ${JOIN_REQUEST_MESSAGE_MAX} characters); its owners and admins are told by mail`,
  })
  requestToJoin(
    @CurrentUser() user: AuthUser,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('message', { type: () => String, nullable: true }) message: string | null,
  ): Promise<JoinRequest> {
    return this.service.request(user, organisationId, message);
  }

  @Mutation(() => JoinRequest, {
    description: 'Owners and admins: the requester becomes a member, and is told by mail',
  })
  approveJoinRequest(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<JoinRequest> {
    return this.service.approve(user, id);
  }

  @Mutation(() => JoinRequest, {
    description: 'Owners and admins: declines a request; the requester is told by mail',
  })
  rejectJoinRequest(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<JoinRequest> {
    return this.service.reject(user, id);
  }

  @ResolveField(() => Organisation)
  async organisation(
    @Parent() request: JoinRequest,
    @Context() context: GraphQLContext,
  ): Promise<Organisation> {
    return toModel(await this.organisations.byId(context, request.organisationId))!;
  }
}
