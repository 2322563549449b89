import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Select } from '../../../ui';
import { useAdministeredOrganisations } from '../../challenges/hooks/useMyOrganisations';
import { MARKETPLACE_PATHS, type MarketplaceKind } from '../lib/marketplace-kinds';

/** "Publish an offer / a request" for people who administer an organisation (choose which). */
export function PostItemLink({ kind, signedIn }: { kind: MarketplaceKind; signedIn: boolean }) {
  const { t } = useTranslation();
  const { organisations } = useAdministeredOrganisations(signedIn);
  const [chosen, setChosen] = useState('');
  if (organisations.length === 0) return null;
  const organisationId = organisations.length === 1 ? organisations[0]!.id : chosen;
  return (
    <div className="action-bar">
      {organisations.length > 1 && (
        <Select
          label={t('marketplace.postAs')}
          options={[
            { value: '', label: t('marketplace.chooseOrganisation') },
            ...organisations.map((o) => ({ value: o.id, label: o.displayName })),
          ]}
          value={chosen}
          onChange={(e) => setChosen(e.target.value)}
        />
      )}
      {organisationId && (
        <p>
          <Link
            className="btn btn-primary"
            to={`${MARKETPLACE_PATHS[kind]}/new?organisation=${encodeURIComponent(organisationId)}`}
          >
            {t(`marketplace.${kind}.post`)}
          </Link>
        </p>
      )}
    </div>
  );
}
