import { EVALUATION_LIMITS, weightsTotal } from '@oip/domain';
import { SetScorecardDocument, type EvaluationBoardFieldsFragment } from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldMessage } from '../../../app/graphql-errors';
import { useLocalized } from '../../../app/useLocalized';
import { Button, TextField, useToast } from '../../../ui';
import { useBoardMutation } from '../hooks/useBoardMutation';

type Criterion = EvaluationBoardFieldsFragment['criteria'][number];

interface Row {
  key: number;
  nameIt: string;
  nameEn: string;
  weight: string;
}

let nextKey = 0;
const toRow = (criterion?: Criterion): Row => ({
  key: nextKey++,
  nameIt: criterion?.name.it ?? '',
  nameEn: criterion?.name.en ?? '',
  weight: criterion ? String(criterion.weight) : '',
});

/** The live sum of the typed weights (blank or invalid count as 0). */
export function rowsTotal(rows: readonly { weight: string }[]): number {
  return weightsTotal(rows.map((row) => (row.weight.trim() === '' ? 0 : Number(row.weight))));
}

/**
 * The owner's scorecard: weighted criteria whose weights must add up to 100, with the running
 * total announced politely as it changes. Read-only once the challenge is closed.
 */
export function ScorecardEditor({
  challengeId,
  criteria,
  editable,
}: {
  challengeId: string;
  criteria: Criterion[];
  editable: boolean;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const toast = useToast();
  const [rows, setRows] = useState<Row[]>(() =>
    criteria.length ? criteria.map(toRow) : [toRow()],
  );
  const save = useBoardMutation(SetScorecardDocument, challengeId);
  const total = rowsTotal(rows);
  const off = total !== EVALUATION_LIMITS.weightsTotal;

  if (!editable)
    return (
      <section aria-labelledby="scorecard-title">
        <h2 id="scorecard-title">{t('evaluation.scorecard.title')}</h2>
        <p className="notice">{t('evaluation.scorecard.frozen')}</p>
        {criteria.length ? (
          <ul>
            {criteria.map((criterion) => (
              <li key={criterion.id}>
                {localized(criterion.name) || criterion.name.it || criterion.name.en} —{' '}
                {t('evaluation.scorecard.weightOf', { weight: criterion.weight })}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('evaluation.scorecard.none')}</p>
        )}
      </section>
    );

  const update = (key: number, change: Partial<Row>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));

  const submit = async () => {
    const ok = await save.run({
      challengeId,
      criteria: rows.map((row) => ({
        nameIt: row.nameIt,
        nameEn: row.nameEn,
        weight: Number(row.weight),
      })),
    });
    if (ok) toast.show(t('evaluation.scorecard.saved'));
  };

  return (
    <section aria-labelledby="scorecard-title">
      <h2 id="scorecard-title">{t('evaluation.scorecard.title')}</h2>
      <p className="field-hint">{t('evaluation.scorecard.hint')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {rows.map((row, index) => (
          <fieldset className="field" key={row.key}>
            <legend>{t('evaluation.scorecard.criterion', { number: index + 1 })}</legend>
            <TextField
              label={t('evaluation.scorecard.nameIt')}
              value={row.nameIt}
              maxLength={EVALUATION_LIMITS.criterionNameMax}
              onChange={(event) => update(row.key, { nameIt: event.target.value })}
              error={fieldMessage(t, save.error, `criteria.${index}.nameIt`)}
            />
            <TextField
              label={t('evaluation.scorecard.nameEn')}
              value={row.nameEn}
              maxLength={EVALUATION_LIMITS.criterionNameMax}
              onChange={(event) => update(row.key, { nameEn: event.target.value })}
            />
            <TextField
              label={t('evaluation.scorecard.weight')}
              type="number"
              inputMode="numeric"
              min={EVALUATION_LIMITS.minWeight}
              max={EVALUATION_LIMITS.maxWeight}
              value={row.weight}
              onChange={(event) => update(row.key, { weight: event.target.value })}
              error={fieldMessage(t, save.error, `criteria.${index}.weight`)}
            />
            {rows.length > EVALUATION_LIMITS.minCriteria && (
              <Button
                variant="secondary"
                onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
              >
                {t('evaluation.scorecard.remove', { number: index + 1 })}
              </Button>
            )}
          </fieldset>
        ))}
        <p
          role="status"
          aria-live="polite"
          className={off ? 'field-error' : undefined}
          data-testid="weights-total"
        >
          {t('evaluation.scorecard.total', { total, max: EVALUATION_LIMITS.weightsTotal })}
          {off && ` — ${t('errors.EVALUATION_WEIGHTS_NOT_100')}`}
        </p>
        {save.error && !Object.keys(save.error.fields).some((f) => f.startsWith('criteria.')) && (
          <p className="field-error" role="alert">
            {save.error.fields.criteria
              ? t(`errors.${save.error.fields.criteria}`)
              : errorMessage(t, save.error)}
          </p>
        )}
        {rows.length < EVALUATION_LIMITS.maxCriteria && (
          <Button variant="secondary" onClick={() => setRows((current) => [...current, toRow()])}>
            {t('evaluation.scorecard.add')}
          </Button>
        )}{' '}
        <Button type="submit" disabled={save.loading || off}>
          {save.loading ? t('common.wait') : t('evaluation.scorecard.save')}
        </Button>
      </form>
    </section>
  );
}
