import type { PartnershipBox, PartnershipFieldsFragment } from '@oip/graphql';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../../app/i18n';
import { ListResults } from '../../../ui';
import { usePartnershipBox } from '../hooks/usePartnershipBox';
import { itemTitle, otherSide } from '../lib/partnership-view';
import { PartnershipCard } from './PartnershipCard';

/**
 * One box of the inbox: loading, error with retry, empty, the cards and "Load more". After a
 * decision the card may move to another box: focus goes to the count, not to the void, or,
 * after an accept, to a notice that leads to the new partnership (and its room).
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
  const { t, i18n } = useTranslation();
  const { page, loading, error, refetch, more } = usePartnershipBox(organisationId, box);
  const count = useRef<HTMLDivElement>(null);
  // an accepted proposal leaves this box for Active: say where it went, and lead there
  const [accepted, setAccepted] = useState<PartnershipFieldsFragment | null>(null);
  const acceptedNotice = useRef<HTMLParagraphElement>(null);
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
    (acceptedNotice.current ?? count.current)?.focus();
  }, [nodes]);
  return (
    <div ref={count} tabIndex={-1} className="partnership-box">
      {accepted && (
        <p className="notice" ref={acceptedNotice} tabIndex={-1}>
          {t('partnerships.acceptedNotice', {
            title: itemTitle(accepted, currentLocale(i18n.language)),
            name: otherSide(accepted, organisationId).displayName,
          })}{' '}
          <Link to={`/partnerships/${accepted.id}`}>{t('partnerships.openAccepted')}</Link>
        </p>
      )}
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
              onDone={(decision) => {
                decided.current = true;
                setAccepted(decision === 'accept' ? partnership : null);
              }}
            />
          ))}
        </ul>
      </ListResults>
      {page && footer?.(page.nodes)}
    </div>
  );
}
