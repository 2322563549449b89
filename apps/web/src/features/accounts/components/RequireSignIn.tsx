import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { QueryStatus } from '../../../ui';
import { useMe, type Me } from '../hooks/useMe';

/** Renders its page for a signed-in person; sends anyone else to sign in, then back here. */
export function RequireSignIn({ children }: { children: (me: Me) => ReactNode }) {
  const { t } = useTranslation();
  const { me, loading } = useMe();
  const location = useLocation();
  if (loading) {
    return (
      <QueryStatus
        loading
        error={null}
        loadingText={t('common.loading')}
        errorText=""
        retryText=""
        onRetry={() => undefined}
      />
    );
  }
  if (!me)
    return (
      <Navigate
        to={`/sign-in?returnTo=${encodeURIComponent(location.pathname + location.search)}`}
        replace
      />
    );
  return <>{children(me)}</>;
}
