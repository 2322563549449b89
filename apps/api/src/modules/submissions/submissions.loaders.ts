import { Injectable } from '@nestjs/common';
import type { OrganisationRole } from '@oip/domain';
import DataLoader from 'dataloader';
import { requestScopedLoader, type GraphQLContext } from '../../common/graphql/context';
import { ChallengeLoaders } from '../challenges/challenges.loaders';
import { OrganisationsService } from '../organisations/organisations.service';
import type { SubmissionEntity } from './entities/submission.entity';
import {
  canReadSubmission,
  type SubmissionAccess,
  type SubmissionViewer,
} from './submissions.policy';
import { SubmissionsService } from './submissions.service';

const NO_ACCESS: SubmissionAccess = { isEvaluator: false, moderatorAccess: false };

/** Submissions and what the policy needs about the caller, batched per request. */
@Injectable()
export class SubmissionLoaders {
  constructor(
    private readonly submissions: SubmissionsService,
    private readonly organisations: OrganisationsService,
    readonly challenges: ChallengeLoaders,
  ) {}

  /** A submission if the caller may read it (the policy applied), else null. */
  async readable(context: GraphQLContext, id: string): Promise<SubmissionEntity | null> {
    const row = await this.byId(context, id);
    if (!row) return null;
    const challenge = await this.challenges.byId(context, row.challengeId);
    if (!challenge) return null;
    const [viewer, access] = await Promise.all([
      this.viewer(context, row, challenge),
      this.access(context, row.challengeId),
    ]);
    return canReadSubmission(viewer, row, access) ? row : null;
  }

  byId(context: GraphQLContext, id: string): Promise<SubmissionEntity | null> {
    return requestScopedLoader(
      context,
      this.byIdKey,
      () =>
        new DataLoader<string, SubmissionEntity | null>(async (ids) => {
          const rows = await this.submissions.findByIds(ids);
          return ids.map((key) => rows.find((row) => row.id === key) ?? null);
        }),
    ).load(id);
  }

  /** The caller's relation to a submission: role in the submitting and in the owner organisation. */
  async viewer(
    context: GraphQLContext,
    submission: Pick<SubmissionEntity, 'organisationId'>,
    challenge: { organisationId: string },
  ): Promise<SubmissionViewer> {
    const user = context.req.authUser ?? null;
    if (!user) return { user, submitterRole: null, ownerRole: null };
    const [submitterRole, ownerRole] = await Promise.all([
      this.role(context, submission.organisationId),
      this.role(context, challenge.organisationId),
    ]);
    return { user, submitterRole, ownerRole };
  }

  /** The caller's role in an organisation (null when not a member or anonymous). */
  role(context: GraphQLContext, organisationId: string): Promise<OrganisationRole | null> {
    const user = context.req.authUser;
    if (!user) return Promise.resolve(null);
    return requestScopedLoader(
      context,
      this.roleKey,
      () =>
        new DataLoader<string, OrganisationRole | null>((ids) =>
          this.organisations.rolesOf(user.id, ids),
        ),
    ).load(organisationId);
  }

  /** Whether the caller evaluates a challenge and whether its owner granted moderators access. */
  access(context: GraphQLContext, challengeId: string): Promise<SubmissionAccess> {
    const user = context.req.authUser;
    if (!user) return Promise.resolve(NO_ACCESS);
    return requestScopedLoader(
      context,
      this.accessKey,
      () =>
        new DataLoader<string, SubmissionAccess>((ids) =>
          this.submissions.accessAmong(user.id, ids),
        ),
    ).load(challengeId);
  }

  submittedCount(context: GraphQLContext, challengeId: string): Promise<number> {
    return requestScopedLoader(
      context,
      this.countKey,
      () => new DataLoader<string, number>((ids) => this.submissions.submittedCounts(ids)),
    ).load(challengeId);
  }

  // one loader per relation: distinct keys in the request's loader map
  private readonly byIdKey = {};
  private readonly roleKey = {};
  private readonly accessKey = {};
  private readonly countKey = {};
}
