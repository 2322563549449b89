import { useMutation } from '@apollo/client/react';
import { DeactivateOrganisationDocument, ReactivateOrganisationDocument } from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, errorView } from '../../../app/graphql-errors';
import { Button, Dialog, useToast } from '../../../ui';

/**
 * Deactivates an organisation (after a confirmation: it leaves every match and cannot publish)
 * or reactivates it. Shown to its owners, moderators and platform admins; the API audits it.
 */
export function ActiveToggle({ id, name, active }: { id: string; name: string; active: boolean }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const [deactivate, deactivating] = useMutation(DeactivateOrganisationDocument);
  const [reactivate, reactivating] = useMutation(ReactivateOrganisationDocument);
  const busy = deactivating.loading || reactivating.loading;

  const run = async () => {
    try {
      if (active) await deactivate({ variables: { id } });
      else await reactivate({ variables: { id } });
      toast.show(
        active ? t('organisations.deactivatedDone') : t('organisations.reactivatedDone'),
        'success',
      );
    } catch (error) {
      toast.show(errorMessage(t, errorView(error)) ?? '', 'error');
    }
    setConfirming(false);
  };

  return (
    <>
      <Button
        variant="secondary"
        disabled={busy}
        onClick={() => (active ? setConfirming(true) : void run())}
      >
        {active ? t('organisations.deactivate') : t('organisations.reactivate')}
      </Button>
      <Dialog
        open={confirming}
        title={t('organisations.confirmDeactivateTitle', { name })}
        onClose={() => setConfirming(false)}
        actions={
          <Button variant="danger" disabled={busy} onClick={() => void run()}>
            {t('organisations.confirmDeactivate')}
          </Button>
        }
      >
        <p>{t('organisations.confirmDeactivateBody')}</p>
      </Dialog>
    </>
  );
}
