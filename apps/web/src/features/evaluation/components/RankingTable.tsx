import type { EvaluationBoardFieldsFragment } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { formatScore } from '../ranking-format';

type Entry = EvaluationBoardFieldsFragment['ranking'][number];

/**
 * The ranking after the lock: weighted mean (1–5), spread and standard deviation between
 * evaluators. The owner gets a shortlist switch per row (`onShortlist`), others read only.
 */
export function RankingTable({
  ranking,
  onShortlist,
  busy = false,
}: {
  ranking: Entry[];
  onShortlist?: (submissionId: string, shortlisted: boolean) => void;
  busy?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const format = (value: number | null) => formatScore(value, i18n.language);
  if (!ranking.length) return <p>{t('evaluation.ranking.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="term-table">
        <caption>{t('evaluation.ranking.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('evaluation.ranking.rank')}</th>
            <th scope="col">{t('evaluation.ranking.organisation')}</th>
            <th scope="col">{t('evaluation.ranking.mean')}</th>
            <th scope="col">{t('evaluation.ranking.spread')}</th>
            <th scope="col">{t('evaluation.ranking.deviation')}</th>
            <th scope="col">{t('evaluation.ranking.evaluators')}</th>
            <th scope="col">{t('evaluation.ranking.status')}</th>
          </tr>
        </thead>
        <tbody>
          {ranking.map((row) => {
            const name = row.submission.organisation.displayName;
            return (
              <tr key={row.submission.id}>
                <td>{row.rank}</td>
                <th scope="row">{name}</th>
                <td>{format(row.weightedMean)}</td>
                <td>{format(row.spread)}</td>
                <td>{format(row.standardDeviation)}</td>
                <td>{row.evaluatorCount}</td>
                <td>
                  {row.winner && (
                    <span className="badge badge-ok">{t('evaluation.ranking.winner')}</span>
                  )}{' '}
                  {onShortlist ? (
                    <label>
                      <input
                        type="checkbox"
                        checked={row.shortlisted}
                        disabled={busy}
                        onChange={(event) => onShortlist(row.submission.id, event.target.checked)}
                      />{' '}
                      {t('evaluation.ranking.shortlistOf', { name })}
                    </label>
                  ) : (
                    row.shortlisted && (
                      <span className="badge">{t('evaluation.ranking.shortlisted')}</span>
                    )
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
