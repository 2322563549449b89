import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { requestScopedLoader, type GraphQLContext } from '../../../common/graphql/context';
import { InvitationsService } from './invitations.service';
import { JoinRequestsService } from './join-requests.service';
import type { Invitation } from './models/invitation.model';
import type { JoinRequest } from './models/join-request.model';

/** Pending invitations and join requests per organisation, batched per request. */
@Injectable()
export class InvitationLoaders {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly joinRequests: JoinRequestsService,
  ) {}

  pendingInvitations(context: GraphQLContext, organisationId: string): Promise<Invitation[]> {
    return requestScopedLoader(
      context,
      this.invitationsKey,
      () => new DataLoader<string, Invitation[]>((ids) => this.invitations.pendingOf(ids)),
    ).load(organisationId);
  }

  pendingJoinRequests(context: GraphQLContext, organisationId: string): Promise<JoinRequest[]> {
    return requestScopedLoader(
      context,
      this.joinRequestsKey,
      () => new DataLoader<string, JoinRequest[]>((ids) => this.joinRequests.pendingOf(ids)),
    ).load(organisationId);
  }

  private readonly invitationsKey = {};
  private readonly joinRequestsKey = {};
}
