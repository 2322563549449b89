import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Select } from '../../../ui';
import { useAdministeredOrganisations } from '../hooks/useMyOrganisations';

/**
 * A "post …" link for people who administer an organisation: with one organisation a link,
 * with several a choice of the organisation first. Nothing for anyone else. `newPath` gets
 * `?organisation=<id>`; `label` names the link (with the organisation's name when only one).
 */
export function PostAsOrganisationLink({
  signedIn,
  newPath,
  label,
  postAsLabel,
  chooseLabel,
}: {
  signedIn: boolean;
  newPath: string;
  label: (onlyOrganisation: string | null) => string;
  postAsLabel: string;
  chooseLabel: string;
}) {
  const { organisations } = useAdministeredOrganisations(signedIn);
  const [chosen, setChosen] = useState('');
  if (organisations.length === 0) return null;
  const organisationId = organisations.length === 1 ? organisations[0]!.id : chosen;
  return (
    <div className="action-bar">
      {organisations.length > 1 && (
        <Select
          label={postAsLabel}
          options={[
            { value: '', label: chooseLabel },
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
            to={`${newPath}?organisation=${encodeURIComponent(organisationId)}`}
          >
            {label(organisations.length === 1 ? organisations[0]!.displayName : null)}
          </Link>
        </p>
      )}
    </div>
  );
}

/** "Post a challenge" (for one's organisation). */
export function PostChallengeLink({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  return (
    <PostAsOrganisationLink
      signedIn={signedIn}
      newPath="/challenges/new"
      label={(name) => (name ? t('challenges.postFor', { name }) : t('challenges.post'))}
      postAsLabel={t('challenges.postAs')}
      chooseLabel={t('challenges.chooseOrganisation')}
    />
  );
}
