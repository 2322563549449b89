import {
  CHALLENGE_ACTIONS,
  EDITABLE_CHALLENGE_STATUSES,
  mayPerform,
  transition,
  type ChallengeAction,
  type ChallengeActor,
  type ChallengeStatus,
  type OrganisationRole,
} from '@oip/domain';
import { Brackets, type SelectQueryBuilder, type WhereExpressionBuilder } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import type { ChallengeEntity } from './entities/challenge.entity';

/**
 * Who is looking at a challenge: the person (null when anonymous), their role in the owning
 * organisation, and whether one of their organisations is invited.
 */
export interface ChallengeViewer {
  user: AuthUser | null;
  ownerRole: OrganisationRole | null;
  invited: boolean;
}

/** Statuses only the owning organisation and the moderators see (the review queue). */
const PRIVATE_STATUSES: readonly ChallengeStatus[] = ['draft', 'in_review'];

const isStaff = (user: AuthUser | null) => user?.role === 'admin' || user?.role === 'moderator';
const isOwnerAdmin = (viewer: ChallengeViewer) =>
  viewer.ownerRole === 'owner' || viewer.ownerRole === 'admin';

/**
 * Who may see and do what to a challenge, in one place. A challenge the viewer may not see is
 * NOT_FOUND (never FORBIDDEN: its existence does not leak). `visibleWhere` is the same rule in
 * SQL for lists; keep the two in step.
 */
export const challengePolicy = {
  canSee(challenge: Pick<ChallengeEntity, 'status' | 'visibility'>, viewer: ChallengeViewer) {
    if (isStaff(viewer.user) || viewer.ownerRole) return true;
    if (PRIVATE_STATUSES.includes(challenge.status)) return false;
    if (challenge.visibility === 'public') return true;
    if (!viewer.user) return false;
    return challenge.visibility === 'members' || viewer.invited;
  },

  see(challenge: Pick<ChallengeEntity, 'status' | 'visibility'>, viewer: ChallengeViewer) {
    if (!challengePolicy.canSee(challenge, viewer)) throw new AppError('NOT_FOUND');
  },

  /** Only owners and admins of an organisation post challenges on its behalf. */
  create(user: AuthUser, role: OrganisationRole | null) {
    if (role !== 'owner' && role !== 'admin') throw new AppError('FORBIDDEN');
    if (!user.emailVerified) throw new AppError('EMAIL_NOT_VERIFIED');
  },

  canEdit(challenge: Pick<ChallengeEntity, 'status'>, viewer: ChallengeViewer) {
    return isOwnerAdmin(viewer) && EDITABLE_CHALLENGE_STATUSES.includes(challenge.status);
  },

  edit(challenge: Pick<ChallengeEntity, 'status' | 'visibility'>, viewer: ChallengeViewer) {
    challengePolicy.see(challenge, viewer);
    if (!isOwnerAdmin(viewer)) throw new AppError('FORBIDDEN');
    if (!EDITABLE_CHALLENGE_STATUSES.includes(challenge.status))
      throw new AppError('CHALLENGE_NOT_EDITABLE', { status: challenge.status });
  },

  /** The kinds of actor the viewer is, for the state machine's `mayPerform`. */
  actorsOf(viewer: ChallengeViewer): ChallengeActor[] {
    return [
      ...(isOwnerAdmin(viewer) ? (['owner'] as const) : []),
      ...(isStaff(viewer.user) ? (['moderator'] as const) : []),
    ];
  },

  mayPerform(viewer: ChallengeViewer, action: ChallengeAction) {
    return challengePolicy.actorsOf(viewer).some((actor) => mayPerform(actor, action));
  },

  /**
   * Order of refusals: not visible → NOT_FOUND; the viewer may never perform this action →
   * FORBIDDEN; the machine does not allow it from this status → CHALLENGE_INVALID_TRANSITION.
   */
  transition(challenge: ChallengeEntity, viewer: ChallengeViewer, action: ChallengeAction) {
    challengePolicy.see(challenge, viewer);
    if (!challengePolicy.mayPerform(viewer, action)) throw new AppError('FORBIDDEN');
    const next = transition(challenge.status, action);
    if (!next)
      throw new AppError('CHALLENGE_INVALID_TRANSITION', { status: challenge.status, action });
    return next;
  },

  /** What the viewer can do now (state and role; approve may still fail on a past deadline). */
  viewerCan(challenge: Pick<ChallengeEntity, 'status'>, viewer: ChallengeViewer) {
    const can = (action: ChallengeAction) =>
      transition(challenge.status, action) !== null && challengePolicy.mayPerform(viewer, action);
    return {
      edit: challengePolicy.canEdit(challenge, viewer),
      ...(Object.fromEntries(CHALLENGE_ACTIONS.map((action) => [action, can(action)])) as Record<
        ChallengeAction,
        boolean
      >),
    };
  },

  /** Who sees the list of invited organisations: the owner's members and moderators. */
  canSeeInvitations(viewer: ChallengeViewer) {
    return viewer.ownerRole !== null || isStaff(viewer.user);
  },

  /** Moderators (and admins) review challenges submitted for review. */
  review(user: AuthUser) {
    if (!isStaff(user)) throw new AppError('FORBIDDEN');
  },

  /** `canSee` in SQL, for lists: `alias` is the challenge table's alias. */
  visibleWhere<T extends object>(
    query: SelectQueryBuilder<T>,
    alias: string,
    user: AuthUser | null,
  ): SelectQueryBuilder<T> {
    if (isStaff(user)) return query;
    const member = `EXISTS (SELECT 1 FROM membership vm WHERE vm.organisation_id = ${alias}.organisation_id AND vm.user_id = :viewerId)`;
    const invited = `EXISTS (SELECT 1 FROM challenge_invited_organisation vi JOIN membership vim ON vim.organisation_id = vi.organisation_id WHERE vi.challenge_id = ${alias}.id AND vim.user_id = :viewerId)`;
    const listed = `${alias}.status NOT IN ('draft', 'in_review')`;
    return query.andWhere(
      new Brackets((q: WhereExpressionBuilder) => {
        q.where(`${listed} AND ${alias}.visibility = 'public'`);
        if (user)
          q.orWhere(member, { viewerId: user.id })
            .orWhere(`${listed} AND ${alias}.visibility = 'members'`)
            .orWhere(`${listed} AND ${alias}.visibility = 'invited' AND ${invited}`, {
              viewerId: user.id,
            });
      }),
    );
  },
};
