import { useMutation } from '@apollo/client/react';
import { DeleteMyAccountDocument } from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage, errorView } from '../../../app/graphql-errors';
import { Button, Dialog, TextField, useToast } from '../../../ui';

/** GDPR rights: download everything about me; erase my account (typed confirmation). */
export function PrivacyActions() {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState('');
  const [remove, { loading, error, client }] = useMutation(DeleteMyAccountDocument);
  const confirm = async () => {
    const result = await remove({ variables: { confirmEmail: email } }).catch(() => null);
    if (!result?.data) return;
    setOpen(false);
    await navigate('/');
    await client.resetStore();
    toast.show(t('privacy.deleted'), 'success');
  };
  return (
    <section aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t('privacy.title')}</h2>
      <p>
        <a className="btn btn-secondary" href="/api/me/export" download>
          {t('privacy.export')}
        </a>
      </p>
      <Button variant="danger" onClick={() => setOpen(true)}>
        {t('privacy.delete')}
      </Button>
      <Dialog
        open={open}
        title={t('privacy.delete')}
        onClose={() => setOpen(false)}
        actions={
          <Button variant="danger" disabled={loading || !email} onClick={() => void confirm()}>
            {t('privacy.confirmDelete')}
          </Button>
        }
      >
        <p>{t('privacy.deleteBody')}</p>
        <TextField
          label={t('privacy.confirmEmail')}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={error ? errorMessage(t, errorView(error)) : null}
        />
      </Dialog>
    </section>
  );
}
