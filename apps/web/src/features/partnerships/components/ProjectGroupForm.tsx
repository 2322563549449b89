import { useMutation } from '@apollo/client/react';
import { FormProjectGroupDocument, type PartnershipFieldsFragment } from '@oip/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, errorView } from '../../../app/graphql-errors';
import { currentLocale } from '../../../app/i18n';
import { Button, Checkbox, useToast } from '../../../ui';
import { itemTitle, otherSide } from '../lib/partnership-view';

/**
 * "Form a project group" for one item: the owner picks two or more of its active partnerships
 * on it; they share one confidential room.
 */
export function ProjectGroupForm({
  organisationId,
  partnerships,
}: {
  organisationId: string;
  /** The ACTIVE partnerships of one item (two or more). */
  partnerships: PartnershipFieldsFragment[];
}) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const first = partnerships[0]!;
  const title = itemTitle(first, currentLocale(i18n.language));
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [form, { loading }] = useMutation(FormProjectGroupDocument, {
    refetchQueries: ['ProjectGroups'],
  });
  const toggle = (id: string, on: boolean) =>
    setChosen((all) => {
      const next = new Set(all);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (chosen.size < 2) return setError(t('partnerships.group.chooseTwo'));
    setError(null);
    try {
      await form({
        variables: {
          input: { itemType: first.itemType, itemId: first.itemId, partnershipIds: [...chosen] },
        },
      });
      setChosen(new Set());
      toast.show(t('partnerships.group.formed', { title }), 'success');
      // the button was disabled while forming, which drops the focus: take the keyboard to
      // the groups, where the new one is listed
      document.getElementById('project-groups-heading')?.focus();
    } catch (caught) {
      setError(errorMessage(t, errorView(caught)));
    }
  };
  return (
    <form className="card project-group-form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset>
        <legend>{t('partnerships.group.legend', { title })}</legend>
        <p className="field-hint">{t('partnerships.group.hint')}</p>
        {partnerships.map((partnership) => (
          <Checkbox
            key={partnership.id}
            label={otherSide(partnership, organisationId).displayName}
            checked={chosen.has(partnership.id)}
            onChange={(event) => toggle(partnership.id, event.target.checked)}
          />
        ))}
      </fieldset>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <div className="action-bar">
        <Button type="submit" disabled={loading}>
          {t('partnerships.group.submit')}
        </Button>
      </div>
    </form>
  );
}
