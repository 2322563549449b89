import { useMutation, useQuery } from '@apollo/client/react';
import { SignInDocument, SsoProviderDocument } from '@oip/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorMessage, errorView } from '../app/graphql-errors';
import { usePageTitle } from '../app/usePageTitle';
import { FormError } from '../features/accounts/components/FormError';
import { Button, TextField } from '../ui';

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [signIn, { loading, error, client }] = useMutation(SignInDocument);
  const [form, setForm] = useState({ email: '', password: '' });
  const ssoError = params.get('sso_error');
  const sso = useQuery(SsoProviderDocument).data?.ssoProvider;
  const returnTo = safeReturnPath(params.get('returnTo'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await signIn({ variables: { input: form } }).catch(() => null);
    if (result?.data?.signIn) {
      await client.resetStore(); // every query answers for the signed-in person now
      void navigate(safeReturnPath(params.get('returnTo')));
    }
  };

  return (
    <section className="narrow">
      <h1>{t('signIn.title')}</h1>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormError
          message={
            errorMessage(t, errorView(error)) ??
            (ssoError ? t(`ssoErrors.${ssoError}`, { defaultValue: t('signIn.ssoError') }) : null)
          }
        />
        <TextField
          label={t('signUp.email')}
          type="email"
          autoComplete="username"
          required
          value={form.email}
          onChange={(e) => setForm({ ...form, email: e.target.value })}
        />
        <TextField
          label={t('signUp.password')}
          type="password"
          autoComplete="current-password"
          required
          value={form.password}
          onChange={(e) => setForm({ ...form, password: e.target.value })}
        />
        <Button type="submit" disabled={loading}>
          {loading ? t('common.wait') : t('signIn.submit')}
        </Button>
      </form>
      {sso?.enabled && (
        <p>
          {/* a full page load: the provider's sign-in page is another site */}
          <a
            className="btn btn-secondary"
            href={`/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`}
          >
            {t('signIn.sso', { provider: sso.name })}
          </a>
        </p>
      )}
      <p>
        <Link to="/forgot-password">{t('signIn.forgot')}</Link>
      </p>
      <p>
        {t('signIn.noAccount')} <Link to="/sign-up">{t('signUp.title')}</Link>
      </p>
    </section>
  );
}

/** Only paths of this site: never an absolute or protocol-relative URL (open redirect). */
export function safeReturnPath(value: string | null): string {
  return value && /^\/(?![/\\])/.test(value) ? value : '/';
}
