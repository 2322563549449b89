import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { AuthUser } from '../../common/auth/auth-user';
import { requestScopedLoader, type GraphQLContext } from '../../common/graphql/context';
import type { OrganisationEntity } from '../organisations/entities/organisation.entity';
import { OrganisationLoaders } from '../organisations/organisations.loaders';
import type { PartnershipMessageEntity } from './entities/partnership-message.entity';
import type { Partnership } from './models/partnership.model';
import { PartnershipsDirectory } from './partnerships.directory';
import type { PartnershipViewer } from './partnerships.policy';

/** Every relation of partnerships, batched per request: a page costs a constant number of queries. */
@Injectable()
export class PartnershipLoaders {
  constructor(
    private readonly directory: PartnershipsDirectory,
    private readonly organisations: OrganisationLoaders,
  ) {}

  organisation(context: GraphQLContext, id: string): Promise<OrganisationEntity | null> {
    return this.organisations.byId(context, id);
  }

  messages(context: GraphQLContext, partnershipId: string): Promise<PartnershipMessageEntity[]> {
    return requestScopedLoader(
      context,
      this.messagesKey,
      () =>
        new DataLoader<string, PartnershipMessageEntity[]>((ids) => this.directory.messagesOf(ids)),
    ).load(partnershipId);
  }

  /** The caller's roles in both organisations (for the viewerCan… fields), batched over a page. */
  async viewer(
    context: GraphQLContext,
    partnership: Pick<Partnership, 'initiatorOrganisationId' | 'recipientOrganisationId'>,
  ): Promise<PartnershipViewer> {
    const user: AuthUser | null = context.req.authUser ?? null;
    if (!user) return { user, initiatorRole: null, recipientRole: null };
    const [initiatorRole, recipientRole] = await Promise.all([
      this.organisations.myRole(context, user.id, partnership.initiatorOrganisationId),
      this.organisations.myRole(context, user.id, partnership.recipientOrganisationId),
    ]);
    return { user, initiatorRole, recipientRole };
  }

  private readonly messagesKey = {};
}
