import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireSignIn } from '../../accounts/components/RequireSignIn';
import type { Me } from '../../accounts/hooks/useMe';

/**
 * Renders its page for platform admins; visitors go to sign in, and anyone else signed in is
 * told plainly that the page is not for them (the API refuses them anyway).
 */
export function RequirePlatformAdmin({
  title,
  children,
}: {
  title: string;
  children: (me: Me) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <RequireSignIn>
      {(me) =>
        me.role === 'ADMIN' ? (
          children(me)
        ) : (
          <>
            <h1>{title}</h1>
            <p className="notice notice-error">{t('administration.notAllowed')}</p>
          </>
        )
      }
    </RequireSignIn>
  );
}
