import { useQuery } from '@apollo/client/react';
import { MARKETPLACE_LIMITS } from '@oip/domain';
import { OrganisationMembersDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../../ui';

/**
 * Contact persons of an offer, chosen among the members of its organisation: a fieldset of
 * checkboxes (keyboard and screen readers for free), at most MARKETPLACE_LIMITS.contactPersonsMax
 * (the others are disabled once that many are chosen). Ids of people who are no longer
 * members are not shown and are dropped at the next save.
 */
export function ContactPersonsPicker({
  organisationId,
  value,
  onChange,
  error,
}: {
  organisationId: string;
  value: string[];
  onChange: (value: string[]) => void;
  error: string | null;
}) {
  const { t } = useTranslation();
  const {
    data,
    loading,
    error: loadError,
  } = useQuery(OrganisationMembersDocument, {
    variables: { id: organisationId },
  });
  const members = data?.organisation?.members ?? [];
  const memberIds = new Set(members.map((member) => member.person.id));
  const chosen = value.filter((id) => memberIds.has(id));
  const max = MARKETPLACE_LIMITS.contactPersonsMax;
  const full = chosen.length >= max;

  return (
    <fieldset className="field" aria-describedby="contact-persons-hint">
      <legend>{t('marketplace.contactPersons')}</legend>
      <p className="field-hint" id="contact-persons-hint">
        {t('marketplace.contactPicker.hint', { max })}
      </p>
      {loading && <p>{t('common.loading')}</p>}
      {loadError && <p className="field-error">{t('marketplace.contactPicker.error')}</p>}
      {!loading && !loadError && members.length === 0 && (
        <p>{t('marketplace.contactPicker.none')}</p>
      )}
      {members.map(({ person }) => {
        const checked = chosen.includes(person.id);
        return (
          <Checkbox
            key={person.id}
            label={person.fullName}
            checked={checked}
            disabled={!checked && full}
            onChange={(e) =>
              onChange(
                e.target.checked ? [...chosen, person.id] : chosen.filter((id) => id !== person.id),
              )
            }
          />
        );
      })}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
