import { useMutation } from '@apollo/client/react';
import { RequestPasswordResetDocument } from '@oip/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, errorView } from '../app/graphql-errors';
import { usePageTitle } from '../app/usePageTitle';
import { FormError } from '../features/accounts/components/FormError';
import { Button, TextField } from '../ui';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('forgotPassword.title'));
  const [email, setEmail] = useState('');
  const [request, { loading, error, data }] = useMutation(RequestPasswordResetDocument);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void request({ variables: { email } }).catch(() => undefined);
  };
  return (
    <section className="narrow">
      <h1>{t('forgotPassword.title')}</h1>
      {data ? (
        <p role="status">{t('forgotPassword.sent', { email })}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <p>{t('forgotPassword.intro')}</p>
          <FormError message={errorMessage(t, errorView(error))} />
          <TextField
            label={t('signUp.email')}
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <Button type="submit" disabled={loading}>
            {t('forgotPassword.submit')}
          </Button>
        </form>
      )}
    </section>
  );
}
