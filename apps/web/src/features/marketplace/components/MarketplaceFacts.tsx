import { BUDGET_BAND_LABELS, IP_STATUS_LABELS, type BudgetBand, type IpStatus } from '@oip/domain';
import type {
  CollaborationRequestFieldsFragment,
  TechnologyOfferFieldsFragment,
} from '@oip/graphql';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from '../../../app/useLocalized';
import { useTermLabel } from '../../taxonomies/hooks/useTaxonomyOptions';

/** "6", "5–7", "≥ 6", "≤ 4" or "—". */
export function trlText(item: { trl?: number; trlMin?: number | null; trlMax?: number | null }) {
  if (item.trl !== undefined) return String(item.trl);
  const { trlMin = null, trlMax = null } = item;
  if (trlMin !== null && trlMax !== null) return `${trlMin}–${trlMax}`;
  if (trlMin !== null) return `≥ ${trlMin}`;
  if (trlMax !== null) return `≤ ${trlMax}`;
  return '—';
}

/** The metadata of an offer or request as a description list. */
export function MarketplaceFacts({
  item,
}: {
  item: TechnologyOfferFieldsFragment | CollaborationRequestFieldsFragment;
}) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const ecosystem = useTermLabel('S3_ECOSYSTEM');
  const ateco = useTermLabel('ATECO_SECTION');
  const partnership = useTermLabel('PARTNERSHIP_TYPE');
  const kind = useTermLabel('ORGANISATION_KIND');
  const date = (value: unknown) =>
    value
      ? new Intl.DateTimeFormat(i18n.language, {
          dateStyle: 'long',
          timeZone: 'Europe/Rome',
        }).format(new Date(String(value)))
      : '—';
  const list = (codes: string[], label: (code: string) => string) =>
    codes.length ? codes.map(label).join(', ') : '—';
  const rows: [string, ReactNode][] = [
    [t('marketplace.trl'), trlText(item)],
    ...(item.__typename === 'TechnologyOffer'
      ? ([
          [t('marketplace.ipStatus'), localized(IP_STATUS_LABELS[item.ipStatus as IpStatus])],
          [t('marketplace.contactPersons'), <ContactPersons key="contacts" item={item} />],
        ] as [string, ReactNode][])
      : ([
          [t('marketplace.fields.partnerKinds'), list(item.partnerKinds, kind)],
          [
            t('marketplace.fields.acceptsLowerTrl'),
            item.acceptsLowerTrl ? t('marketplace.yes') : t('marketplace.no'),
          ],
          [
            t('marketplace.fields.budgetBand'),
            localized(BUDGET_BAND_LABELS[item.budgetBand as BudgetBand]),
          ],
        ] as [string, ReactNode][])),
    [t('marketplace.fields.s3Ecosystems'), list(item.s3Ecosystems, ecosystem)],
    [t('marketplace.fields.atecoSections'), list(item.atecoSections, ateco)],
    [t('marketplace.fields.partnershipTypes'), list(item.partnershipTypes, partnership)],
    [t('marketplace.tags'), list(item.tags, (tag) => tag)],
    [t('marketplace.publishedAt'), date(item.publishedAt)],
    [t('marketplace.expiresAt'), date(item.expiresAt)],
  ];
  return (
    <dl className="facts">
      {rows.map(([term, value]) => (
        <Fragment key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

/** Links to the profiles of the contact persons the viewer may see (the API leaves out the rest). */
function ContactPersons({ item }: { item: TechnologyOfferFieldsFragment }) {
  if (item.contactPersons.length === 0) return '—';
  return (
    <ul className="inline-list">
      {item.contactPersons.map((person) => (
        <li key={person.id}>
          <Link to={`/people/${person.id}`}>{person.fullName}</Link>
        </li>
      ))}
    </ul>
  );
}
