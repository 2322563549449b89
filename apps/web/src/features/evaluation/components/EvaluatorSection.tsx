import type { EvaluationBoardFieldsFragment } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { ConflictDeclaration } from './ConflictDeclaration';
import { ScoreForm } from './ScoreForm';
import { SubmissionText } from './SubmissionText';

/** What an evaluator does: read each proposal, score it or declare a conflict. */
export function EvaluatorSection({ board }: { board: EvaluationBoardFieldsFragment }) {
  const { t } = useTranslation();
  const open = board.challengeStatus === 'EVALUATION' && !board.lockedAt;
  const scorable = board.toScore.filter((item) => !item.conflictReason && !item.ownOrganisation);
  const done = scorable.filter((item) => item.complete).length;
  return (
    <section aria-labelledby="to-score-title">
      <h2 id="to-score-title">{t('evaluation.score.title')}</h2>
      <p role="status">{t('evaluation.score.progress', { done, total: scorable.length })}</p>
      {!open && (
        <p className="notice">
          {board.lockedAt ? t('evaluation.score.locked') : t('evaluation.score.notOpen')}
        </p>
      )}
      {!board.criteria.length && <p className="notice">{t('evaluation.score.noCriteria')}</p>}
      {board.toScore.length === 0 && <p>{t('evaluation.score.none')}</p>}
      {board.toScore.map((item) => {
        const organisation = item.submission.organisation.displayName;
        return (
          <article
            key={item.submission.id}
            className="card"
            aria-labelledby={`s-${item.submission.id}`}
          >
            <h3 id={`s-${item.submission.id}`}>
              {organisation}{' '}
              {item.complete && (
                <span className="badge badge-ok">{t('evaluation.score.done')}</span>
              )}
            </h3>
            <SubmissionText submission={item.submission} />
            {item.conflictReason || item.ownOrganisation ? (
              <p className="notice">
                {item.ownOrganisation
                  ? t('evaluation.conflict.own')
                  : t('evaluation.conflict.declared', { reason: item.conflictReason })}
              </p>
            ) : (
              <>
                {board.criteria.length > 0 && (
                  <ScoreForm
                    challengeId={board.challengeId}
                    criteria={board.criteria}
                    item={item}
                    disabled={!open}
                  />
                )}
                {!board.lockedAt && board.challengeStatus !== 'AWARDED' && (
                  <ConflictDeclaration
                    challengeId={board.challengeId}
                    submissionId={item.submission.id}
                    organisation={organisation}
                  />
                )}
              </>
            )}
          </article>
        );
      })}
    </section>
  );
}
