import { Injectable } from '@nestjs/common';
import type { OrganisationRole } from '@oip/domain';
import DataLoader from 'dataloader';
import { requestScopedLoader, type GraphQLContext } from '../../common/graphql/context';
import type { MembershipEntity } from './entities/membership.entity';
import type { OrganisationEntity } from './entities/organisation.entity';
import { OrganisationsService } from './organisations.service';

/** Every relation of Organisation, batched per request: a page costs a constant number of queries. */
@Injectable()
export class OrganisationLoaders {
  constructor(private readonly organisations: OrganisationsService) {}

  byId(context: GraphQLContext, id: string): Promise<OrganisationEntity | null> {
    return requestScopedLoader(
      context,
      this.byIdKey,
      () =>
        new DataLoader<string, OrganisationEntity | null>(async (ids) => {
          const rows = await this.organisations.findByIds(ids);
          return ids.map((key) => rows.find((row) => row.id === key) ?? null);
        }),
    ).load(id);
  }

  children(context: GraphQLContext, id: string): Promise<OrganisationEntity[]> {
    return requestScopedLoader(
      context,
      this.childrenKey,
      () =>
        new DataLoader<string, OrganisationEntity[]>((ids) => this.organisations.childrenOf(ids)),
    ).load(id);
  }

  members(context: GraphQLContext, id: string): Promise<MembershipEntity[]> {
    return requestScopedLoader(
      context,
      this.membersKey,
      () => new DataLoader<string, MembershipEntity[]>((ids) => this.organisations.membersOf(ids)),
    ).load(id);
  }

  /** The caller's role in an organisation (null when not a member). */
  myRole(
    context: GraphQLContext,
    userId: string,
    organisationId: string,
  ): Promise<OrganisationRole | null> {
    return requestScopedLoader(
      context,
      this.myRoleKey,
      () =>
        new DataLoader<string, OrganisationRole | null>((ids) =>
          this.organisations.rolesOf(userId, ids),
        ),
    ).load(organisationId);
  }

  // one loader per relation: distinct keys in the request's loader map
  private readonly byIdKey = {};
  private readonly childrenKey = {};
  private readonly membersKey = {};
  private readonly myRoleKey = {};
}
