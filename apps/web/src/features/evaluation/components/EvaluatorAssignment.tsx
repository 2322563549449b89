import {
  AssignEvaluatorDocument,
  UnassignEvaluatorDocument,
  type EvaluationBoardFieldsFragment,
} from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/graphql-errors';
import { Button, Dialog, TextField, useToast } from '../../../ui';
import { useBoardMutation } from '../hooks/useBoardMutation';

type Progress = EvaluationBoardFieldsFragment['evaluators'][number];

/**
 * The owner assigns evaluators by email (members of the organisation or invited experts with
 * an account) and sees how far each one is; removing one asks for confirmation.
 */
export function EvaluatorAssignment({
  challengeId,
  evaluators,
  editable,
}: {
  challengeId: string;
  evaluators: Progress[];
  editable: boolean;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const [email, setEmail] = useState('');
  const [removing, setRemoving] = useState<Progress | null>(null);
  const assign = useBoardMutation(AssignEvaluatorDocument, challengeId);
  const unassign = useBoardMutation(UnassignEvaluatorDocument, challengeId);

  return (
    <section aria-labelledby="evaluators-title">
      <h2 id="evaluators-title">{t('evaluation.evaluators.title')}</h2>
      {evaluators.length ? (
        <div className="table-scroll">
          <table className="term-table">
            <caption>{t('evaluation.evaluators.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('evaluation.evaluators.name')}</th>
                <th scope="col">{t('evaluation.evaluators.progress')}</th>
                <th scope="col">{t('evaluation.evaluators.conflicts')}</th>
                {editable && <th scope="col">{t('evaluation.evaluators.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {evaluators.map((row) => (
                <tr key={row.evaluator.id}>
                  <th scope="row">
                    {row.evaluator.fullName}
                    {row.email && <span className="card-meta"> · {row.email}</span>}
                  </th>
                  <td>
                    {t('evaluation.evaluators.scored', { scored: row.scored, total: row.total })}
                  </td>
                  <td>{row.conflicts}</td>
                  {editable && (
                    <td>
                      <Button variant="secondary" onClick={() => setRemoving(row)}>
                        {t('evaluation.evaluators.remove', { name: row.evaluator.fullName })}
                      </Button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('evaluation.evaluators.none')}</p>
      )}
      {editable && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void assign.run({ challengeId, evaluator: { email } }).then((ok) => {
              if (!ok) return;
              toast.show(t('evaluation.evaluators.assigned', { email }));
              setEmail('');
            });
          }}
        >
          <TextField
            label={t('evaluation.evaluators.email')}
            hint={t('evaluation.evaluators.emailHint')}
            type="email"
            autoComplete="off"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={errorMessage(t, assign.error)}
          />
          <Button type="submit" disabled={assign.loading || !email.trim()}>
            {t('evaluation.evaluators.assign')}
          </Button>
        </form>
      )}
      <Dialog
        open={removing !== null}
        title={t('evaluation.evaluators.confirmTitle', { name: removing?.evaluator.fullName })}
        onClose={() => setRemoving(null)}
        actions={
          <Button
            variant="danger"
            disabled={unassign.loading}
            onClick={() =>
              removing &&
              void unassign
                .run({ challengeId, userId: removing.evaluator.id })
                .then((ok) => ok && setRemoving(null))
            }
          >
            {t('evaluation.evaluators.confirmRemove')}
          </Button>
        }
      >
        <p>{t('evaluation.evaluators.confirmBody')}</p>
        {unassign.error && (
          <p className="field-error" role="alert">
            {errorMessage(t, unassign.error)}
          </p>
        )}
      </Dialog>
    </section>
  );
}
