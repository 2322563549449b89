import type { PartnershipBox } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Select } from '../../../ui';
import { usePendingDecisions } from '../hooks/usePendingDecisions';
import { ActiveBoxExtras } from './ActiveBoxExtras';
import { PartnershipList } from './PartnershipList';
import '../partnerships.css';

const BOXES: PartnershipBox[] = ['RECEIVED', 'SENT', 'ACTIVE', 'CLOSED'];

function boxOf(value: string | null): PartnershipBox {
  const upper = value?.toUpperCase();
  return BOXES.find((box) => box === upper) ?? 'RECEIVED';
}

/**
 * An organisation's partnership inbox: the organisation (when the viewer belongs to several)
 * and the box live in the address, so a box can be linked to and Back works. The boxes are
 * links marked aria-current (a list of pages, not in-page tabs).
 */
export function PartnershipInbox({
  organisations,
}: {
  organisations: readonly { id: string; displayName: string }[];
}) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const pending = usePendingDecisions();
  // the address's organisation, else the one with the most proposals waiting, else the first
  const inAddress = organisations.find((o) => o.id === params.get('organisation'))?.id;
  const organisationId =
    inAddress ?? organisations.find((o) => pending.countOf(o.id) > 0)?.id ?? organisations[0]!.id;
  // a choice made from the counts goes into the address once they are known, so it stays put
  // when a decision changes them (the list would otherwise jump to another organisation)
  const choosing = !inAddress && organisations.length > 1;
  useEffect(() => {
    if (!choosing || !pending.loaded) return;
    const search = new URLSearchParams(params);
    search.set('organisation', organisationId);
    setParams(search, { replace: true });
  }, [choosing, pending.loaded, organisationId, params, setParams]);
  if (choosing) return null; // for a moment: not the first organisation's inbox, then another
  const box = boxOf(params.get('box'));
  const href = (next: PartnershipBox) => {
    const search = new URLSearchParams(params);
    search.set('box', next.toLowerCase());
    return `?${search.toString()}`;
  };
  return (
    <>
      {organisations.length > 1 && (
        <Select
          label={t('partnerships.organisation')}
          value={organisationId}
          onChange={(event) => {
            const search = new URLSearchParams(params);
            search.set('organisation', event.target.value);
            setParams(search);
          }}
          options={organisations.map((o) => ({
            value: o.id,
            label: pending.countOf(o.id)
              ? t('partnerships.organisationPending', {
                  name: o.displayName,
                  count: pending.countOf(o.id),
                })
              : o.displayName,
          }))}
        />
      )}
      <nav aria-label={t('partnerships.boxes')} className="partnership-boxes">
        <ul>
          {BOXES.map((each) => (
            <li key={each}>
              <Link to={href(each)} aria-current={each === box ? 'page' : undefined}>
                {t(`partnerships.box.${each}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="box-heading">
        <h2 id="box-heading">{t(`partnerships.box.${box}`)}</h2>
        <PartnershipList
          key={`${organisationId}:${box}`}
          organisationId={organisationId}
          box={box}
          footer={
            box === 'ACTIVE'
              ? (partnerships) => (
                  <ActiveBoxExtras organisationId={organisationId} partnerships={partnerships} />
                )
              : undefined
          }
        />
      </section>
    </>
  );
}
