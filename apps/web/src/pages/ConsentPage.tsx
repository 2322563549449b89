import { useMutation } from '@apollo/client/react';
import { AcceptConsentsDocument } from '@oip/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { errorView, fieldMessage, errorMessage } from '../app/graphql-errors';
import { usePageTitle } from '../app/usePageTitle';
import { FormError } from '../features/accounts/components/FormError';
import { Button, Checkbox } from '../ui';
import { safeReturnPath } from './SignInPage';

/** Accounts created through single sign-on accept the terms and privacy notice here. */
export function ConsentPage() {
  const { t } = useTranslation();
  usePageTitle(t('consent.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form, setForm] = useState({ acceptTerms: false, acceptPrivacy: false });
  const [accept, { loading, error, client }] = useMutation(AcceptConsentsDocument);
  const view = errorView(error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await accept({ variables: form }).catch(() => null);
    if (result?.data) {
      await client.refetchQueries({ include: ['Me'] });
      void navigate(safeReturnPath(params.get('returnTo')));
    }
  };
  return (
    <section className="narrow">
      <h1>{t('consent.title')}</h1>
      <p>{t('consent.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormError
          message={view && view.code !== 'VALIDATION_FAILED' ? errorMessage(t, view) : null}
        />
        <Checkbox
          label={t('signUp.acceptTerms')}
          checked={form.acceptTerms}
          onChange={(e) => setForm({ ...form, acceptTerms: e.target.checked })}
          error={fieldMessage(t, view, 'acceptTerms')}
        />
        <Checkbox
          label={t('signUp.acceptPrivacy')}
          checked={form.acceptPrivacy}
          onChange={(e) => setForm({ ...form, acceptPrivacy: e.target.checked })}
          error={fieldMessage(t, view, 'acceptPrivacy')}
        />
        <Button type="submit" disabled={loading}>
          {t('consent.submit')}
        </Button>
      </form>
    </section>
  );
}
