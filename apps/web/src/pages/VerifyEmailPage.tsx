import { useMutation } from '@apollo/client/react';
import { VerifyEmailDocument } from '@oip/graphql';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorMessage, errorView } from '../app/graphql-errors';
import { usePageTitle } from '../app/usePageTitle';
import { QueryStatus } from '../ui';

/** Opened from the verification mail: confirms the address and signs the person in. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  usePageTitle(t('verifyEmail.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [verify, { data, error, loading, called, client }] = useMutation(VerifyEmailDocument);
  const started = useRef(false);

  useEffect(() => {
    if (started.current || !token) return;
    started.current = true; // once, even under StrictMode's double effects: the token is single-use
    void verify({ variables: { token } })
      .then(() => client.resetStore())
      .catch(() => undefined);
  }, [token, verify, client]);

  return (
    <section className="narrow">
      <h1>{t('verifyEmail.title')}</h1>
      {(!called || loading) && token && (
        <QueryStatus
          loading
          error={null}
          loadingText={t('verifyEmail.checking')}
          errorText=""
          retryText=""
          onRetry={() => undefined}
        />
      )}
      {data?.verifyEmail && (
        <>
          <p role="status">{t('verifyEmail.done', { name: data.verifyEmail.fullName })}</p>
          <p>
            <Link to="/organisations/new">{t('verifyEmail.next')}</Link>
          </p>
        </>
      )}
      {(error || !token) && (
        <div className="notice notice-error" role="alert">
          <p>{token ? errorMessage(t, errorView(error)) : t('errors.TOKEN_INVALID')}</p>
          <Link to="/sign-in">{t('signIn.title')}</Link>
        </div>
      )}
    </section>
  );
}
