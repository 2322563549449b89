import { isSubmissionEditable, type OrganisationRole, type SubmissionStatus } from '@oip/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';

/**
 * Who is looking at a submission: the person (null when anonymous), their role in the
 * submitting organisation and in the challenge's owner organisation.
 */
export interface SubmissionViewer {
  user: AuthUser | null;
  submitterRole: OrganisationRole | null;
  ownerRole: OrganisationRole | null;
}

/** What the policy needs to know about a challenge's submissions beyond the viewer. */
export interface SubmissionAccess {
  /** The viewer is assigned to evaluate this challenge (table challenge_evaluator). */
  isEvaluator: boolean;
  /** The owner granted platform moderators access (challenge_submission_settings). */
  moderatorAccess: boolean;
}

const isStaff = (user: AuthUser | null) => user?.role === 'moderator' || user?.role === 'admin';
const isOwnerAdmin = (role: OrganisationRole | null) => role === 'owner' || role === 'admin';

/**
 * The owner side of a challenge: who may read the submissions it received once they are
 * submitted. Owner organisation owners/admins, assigned evaluators, and moderators/platform
 * admins only while the owner grants it.
 */
export function canReadReceivedSubmissions(
  viewer: Pick<SubmissionViewer, 'user' | 'ownerRole'>,
  access: SubmissionAccess,
): boolean {
  if (!viewer.user) return false;
  return (
    isOwnerAdmin(viewer.ownerRole) ||
    access.isEvaluator ||
    (access.moderatorAccess && isStaff(viewer.user))
  );
}

/**
 * THE confidentiality rule (the evaluation feature reuses it): the submitting organisation's
 * members read their submission in any status; the owner side (above) reads it only once it
 * is submitted. Everyone else must be answered NOT_FOUND, never FORBIDDEN.
 */
export function canReadSubmission(
  viewer: SubmissionViewer,
  submission: { status: SubmissionStatus },
  access: SubmissionAccess,
): boolean {
  if (!viewer.user) return false;
  if (viewer.submitterRole) return true;
  return submission.status === 'submitted' && canReadReceivedSubmissions(viewer, access);
}

export const submissionPolicy = {
  read(
    viewer: SubmissionViewer,
    submission: { status: SubmissionStatus },
    access: SubmissionAccess,
  ) {
    if (!canReadSubmission(viewer, submission, access)) throw new AppError('NOT_FOUND');
  },

  /** The list of received submissions: NOT_FOUND for anyone not on the owner side. */
  list(viewer: Pick<SubmissionViewer, 'user' | 'ownerRole'>, access: SubmissionAccess) {
    if (!canReadReceivedSubmissions(viewer, access)) throw new AppError('NOT_FOUND');
  },

  /**
   * Writing (save, submit, withdraw): only the submitting organisation's members. Someone who
   * may read it (the owner side) but not write gets FORBIDDEN; anyone else NOT_FOUND.
   */
  write(
    viewer: SubmissionViewer,
    submission: { status: SubmissionStatus },
    access: SubmissionAccess,
  ) {
    submissionPolicy.read(viewer, submission, access);
    if (!viewer.submitterRole) throw new AppError('FORBIDDEN');
  },

  /** Starting a proposal on behalf of an organisation: a member, with a verified email. */
  draft(user: AuthUser, role: OrganisationRole | null, ownOrganisation: boolean) {
    if (!role) throw new AppError('FORBIDDEN');
    if (!user.emailVerified) throw new AppError('EMAIL_NOT_VERIFIED');
    if (ownOrganisation) throw new AppError('SUBMISSION_OWN_CHALLENGE');
  },

  /** Setting moderator access: owners and admins of the challenge's organisation. */
  grant(ownerRole: OrganisationRole | null) {
    if (!isOwnerAdmin(ownerRole)) throw new AppError('FORBIDDEN');
  },

  canEdit(viewer: SubmissionViewer, submission: { status: SubmissionStatus }) {
    return viewer.submitterRole !== null && isSubmissionEditable(submission.status);
  },
};
