import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MARKETPLACE_PATHS } from '../lib/marketplace-kinds';

/**
 * On an organisation's page: its offers and requests, in the lists (search, filters, "show
 * more"). Members get every status they may see, so drafts and expired items waiting to be
 * renewed are one click away.
 */
export function OrganisationMarketplaceLinks({
  organisationId,
  member,
}: {
  organisationId: string;
  member: boolean;
}) {
  const { t } = useTranslation();
  const query = `?organisation=${organisationId}${member ? '&status=all' : ''}`;
  return (
    <section aria-labelledby="marketplace-heading">
      <h2 id="marketplace-heading">{t('marketplace.ofOrganisation.title')}</h2>
      {member && <p className="field-hint">{t('marketplace.ofOrganisation.members')}</p>}
      <ul>
        <li>
          <Link to={`${MARKETPLACE_PATHS.offer}${query}`}>
            {t('marketplace.ofOrganisation.offers')}
          </Link>
        </li>
        <li>
          <Link to={`${MARKETPLACE_PATHS.request}${query}`}>
            {t('marketplace.ofOrganisation.requests')}
          </Link>
        </li>
      </ul>
    </section>
  );
}
