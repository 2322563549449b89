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
import { CurrentUser, Public } from '../../../common/auth/decorators';
import type { GraphQLContext } from '../../../common/graphql/context';
import { Organisation } from '../models/organisation.model';
import { OrganisationLoaders } from '../organisations.loaders';
import { organisationPolicy } from '../organisations.policy';
import { toModel } from '../organisations.resolver';
import type { InvitationRole } from './entities/organisation-invitation.entity';
import { InvitationLoaders } from './invitations.loaders';
import { InvitationsService } from './invitations.service';
import { listSize, MAX_PENDING_LIST } from './invitations.shared';
import { Invitation, InvitationPreview, InvitationRoleEnum } from './models/invitation.model';
import { JoinRequest } from './models/join-request.model';

const listComplexity = ({
  args,
  childComplexity,
}: {
  args: Record<string, unknown>;
  childComplexity: number;
}) => listSize(Number(args.first)) * childComplexity;

@Resolver(() => Invitation)
export class InvitationsResolver {
  constructor(private readonly service: InvitationsService) {}

  @Mutation(() => Invitation, {
    description:
      'Owners and admins: invites an email address with a role and mails it a link valid for 7 days; a pending invitation of the same address is replaced',
  })
  async inviteMember(
    @CurrentUser() user: AuthUser,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('email') email: string,
    @Args('role', { type: () => InvitationRoleEnum }) role: InvitationRole,
    @Args('locale', {
      type: () => String,
      nullable: true,
      description: 'Language of the mail: it (default) or en',
    })
    locale: string | null,
  ): Promise<Invitation> {
    const row = await this.service.invite(user, organisationId, email, role, locale);
    return {
      id: row.id,
      email: row.email,
      role: row.role,
      invitedBy: { id: user.id, fullName: user.fullName },
      createdAt: row.createdAt,
      expiresAt: row.expiresAt,
    };
  }

  @Mutation(() => Boolean, { description: 'Owners and admins: withdraws a pending invitation' })
  async revokeInvitation(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    await this.service.revoke(user, id);
    return true;
  }

  @Public()
  @Query(() => InvitationPreview, {
    description:
      'The invitation behind an emailed link; TOKEN_INVALID when unknown, used, revoked or expired',
  })
  async invitation(@Args('token') token: string): Promise<InvitationPreview> {
    const { invitation, organisation, inviterName } = await this.service.preview(token);
    return {
      organisation: toModel(organisation)!,
      role: invitation.role,
      inviterName,
      email: invitation.email,
      expiresAt: invitation.expiresAt,
    };
  }

  @Mutation(() => Organisation, {
    description:
      'Accepts an invitation: the caller’s verified email must be the invited one (else INVITATION_EMAIL_MISMATCH); returns the organisation joined',
  })
  async acceptInvitation(
    @CurrentUser() user: AuthUser,
    @Args('token') token: string,
  ): Promise<Organisation> {
    return toModel(await this.service.accept(user, token))!;
  }
}

/**
 * Organisation fields only its owners and admins (and platform admins) see. Anyone else gets an
 * empty list rather than FORBIDDEN: the fields can be selected on every organisation of a
 * directory page without failing it, and an empty list reveals nothing.
 */
@Resolver(() => Organisation)
export class OrganisationInvitationFieldsResolver {
  constructor(
    private readonly organisations: OrganisationLoaders,
    private readonly loaders: InvitationLoaders,
  ) {}

  @ResolveField(() => [Invitation], {
    description: `Pending invitations, newest first (owners and admins; empty for anyone else; at most ${MAX_PENDING_LIST})`,
    complexity: listComplexity,
  })
  async invitations(
    @Parent() organisation: Organisation,
    @Context() context: GraphQLContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<Invitation[]> {
    if (!(await this.mayManage(context, organisation.id))) return [];
    return (await this.loaders.pendingInvitations(context, organisation.id)).slice(
      0,
      listSize(first),
    );
  }

  @ResolveField(() => [JoinRequest], {
    description: `Pending requests to join, oldest first (owners and admins; empty for anyone else; at most ${MAX_PENDING_LIST})`,
    complexity: listComplexity,
  })
  async joinRequests(
    @Parent() organisation: Organisation,
    @Context() context: GraphQLContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<JoinRequest[]> {
    if (!(await this.mayManage(context, organisation.id))) return [];
    return (await this.loaders.pendingJoinRequests(context, organisation.id)).slice(
      0,
      listSize(first),
    );
  }

  private async mayManage(context: GraphQLContext, organisationId: string): Promise<boolean> {
    const user = context.req.authUser;
    if (!user) return false;
    const role = await this.organisations.myRole(context, user.id, organisationId);
    try {
      organisationPolicy.manageMembers(user, role);
      return true;
    } catch {
      return false;
    }
  }
}
