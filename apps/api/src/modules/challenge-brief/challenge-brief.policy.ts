import { AppError } from '../../common/errors/app-error';
import type { ChallengeViewer } from '../challenges/challenges.policy';

/** Owners and admins of the organisation that posted the challenge. */
export const isOwnerAdmin = (viewer: ChallengeViewer) =>
  viewer.ownerRole === 'owner' || viewer.ownerRole === 'admin';

/**
 * Who reads and manages a challenge's confidential brief, for a viewer who already sees the
 * challenge (ChallengesService.findVisible):
 * - the owner's members (any role) read it; its owners and admins manage it (details, terms,
 *   attachments) and read the acceptance and access logs;
 * - anyone else reads it only as a member of an organisation that accepted the current terms
 *   (moderators included: platform staff get no special access to confidential content);
 * - every read is logged (ConfidentialBriefService.recordAccess).
 */
export const briefPolicy = {
  canManage: (viewer: ChallengeViewer) => isOwnerAdmin(viewer),

  manage(viewer: ChallengeViewer): void {
    if (!isOwnerAdmin(viewer)) throw new AppError('FORBIDDEN');
  },

  /** Accepting on behalf of an organisation: a member of it, not of the owner. */
  accept(viewer: ChallengeViewer, role: string | null, organisationId: string, ownerId: string) {
    if (!viewer.user || !role) throw new AppError('FORBIDDEN');
    if (organisationId === ownerId) throw new AppError('NDA_OWN_ORGANISATION');
  },
};
