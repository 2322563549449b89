import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Select } from '../../../ui';
import { useAdministeredOrganisations } from '../hooks/useMyOrganisations';

/**
 * "Post a challenge" for people who administer an organisation: with one organisation a link,
 * with several a choice of the organisation first. Nothing for anyone else.
 */
export function PostChallengeLink({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const { organisations } = useAdministeredOrganisations(signedIn);
  const [chosen, setChosen] = useState('');
  if (organisations.length === 0) return null;
  const organisationId = organisations.length === 1 ? organisations[0]!.id : chosen;
  return (
    <div className="action-bar">
      {organisations.length > 1 && (
        <Select
          label={t('challenges.postAs')}
          options={[
            { value: '', label: t('challenges.chooseOrganisation') },
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
            to={`/challenges/new?organisation=${encodeURIComponent(organisationId)}`}
          >
            {organisations.length === 1
              ? t('challenges.postFor', { name: organisations[0]!.displayName })
              : t('challenges.post')}
          </Link>
        </p>
      )}
    </div>
  );
}
