import type { OrganisationFieldsFragment } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from '../../../app/useLocalized';
import { useTermLabel } from '../../taxonomies/hooks/useTaxonomyOptions';

export function OrganisationCard({ organisation }: { organisation: OrganisationFieldsFragment }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const kind = useTermLabel('ORGANISATION_KIND');
  const province = useTermLabel('PROVINCE');
  const ecosystem = useTermLabel('S3_ECOSYSTEM');
  return (
    <li className="card">
      <h3>
        <Link to={`/organisations/${organisation.id}`}>{organisation.displayName}</Link>
      </h3>
      <p className="card-meta">
        {kind(organisation.kind)}
        {organisation.province && ` · ${province(organisation.province)}`}
        {organisation.verified && (
          <span className="badge badge-ok"> {t('organisations.verified')}</span>
        )}
        {!organisation.active && (
          <span className="badge badge-inactive"> {t('organisations.inactive')}</span>
        )}
      </p>
      {localized(organisation.description) && (
        <p>{localized(organisation.description).slice(0, 180)}</p>
      )}
      <ul className="chips" aria-label={t('organisations.ecosystems')}>
        {organisation.s3Ecosystems.map((code) => (
          <li key={code} className="chip">
            {ecosystem(code)}
          </li>
        ))}
      </ul>
    </li>
  );
}
