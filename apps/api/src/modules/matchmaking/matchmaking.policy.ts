import type { ChallengeStatus, ChallengeVisibility, OrganisationRole } from '@oip/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { challengePolicy } from '../challenges/challenges.policy';
import type { MatchItemType } from './matchmaking.types';

export interface MatchSourceViewer {
  user: AuthUser;
  /** The caller's role in the organisation that owns the source (or is the source). */
  ownerRole: OrganisationRole | null;
  /** One of the caller's organisations is invited to the (challenge) source. */
  invited: boolean;
}

const isStaff = (user: AuthUser) => user.role === 'admin' || user.role === 'moderator';

/**
 * Who may ask for the matches of an item: whoever may see it (NOT_FOUND otherwise, so its
 * existence does not leak). An organisation's "for you" list is for its members only.
 */
export const matchmakingPolicy = {
  seeSource(
    type: MatchItemType,
    source: { status: string; visibility: string },
    viewer: MatchSourceViewer,
  ) {
    if (type === 'organisation') {
      if (!viewer.ownerRole) throw new AppError('FORBIDDEN');
      return;
    }
    if (type === 'challenge') {
      const challenge = {
        status: source.status as ChallengeStatus,
        visibility: source.visibility as ChallengeVisibility,
      };
      return challengePolicy.see(challenge, viewer);
    }
    // offers and requests: published ones are public, the rest stays with their owner
    if (source.status === 'published' || viewer.ownerRole || isStaff(viewer.user)) return;
    throw new AppError('NOT_FOUND');
  },
};
