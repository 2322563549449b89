import type { PartnershipBox, PartnershipFieldsFragment } from '@oip/graphql';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ListResults } from '../../../ui';
import { usePartnershipBox } from '../hooks/usePartnershipBox';
import { PartnershipCard } from './PartnershipCard';

/**
 * One box of the inbox: loading, error with retry, empty, the cards and "Load more". After a
 * decision the card may move to another box: focus goes to the count, not to the void.
 */
export function PartnershipList({
  organisationId,
  box,
  footer,
}: {
  organisationId: string;
  box: PartnershipBox;
  /** Shown under the list once loaded, with its partnerships (e.g. forming a project group). */
  footer?: (partnerships: PartnershipFieldsFragment[]) => ReactNode;
}) {
  const { t } = useTranslation();
  const { page, loading, error, refetch, more } = usePartnershipBox(organisationId, box);
  const count = useRef<HTMLDivElement>(null);
  const key = box.toLowerCase();
  return (
    <div ref={count} tabIndex={-1} className="partnership-box">
      <ListResults
        page={page}
        loading={loading}
        error={error}
        onRetry={refetch}
        onMore={more}
        shownText={t('partnerships.shown', {
          count: page?.nodes.length ?? 0,
          total: page?.totalCount ?? 0,
        })}
        emptyText={t(`partnerships.empty.${key}`)}
        moreText={t('partnerships.more')}
      >
        <ul className="partnership-list">
          {page?.nodes.map((partnership) => (
            <PartnershipCard
              key={partnership.id}
              partnership={partnership}
              organisationId={organisationId}
              onDone={() => count.current?.focus()}
            />
          ))}
        </ul>
      </ListResults>
      {page && footer?.(page.nodes)}
    </div>
  );
}
