import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import type { ChallengeEntity } from '../challenges/entities/challenge.entity';
import type { ChallengeViewer } from '../challenges/challenges.policy';
import type { ChallengeQuestionEntity } from './entities/challenge-question.entity';

type Question = Pick<ChallengeQuestionEntity, 'askerId' | 'answeredAt' | 'hiddenAt'>;

export const isStaff = (user: AuthUser | null) =>
  user?.role === 'admin' || user?.role === 'moderator';
/** The owner side: owners and admins of the organisation that posted the challenge. */
export const isOwnerAdmin = (viewer: ChallengeViewer) =>
  viewer.ownerRole === 'owner' || viewer.ownerRole === 'admin';

/**
 * Who sees and does what with clarification questions, for a viewer who can already see the
 * challenge (ChallengesService.findVisible). `visibleWhere` is `canSee` in SQL: keep in step.
 * - answered questions: everyone who sees the challenge;
 * - unanswered ones: their asker, the owner side and moderators;
 * - hidden ones (abuse): moderators only.
 * The asker's identity is shown to the owner side, moderators and the asker themselves only.
 */
export const questionPolicy = {
  canSee(question: Question, viewer: ChallengeViewer): boolean {
    if (isStaff(viewer.user)) return true;
    if (question.hiddenAt) return false;
    if (question.answeredAt) return true;
    return isOwnerAdmin(viewer) || (!!viewer.user && question.askerId === viewer.user.id);
  },

  see(question: Question, viewer: ChallengeViewer): void {
    if (!questionPolicy.canSee(question, viewer)) throw new AppError('NOT_FOUND');
  },

  canSeeAsker(question: Question, viewer: ChallengeViewer): boolean {
    return (
      isStaff(viewer.user) ||
      isOwnerAdmin(viewer) ||
      (!!viewer.user && question.askerId === viewer.user.id)
    );
  },

  canAsk(challenge: Pick<ChallengeEntity, 'status'>, viewer: ChallengeViewer): boolean {
    return !!viewer.user?.emailVerified && challenge.status === 'published';
  },

  /** Signed-in members with a verified address, on a published challenge only. */
  ask(challenge: Pick<ChallengeEntity, 'status'>, viewer: ChallengeViewer): void {
    if (!viewer.user) throw new AppError('UNAUTHENTICATED');
    if (!viewer.user.emailVerified) throw new AppError('EMAIL_NOT_VERIFIED');
    if (challenge.status !== 'published')
      throw new AppError('CHALLENGE_NOT_OPEN_FOR_QUESTIONS', { status: challenge.status });
  },

  canAnswer: (viewer: ChallengeViewer) => isOwnerAdmin(viewer),

  answer(viewer: ChallengeViewer): void {
    if (!isOwnerAdmin(viewer)) throw new AppError('FORBIDDEN');
  },

  canHide: (viewer: ChallengeViewer) => isStaff(viewer.user),

  hide(viewer: ChallengeViewer): void {
    if (!isStaff(viewer.user)) throw new AppError('FORBIDDEN');
  },

  /** `canSee` as SQL over alias `q`, with parameters :staff, :ownerSide, :viewerId. */
  visibleWhere(viewer: ChallengeViewer) {
    return {
      sql: `(:staff OR (q.hidden_at IS NULL AND (q.answered_at IS NOT NULL OR :ownerSide OR q.asker_id = :viewerId)))`,
      params: {
        staff: isStaff(viewer.user),
        ownerSide: isOwnerAdmin(viewer),
        viewerId: viewer.user?.id ?? null,
      },
    };
  },
};
