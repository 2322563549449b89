import type { EvaluationBoardFieldsFragment } from '@oip/graphql';
import { useTranslation } from 'react-i18next';

/** The owner's view of each submission before the ranking: how many evaluators scored it, conflicts. */
export function SubmissionsProgress({ board }: { board: EvaluationBoardFieldsFragment }) {
  const { t } = useTranslation();
  const evaluators = board.evaluators.length;
  return (
    <section aria-labelledby="progress-title">
      <h2 id="progress-title">{t('evaluation.progress.title')}</h2>
      {board.submissions.length === 0 ? (
        <p>{t('evaluation.progress.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="term-table">
            <caption>{t('evaluation.progress.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('evaluation.progress.organisation')}</th>
                <th scope="col">{t('evaluation.progress.scoredBy')}</th>
                <th scope="col">{t('evaluation.progress.conflicts')}</th>
              </tr>
            </thead>
            <tbody>
              {board.submissions.map((row) => (
                <tr key={row.submission.id}>
                  <th scope="row">{row.submission.organisation.displayName}</th>
                  <td>
                    {t('evaluation.progress.scoredByOf', {
                      scored: row.scoredBy,
                      total: evaluators,
                    })}
                  </td>
                  <td>
                    {row.conflicts.length === 0
                      ? '—'
                      : row.conflicts.map((conflict) => (
                          <p key={conflict.evaluator.id}>
                            {t('evaluation.progress.conflict', {
                              name: conflict.evaluator.fullName,
                              reason: conflict.reason,
                            })}
                          </p>
                        ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
