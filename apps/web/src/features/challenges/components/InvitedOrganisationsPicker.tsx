import { useQuery } from '@apollo/client/react';
import { OrganisationsDocument } from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Select, TextField } from '../../../ui';
import type { InvitedOrganisation } from '../lib/challenge-form';

/** Invited organisations: search by name, add from the matches, remove from the list. */
export function InvitedOrganisationsPicker({
  value,
  onChange,
  error,
}: {
  value: InvitedOrganisation[];
  onChange: (next: InvitedOrganisation[]) => void;
  error: string | null;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [choice, setChoice] = useState('');
  const { data } = useQuery(OrganisationsDocument, {
    variables: { filter: search.trim().length >= 2 ? { query: search.trim() } : {}, first: 20 },
  });
  const matches = (data?.organisations.nodes ?? []).filter(
    (o) => !value.some((chosen) => chosen.id === o.id),
  );
  const add = () => {
    const organisation = matches.find((o) => o.id === choice);
    if (!organisation) return;
    onChange([...value, { id: organisation.id, displayName: organisation.displayName }]);
    setChoice('');
  };
  return (
    <fieldset className="field">
      <legend>{t('challenges.invited')}</legend>
      {value.length > 0 ? (
        <ul>
          {value.map((organisation) => (
            <li key={organisation.id}>
              {organisation.displayName}{' '}
              <Button
                variant="secondary"
                aria-label={t('challenges.removeInvited', { name: organisation.displayName })}
                onClick={() => onChange(value.filter((o) => o.id !== organisation.id))}
              >
                {t('challenges.remove')}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="card-meta">{t('challenges.noInvited')}</p>
      )}
      <TextField
        label={t('challenges.invitedSearch')}
        type="search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <Select
        label={t('challenges.invitedChoose')}
        options={[
          { value: '', label: t('challenges.chooseOrganisation') },
          ...matches.map((o) => ({ value: o.id, label: o.displayName })),
        ]}
        value={choice}
        onChange={(e) => setChoice(e.target.value)}
        error={error}
      />
      <Button variant="secondary" onClick={add} disabled={!choice}>
        {t('challenges.addInvited')}
      </Button>
    </fieldset>
  );
}
