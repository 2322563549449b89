import { useMutation } from '@apollo/client/react';
import { SignOutDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate } from 'react-router';
import { useMe } from '../hooks/useMe';

/** Header links: sign in / sign up for visitors; account and sign out for signed-in people. */
export function AccountMenu() {
  const { t } = useTranslation();
  const { me, loading } = useMe();
  const navigate = useNavigate();
  const [signOut, { client }] = useMutation(SignOutDocument);
  if (loading) return null;

  if (!me) {
    return (
      <ul className="account-menu">
        <li>
          <NavLink to="/sign-in">{t('nav.signIn')}</NavLink>
        </li>
        <li>
          <NavLink to="/sign-up">{t('nav.signUp')}</NavLink>
        </li>
      </ul>
    );
  }
  const leave = async () => {
    await signOut().catch(() => undefined);
    // leave the page first: a protected page would otherwise redirect to sign-in on the reset.
    // Synchronously: a navigation in a transition can lose, under load, to the reset's update
    await navigate('/', { flushSync: true });
    await client.resetStore();
  };
  return (
    <ul className="account-menu">
      <li>
        <NavLink to="/account">{me.fullName}</NavLink>
      </li>
      <li>
        <button type="button" className="link-button" onClick={() => void leave()}>
          {t('nav.signOut')}
        </button>
      </li>
    </ul>
  );
}
