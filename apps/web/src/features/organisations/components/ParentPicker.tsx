import { useQuery } from '@apollo/client/react';
import { OrganisationsDocument } from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Select, TextField } from '../../../ui';

/**
 * The organisation this one belongs to (a lab in a department, a subsidiary in a group):
 * search by name, then choose among the matches. The API refuses cycles (PARENT_INVALID).
 */
export function ParentPicker(props: {
  value: string | null;
  selfId?: string;
  error: string | null;
  onChange: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { data } = useQuery(OrganisationsDocument, {
    variables: { filter: search.trim().length >= 2 ? { query: search.trim() } : {}, first: 20 },
  });
  const matches = (data?.organisations.nodes ?? []).filter(
    (organisation) => organisation.id !== props.selfId,
  );
  const current =
    props.value && !matches.some((m) => m.id === props.value)
      ? [{ value: props.value, label: t('organisations.currentParent') }]
      : [];
  const options = [
    { value: '', label: t('organisations.noParent') },
    ...current,
    ...matches.map((m) => ({ value: m.id, label: m.displayName })),
  ];
  return (
    <fieldset className="field">
      <legend>{t('organisations.parent')}</legend>
      <TextField
        label={t('organisations.parentSearch')}
        type="search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <Select
        label={t('organisations.parentChoose')}
        options={options}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value || null)}
        error={props.error}
      />
    </fieldset>
  );
}
