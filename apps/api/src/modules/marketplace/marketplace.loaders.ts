import { Injectable } from '@nestjs/common';
import type { OrganisationRole } from '@oip/domain';
import DataLoader from 'dataloader';
import { requestScopedLoader, type GraphQLContext } from '../../common/graphql/context';
import type { Attachment } from '../files/models/attachment.model';
import type { MembershipEntity } from '../organisations/entities/membership.entity';
import type { OrganisationEntity } from '../organisations/entities/organisation.entity';
import { OrganisationLoaders } from '../organisations/organisations.loaders';
import { OrganisationsService } from '../organisations/organisations.service';
import type { EntityOf, MarketplaceKind } from './marketplace.kinds';
import type { MarketplaceViewer } from './marketplace.policy';
import { MarketplaceService } from './marketplace.service';
import { OfferAttachmentsService } from './offer-attachments.service';

/** Every relation of offers and requests, batched per request. */
@Injectable()
export class MarketplaceLoaders {
  constructor(
    private readonly marketplace: MarketplaceService,
    private readonly organisations: OrganisationsService,
    private readonly organisationLoaders: OrganisationLoaders,
    private readonly offerAttachments: OfferAttachmentsService,
  ) {}

  /** An offer or request by id, whoever may see it (callers apply the policy). */
  byId<K extends MarketplaceKind>(
    context: GraphQLContext,
    kind: K,
    id: string,
  ): Promise<EntityOf<K> | null> {
    return requestScopedLoader(
      context,
      this.byIdKeys[kind],
      () =>
        new DataLoader<string, EntityOf<K> | null>(async (ids) => {
          const rows = await this.marketplace.findByIds(kind, ids);
          return ids.map((key) => rows.find((row) => row.id === key) ?? null);
        }),
    ).load(id);
  }

  /** An offer's attachments (a page of offers: one query). */
  attachments(context: GraphQLContext, offerId: string): Promise<Attachment[]> {
    return requestScopedLoader(
      context,
      this.attachmentsKey,
      () => new DataLoader<string, Attachment[]>((ids) => this.offerAttachments.listOf(ids)),
    ).load(offerId);
  }

  /** The current members of an organisation (contact persons must be among them). */
  members(context: GraphQLContext, organisationId: string): Promise<MembershipEntity[]> {
    return this.organisationLoaders.members(context, organisationId);
  }

  organisation(context: GraphQLContext, id: string): Promise<OrganisationEntity | null> {
    return this.organisationLoaders.byId(context, id);
  }

  /** The caller's role in the owning organisation (for the policy), batched over a page. */
  async viewer(context: GraphQLContext, organisationId: string): Promise<MarketplaceViewer> {
    const user = context.req.authUser ?? null;
    if (!user) return { user, ownerRole: null };
    const ownerRole = await requestScopedLoader(
      context,
      this.roleKey,
      () =>
        new DataLoader<string, OrganisationRole | null>((ids) =>
          this.organisations.rolesOf(user.id, ids),
        ),
    ).load(organisationId);
    return { user, ownerRole };
  }

  // one loader per relation: distinct keys in the request's loader map
  private readonly byIdKeys = { offer: {}, request: {} };
  private readonly roleKey = {};
  private readonly attachmentsKey = {};
}
