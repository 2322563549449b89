import type { BoardSubmissionFieldsFragment } from '@oip/graphql';
import { useTranslation } from 'react-i18next';

/** A submitted proposal, read-only, as evaluators and the owner read it on the board. */
export function SubmissionText({ submission }: { submission: BoardSubmissionFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const money =
    submission.budgetAmount === null
      ? null
      : new Intl.NumberFormat(i18n.language, {
          style: 'currency',
          currency: submission.budgetCurrency,
        }).format(submission.budgetAmount);
  return (
    <dl className="facts">
      <dt>{t('evaluation.submission.summary')}</dt>
      <dd style={{ whiteSpace: 'pre-wrap' }}>{submission.summary || '—'}</dd>
      <dt>{t('evaluation.submission.approach')}</dt>
      <dd style={{ whiteSpace: 'pre-wrap' }}>{submission.approach || '—'}</dd>
      <dt>{t('evaluation.submission.team')}</dt>
      <dd style={{ whiteSpace: 'pre-wrap' }}>{submission.team || '—'}</dd>
      <dt>{t('evaluation.submission.trl')}</dt>
      <dd>{submission.trl ?? '—'}</dd>
      <dt>{t('evaluation.submission.budget')}</dt>
      <dd>{money ?? '—'}</dd>
    </dl>
  );
}
