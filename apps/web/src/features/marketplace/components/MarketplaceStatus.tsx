import { MARKETPLACE_STATUS_LABELS, type MarketplaceStatus as Status } from '@oip/domain';
import type { MarketplaceStatus } from '@oip/graphql';
import { useLocalized } from '../../../app/useLocalized';

/** The status as a text badge (never colour alone). */
export function MarketplaceStatusBadge({ status }: { status: MarketplaceStatus }) {
  const localized = useLocalized();
  return (
    <span className={status === 'PUBLISHED' ? 'badge' : 'badge badge-muted'}>
      {localized(MARKETPLACE_STATUS_LABELS[status.toLowerCase() as Status])}
    </span>
  );
}
