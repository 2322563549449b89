import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireSignIn } from '../../accounts/components/RequireSignIn';
import type { Me } from '../../accounts/hooks/useMe';

export const isModerator = (me: Me | null) => me?.role === 'MODERATOR' || me?.role === 'ADMIN';

/** Renders its page for moderators and admins; anyone else signed in is told it is not for them. */
export function RequireModerator({
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
        isModerator(me) ? (
          children(me)
        ) : (
          <>
            <h1>{title}</h1>
            <p className="notice notice-error">{t('challenges.moderation.notAllowed')}</p>
          </>
        )
      }
    </RequireSignIn>
  );
}
