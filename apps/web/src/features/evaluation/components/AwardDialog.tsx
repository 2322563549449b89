import { AwardChallengeDocument, type EvaluationBoardFieldsFragment } from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/graphql-errors';
import { Button, Checkbox, Dialog, TextArea, useToast } from '../../../ui';
import { useBoardMutation } from '../hooks/useBoardMutation';

/** The owner picks one or more winners from the ranking and awards the challenge. */
export function AwardDialog({
  challengeId,
  ranking,
}: {
  challengeId: string;
  ranking: EvaluationBoardFieldsFragment['ranking'];
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [winners, setWinners] = useState<string[]>([]);
  const [comment, setComment] = useState('');
  const award = useBoardMutation(AwardChallengeDocument, challengeId);
  return (
    <section aria-labelledby="award-title">
      <h2 id="award-title">{t('evaluation.award.title')}</h2>
      <Button onClick={() => setOpen(true)} disabled={!ranking.length}>
        {t('evaluation.award.button')}
      </Button>
      <Dialog
        open={open}
        title={t('evaluation.award.confirmTitle')}
        onClose={() => setOpen(false)}
        actions={
          <Button
            disabled={award.loading || !winners.length}
            onClick={() =>
              void award
                .run({ challengeId, winnerSubmissionIds: winners, comment: comment || null })
                .then((ok) => {
                  if (!ok) return;
                  setOpen(false);
                  toast.show(t('evaluation.award.done'));
                })
            }
          >
            {t('evaluation.award.confirm', { count: winners.length })}
          </Button>
        }
      >
        <fieldset className="field">
          <legend>{t('evaluation.award.winners')}</legend>
          {ranking.map((row) => (
            <Checkbox
              key={row.submission.id}
              label={`${row.rank}. ${row.submission.organisation.displayName}`}
              checked={winners.includes(row.submission.id)}
              onChange={(event) =>
                setWinners((current) =>
                  event.target.checked
                    ? [...current, row.submission.id]
                    : current.filter((id) => id !== row.submission.id),
                )
              }
            />
          ))}
        </fieldset>
        <TextArea
          label={t('evaluation.award.comment')}
          rows={2}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
        <p>{t('evaluation.award.body')}</p>
        {award.error && (
          <p className="field-error" role="alert">
            {award.error.fields.winnerSubmissionIds
              ? t(`errors.${award.error.fields.winnerSubmissionIds}`)
              : errorMessage(t, award.error)}
          </p>
        )}
      </Dialog>
    </section>
  );
}
