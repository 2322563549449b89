import { EVALUATION_LIMITS } from '@oip/domain';
import { ScoreSubmissionDocument, type EvaluationBoardFieldsFragment } from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldMessage } from '../../../app/graphql-errors';
import { useLocalized } from '../../../app/useLocalized';
import { Button, TextArea, useToast } from '../../../ui';
import { useBoardMutation } from '../hooks/useBoardMutation';

type Board = EvaluationBoardFieldsFragment;
const SCORES = Array.from(
  { length: EVALUATION_LIMITS.maxScore - EVALUATION_LIMITS.minScore + 1 },
  (_, index) => EVALUATION_LIMITS.minScore + index,
);

/**
 * One evaluator's scores of one submission: per criterion a group of native radio buttons
 * 1–5 (arrow keys move within a group) and a comment. Every criterion is required.
 */
export function ScoreForm({
  challengeId,
  criteria,
  item,
  disabled,
}: {
  challengeId: string;
  criteria: Board['criteria'];
  item: Board['toScore'][number];
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const toast = useToast();
  const save = useBoardMutation(ScoreSubmissionDocument, challengeId);
  const [values, setValues] = useState(() =>
    Object.fromEntries(
      criteria.map((criterion) => {
        const mine = item.myScores.find((row) => row.criterionId === criterion.id);
        return [criterion.id, { score: mine?.score ?? 0, comment: mine?.comment ?? '' }];
      }),
    ),
  );
  const missing = criteria.some((criterion) => !values[criterion.id]?.score);
  const organisation = item.submission.organisation.displayName;

  return (
    <form
      aria-label={t('evaluation.score.formLabel', { organisation })}
      onSubmit={(event) => {
        event.preventDefault();
        void save
          .run({
            submissionId: item.submission.id,
            scores: criteria.map((criterion) => ({
              criterionId: criterion.id,
              score: values[criterion.id]!.score,
              comment: values[criterion.id]!.comment,
            })),
          })
          .then((ok) => ok && toast.show(t('evaluation.score.saved', { organisation })));
      }}
    >
      {criteria.map((criterion, index) => {
        const value = values[criterion.id]!;
        const set = (change: Partial<typeof value>) =>
          setValues((current) => ({
            ...current,
            [criterion.id]: { ...current[criterion.id]!, ...change },
          }));
        const name = localized(criterion.name) || criterion.name.it || criterion.name.en;
        return (
          <fieldset className="field" key={criterion.id} disabled={disabled}>
            <legend>{t('evaluation.score.criterion', { name, weight: criterion.weight })}</legend>
            {localized(criterion.description) && (
              <p className="field-hint">{localized(criterion.description)}</p>
            )}
            <div role="radiogroup" aria-label={t('evaluation.score.scoreFor', { name })}>
              {SCORES.map((score) => (
                <label key={score} style={{ marginRight: '1rem' }}>
                  <input
                    type="radio"
                    name={`score-${item.submission.id}-${criterion.id}`}
                    value={score}
                    checked={value.score === score}
                    onChange={() => set({ score })}
                  />{' '}
                  {score}
                </label>
              ))}
            </div>
            {fieldMessage(t, save.error, `scores.${index}.score`) && (
              <p className="field-error" role="alert">
                {fieldMessage(t, save.error, `scores.${index}.score`)}
              </p>
            )}
            <TextArea
              label={t('evaluation.score.comment', { name })}
              rows={2}
              maxLength={EVALUATION_LIMITS.commentMax}
              value={value.comment}
              onChange={(event) => set({ comment: event.target.value })}
              error={fieldMessage(t, save.error, `scores.${index}.comment`)}
            />
          </fieldset>
        );
      })}
      {save.error && !Object.keys(save.error.fields).some((f) => f.startsWith('scores.')) && (
        <p className="field-error" role="alert">
          {save.error.fields.scores
            ? t(`errors.${save.error.fields.scores}`)
            : errorMessage(t, save.error)}
        </p>
      )}
      {!disabled && (
        <Button type="submit" disabled={save.loading || missing}>
          {save.loading ? t('common.wait') : t('evaluation.score.save')}
        </Button>
      )}
      {missing && !disabled && <p className="field-hint">{t('evaluation.score.missing')}</p>}
    </form>
  );
}
