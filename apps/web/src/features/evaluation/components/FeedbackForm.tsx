import { EVALUATION_LIMITS } from '@oip/domain';
import { SendFeedbackDocument, type EvaluationBoardFieldsFragment } from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldMessage } from '../../../app/graphql-errors';
import { Button, TextArea, useToast } from '../../../ui';
import { useBoardMutation } from '../hooks/useBoardMutation';

/** After the award: a feedback per submission, mailed to its author and shown on the results. */
export function FeedbackForm({ board }: { board: EvaluationBoardFieldsFragment }) {
  const { t } = useTranslation();
  const toast = useToast();
  const send = useBoardMutation(SendFeedbackDocument, board.challengeId);
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(board.submissions.map((row) => [row.submission.id, row.feedback ?? ''])),
  );
  const filled = board.submissions.filter((row) => texts[row.submission.id]?.trim());
  return (
    <section aria-labelledby="feedback-title">
      <h2 id="feedback-title">{t('evaluation.feedback.title')}</h2>
      <p className="field-hint">{t('evaluation.feedback.hint')}</p>
      {board.submissions.length === 0 ? (
        <p>{t('evaluation.progress.none')}</p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void send
              .run({
                challengeId: board.challengeId,
                feedbacks: filled.map((row) => ({
                  submissionId: row.submission.id,
                  text: texts[row.submission.id]!,
                })),
              })
              .then(
                (ok) => ok && toast.show(t('evaluation.feedback.sent', { count: filled.length })),
              );
          }}
        >
          {board.submissions.map((row) => (
            <div key={row.submission.id}>
              <TextArea
                label={t('evaluation.feedback.for', {
                  organisation: row.submission.organisation.displayName,
                  outcome: row.winner
                    ? t('evaluation.outcome.WINNER')
                    : row.shortlisted
                      ? t('evaluation.outcome.SHORTLISTED')
                      : t('evaluation.outcome.NOT_SELECTED'),
                })}
                hint={row.feedbackSentAt ? t('evaluation.feedback.alreadySent') : undefined}
                rows={3}
                maxLength={EVALUATION_LIMITS.feedbackMax}
                value={texts[row.submission.id] ?? ''}
                onChange={(event) =>
                  setTexts((current) => ({ ...current, [row.submission.id]: event.target.value }))
                }
                error={fieldMessage(t, send.error, `feedbacks.${filled.indexOf(row)}.text`)}
              />
            </div>
          ))}
          {send.error && Object.keys(send.error.fields).length === 0 && (
            <p className="field-error" role="alert">
              {errorMessage(t, send.error)}
            </p>
          )}
          <Button type="submit" disabled={send.loading || !filled.length}>
            {t('evaluation.feedback.send', { count: filled.length })}
          </Button>
        </form>
      )}
    </section>
  );
}
