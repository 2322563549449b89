import type { PartnershipStatus } from '@oip/graphql';
import { useTranslation } from 'react-i18next';

/** The status in words, never by colour alone. */
export function PartnershipStatusBadge({ status }: { status: PartnershipStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge partnership-badge-${status.toLowerCase()}`}>
      {t(`partnerships.status.${status}`)}
    </span>
  );
}
