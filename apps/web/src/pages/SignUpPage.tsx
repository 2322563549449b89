import { useMutation } from '@apollo/client/react';
import { PASSWORD_MIN_LENGTH } from '@oip/domain';
import { RegisterDocument } from '@oip/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage, errorView, fieldMessage } from '../app/graphql-errors';
import { currentLocale } from '../app/i18n';
import { usePageTitle } from '../app/usePageTitle';
import { FormError } from '../features/accounts/components/FormError';
import { Button, Checkbox, TextField } from '../ui';

export function SignUpPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('signUp.title'));
  const [register, { loading, error, data }] = useMutation(RegisterDocument);
  const [form, setForm] = useState({
    fullName: '',
    email: '',
    password: '',
    acceptTerms: false,
    acceptPrivacy: false,
  });
  const view = errorView(error);
  const field = (name: string) => fieldMessage(t, view, name);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void register({
      variables: { input: { ...form, locale: currentLocale(i18n.language) } },
    }).catch(() => undefined);
  };

  if (data?.register) {
    return (
      <section className="narrow">
        <h1>{t('signUp.checkInboxTitle')}</h1>
        <p role="status">{t('signUp.checkInbox', { email: form.email })}</p>
        <p>
          <Link to="/sign-in">{t('signIn.title')}</Link>
        </p>
      </section>
    );
  }

  return (
    <section className="narrow">
      <h1>{t('signUp.title')}</h1>
      <p>{t('signUp.intro')}</p>
      <form onSubmit={submit} noValidate>
        <FormError
          message={view && view.code !== 'VALIDATION_FAILED' ? errorMessage(t, view) : null}
        />
        <TextField
          label={t('signUp.fullName')}
          autoComplete="name"
          required
          value={form.fullName}
          onChange={(e) => setForm({ ...form, fullName: e.target.value })}
          error={field('fullName')}
        />
        <TextField
          label={t('signUp.email')}
          type="email"
          autoComplete="email"
          required
          value={form.email}
          onChange={(e) => setForm({ ...form, email: e.target.value })}
          error={field('email')}
        />
        <TextField
          label={t('signUp.password')}
          type="password"
          autoComplete="new-password"
          required
          hint={t('signUp.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          value={form.password}
          onChange={(e) => setForm({ ...form, password: e.target.value })}
          error={field('password')}
        />
        <Checkbox
          label={t('signUp.acceptTerms')}
          checked={form.acceptTerms}
          onChange={(e) => setForm({ ...form, acceptTerms: e.target.checked })}
          error={field('acceptTerms')}
        />
        <Checkbox
          label={t('signUp.acceptPrivacy')}
          checked={form.acceptPrivacy}
          onChange={(e) => setForm({ ...form, acceptPrivacy: e.target.checked })}
          error={field('acceptPrivacy')}
        />
        <Button type="submit" disabled={loading}>
          {loading ? t('common.wait') : t('signUp.submit')}
        </Button>
      </form>
      <p>
        {t('signUp.haveAccount')} <Link to="/sign-in">{t('signIn.title')}</Link>
      </p>
    </section>
  );
}
