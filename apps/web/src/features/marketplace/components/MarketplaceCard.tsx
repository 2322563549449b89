import type { MarketplaceStatus } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalizedText } from '../../challenges/components/LocalizedText';
import { MARKETPLACE_PATHS, type MarketplaceKind } from '../lib/marketplace-kinds';
import { MarketplaceStatusBadge } from './MarketplaceStatus';
import { trlText } from './MarketplaceFacts';

export interface MarketplaceCardItem {
  id: string;
  status: MarketplaceStatus;
  title: { it: string; en: string };
  tags: string[];
  owner: { displayName: string };
  trl?: number;
  trlMin?: number | null;
  trlMax?: number | null;
}

/** One offer or request in a list: title (the link), owner, status, TRL, tags. */
export function MarketplaceCard({
  kind,
  item,
}: {
  kind: MarketplaceKind;
  item: MarketplaceCardItem;
}) {
  const { t } = useTranslation();
  return (
    <li className="card">
      <h2 className="card-title">
        <Link to={`${MARKETPLACE_PATHS[kind]}/${item.id}`}>
          <LocalizedText text={item.title} />
        </Link>
      </h2>
      <p className="card-meta">
        {item.owner.displayName} · <MarketplaceStatusBadge status={item.status} /> ·{' '}
        {t('marketplace.trl')} {trlText(item)}
      </p>
      {item.tags.length > 0 && (
        <ul className="inline-list" aria-label={t('marketplace.tags')}>
          {item.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
