import { SCORECARD_EDITABLE_STATUSES } from '@oip/domain';
import { SetShortlistedDocument, type EvaluationBoardFieldsFragment } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/graphql-errors';
import { useBoardMutation } from '../hooks/useBoardMutation';
import { AwardDialog } from './AwardDialog';
import { EvaluatorAssignment } from './EvaluatorAssignment';
import { FeedbackForm } from './FeedbackForm';
import { LockEvaluation } from './LockEvaluation';
import { RankingTable } from './RankingTable';
import { ScorecardEditor } from './ScorecardEditor';
import { SubmissionsProgress } from './SubmissionsProgress';

const CLOSED = ['AWARDED', 'CANCELLED', 'ARCHIVED'];

/**
 * The owner's board, in the order of the work: scorecard and evaluators, progress, lock,
 * ranking with shortlist, award, feedback. Each step shows only when it can be taken.
 */
export function OwnerSection({ board }: { board: EvaluationBoardFieldsFragment }) {
  const { t } = useTranslation();
  const shortlist = useBoardMutation(SetShortlistedDocument, board.challengeId);
  const status =
    board.challengeStatus.toLowerCase() as (typeof SCORECARD_EDITABLE_STATUSES)[number];
  const decided = CLOSED.includes(board.challengeStatus);
  return (
    <>
      <ScorecardEditor
        challengeId={board.challengeId}
        criteria={board.criteria}
        editable={SCORECARD_EDITABLE_STATUSES.includes(status)}
      />
      <EvaluatorAssignment
        challengeId={board.challengeId}
        evaluators={board.evaluators}
        editable={!board.lockedAt && !decided}
      />
      <SubmissionsProgress board={board} />
      {board.challengeStatus === 'EVALUATION' && !board.lockedAt && (
        <LockEvaluation challengeId={board.challengeId} />
      )}
      {!!board.lockedAt && (
        <section aria-labelledby="ranking-title">
          <h2 id="ranking-title">{t('evaluation.ranking.title')}</h2>
          <RankingTable
            ranking={board.ranking}
            busy={shortlist.loading}
            onShortlist={
              board.awardedAt
                ? undefined
                : (submissionId, shortlisted) => void shortlist.run({ submissionId, shortlisted })
            }
          />
          {shortlist.error && (
            <p className="field-error" role="alert">
              {errorMessage(t, shortlist.error)}
            </p>
          )}
        </section>
      )}
      {!!board.lockedAt && !board.awardedAt && board.challengeStatus === 'EVALUATION' && (
        <AwardDialog challengeId={board.challengeId} ranking={board.ranking} />
      )}
      {!!board.awardedAt && <FeedbackForm board={board} />}
    </>
  );
}
