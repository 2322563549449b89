import { Injectable } from '@nestjs/common';
import type { OrganisationRole } from '@oip/domain';
import DataLoader from 'dataloader';
import { requestScopedLoader, type GraphQLContext } from '../../common/graphql/context';
import type { OrganisationEntity } from '../organisations/entities/organisation.entity';
import { OrganisationsService } from '../organisations/organisations.service';
import type { ChallengeTransitionEntity } from './entities/challenge-transition.entity';
import type { ChallengeEntity } from './entities/challenge.entity';
import type { ChallengeViewer } from './challenges.policy';
import { ChallengesService } from './challenges.service';

/** Every relation of Challenge, batched per request: a page costs a constant number of queries. */
@Injectable()
export class ChallengeLoaders {
  constructor(
    private readonly challenges: ChallengesService,
    private readonly organisations: OrganisationsService,
  ) {}

  /** A challenge by id, whoever may see it (callers apply the policy). */
  byId(context: GraphQLContext, id: string): Promise<ChallengeEntity | null> {
    return requestScopedLoader(
      context,
      this.byIdKey,
      () =>
        new DataLoader<string, ChallengeEntity | null>(async (ids) => {
          const rows = await this.challenges.findByIds(ids);
          return ids.map((key) => rows.find((row) => row.id === key) ?? null);
        }),
    ).load(id);
  }

  organisation(context: GraphQLContext, id: string): Promise<OrganisationEntity | null> {
    return requestScopedLoader(
      context,
      this.organisationKey,
      () =>
        new DataLoader<string, OrganisationEntity | null>(async (ids) => {
          const rows = await this.organisations.findByIds(ids);
          return ids.map((key) => rows.find((row) => row.id === key) ?? null);
        }),
    ).load(id);
  }

  transitions(context: GraphQLContext, challengeId: string): Promise<ChallengeTransitionEntity[]> {
    return requestScopedLoader(
      context,
      this.transitionsKey,
      () =>
        new DataLoader<string, ChallengeTransitionEntity[]>((ids) =>
          this.challenges.transitionsOf(ids),
        ),
    ).load(challengeId);
  }

  invitedOrganisationIds(context: GraphQLContext, challengeId: string): Promise<string[]> {
    return requestScopedLoader(
      context,
      this.invitedKey,
      () => new DataLoader<string, string[]>((ids) => this.challenges.invitedOrganisationsOf(ids)),
    ).load(challengeId);
  }

  /** The caller's relation to a challenge (for the policy), batched over a page. */
  async viewer(
    context: GraphQLContext,
    challenge: Pick<ChallengeEntity, 'id' | 'organisationId'>,
  ): Promise<ChallengeViewer> {
    const user = context.req.authUser ?? null;
    if (!user) return { user, ownerRole: null, invited: false };
    const [ownerRole, invited] = await Promise.all([
      requestScopedLoader(
        context,
        this.roleKey,
        () =>
          new DataLoader<string, OrganisationRole | null>((ids) =>
            this.organisations.rolesOf(user.id, ids),
          ),
      ).load(challenge.organisationId),
      requestScopedLoader(
        context,
        this.invitedViewerKey,
        () => new DataLoader<string, boolean>((ids) => this.challenges.invitedAmong(user.id, ids)),
      ).load(challenge.id),
    ]);
    return { user, ownerRole, invited };
  }

  follows(context: GraphQLContext, userId: string, challengeId: string): Promise<boolean> {
    return requestScopedLoader(
      context,
      this.followsKey,
      () => new DataLoader<string, boolean>((ids) => this.challenges.followsAmong(userId, ids)),
    ).load(challengeId);
  }

  // one loader per relation: distinct keys in the request's loader map
  private readonly byIdKey = {};
  private readonly organisationKey = {};
  private readonly transitionsKey = {};
  private readonly invitedKey = {};
  private readonly roleKey = {};
  private readonly invitedViewerKey = {};
  private readonly followsKey = {};
}
