import type { PartnershipBox, PartnershipFieldsFragment } from '@oip/graphql';
import { useEffect, useRef, type ReactNode } from 'react';
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
  // after a decision the dialog closes and gives the focus back to its button, and then the
  // refreshed box may drop that card (the list can change more than once): when the focus
  // has been dropped, it goes to the box
  const decided = useRef(false);
  const nodes = page?.nodes;
  useEffect(() => {
    if (!decided.current) return;
    const focused = document.activeElement;
    if (focused && focused !== document.body && focused.isConnected) return;
    decided.current = false;
    count.current?.focus();
  }, [nodes]);
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
              onDone={() => {
                decided.current = true;
              }}
            />
          ))}
        </ul>
      </ListResults>
      {page && footer?.(page.nodes)}
    </div>
  );
}
