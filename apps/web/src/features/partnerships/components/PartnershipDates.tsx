import type { PartnershipFieldsFragment } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../challenge-brief/format';

type Dates = Pick<
  PartnershipFieldsFragment,
  'status' | 'createdAt' | 'decidedAt' | 'concludedAt' | 'declineReason'
>;

/** What the decision was: accepted (active, concluded), declined or withdrawn. */
const DECISION_KEY = {
  ACTIVE: 'acceptedAt',
  CONCLUDED: 'acceptedAt',
  DECLINED: 'declinedAt',
  WITHDRAWN: 'withdrawnAt',
  PROPOSED: 'decidedAt',
} as const;

/** When it was proposed, accepted / declined / withdrawn and concluded, and why it was declined. */
export function PartnershipDates({ partnership }: { partnership: Dates }) {
  const { t, i18n } = useTranslation();
  const date = (value: unknown) => formatDateTime(value, i18n.language);
  const rows = [
    ['proposedAt', partnership.createdAt],
    [DECISION_KEY[partnership.status], partnership.decidedAt],
    ['concludedAt', partnership.concludedAt],
  ] as const;
  return (
    <dl className="partnership-dates">
      {rows.map(([key, value]) =>
        value ? (
          <div key={key}>
            <dt>{t(`partnerships.dates.${key}`)}</dt>
            <dd>{date(value)}</dd>
          </div>
        ) : null,
      )}
      {partnership.declineReason && (
        <div>
          <dt>{t('partnerships.dates.declineReason')}</dt>
          <dd>{partnership.declineReason}</dd>
        </div>
      )}
    </dl>
  );
}
