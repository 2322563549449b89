import { useMutation } from '@apollo/client/react';
import { PASSWORD_MIN_LENGTH } from '@oip/domain';
import { ResetPasswordDocument } from '@oip/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorMessage, errorView, fieldMessage } from '../app/graphql-errors';
import { usePageTitle } from '../app/usePageTitle';
import { FormError } from '../features/accounts/components/FormError';
import { Button, TextField } from '../ui';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('resetPassword.title'));
  const [params] = useSearchParams();
  const [password, setPassword] = useState('');
  const [reset, { loading, error, data }] = useMutation(ResetPasswordDocument);
  const view = errorView(error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void reset({ variables: { token: params.get('token') ?? '', password } }).catch(
      () => undefined,
    );
  };
  return (
    <section className="narrow">
      <h1>{t('resetPassword.title')}</h1>
      {data ? (
        <p role="status">
          {t('resetPassword.done')} <Link to="/sign-in">{t('signIn.title')}</Link>
        </p>
      ) : (
        <form onSubmit={submit} noValidate>
          <FormError
            message={view && view.code !== 'VALIDATION_FAILED' ? errorMessage(t, view) : null}
          />
          <TextField
            label={t('resetPassword.password')}
            type="password"
            autoComplete="new-password"
            required
            hint={t('signUp.passwordHint', { min: PASSWORD_MIN_LENGTH })}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={fieldMessage(t, view, 'password')}
          />
          <Button type="submit" disabled={loading}>
            {t('resetPassword.submit')}
          </Button>
        </form>
      )}
    </section>
  );
}
