import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useMe } from '../../accounts/hooks/useMe';

/** The "For you" entry of the main navigation, for signed-in people. */
export function ForYouNavLink() {
  const { t } = useTranslation();
  const { me } = useMe();
  if (!me) return null;
  return (
    <li>
      <NavLink to="/for-you">{t('matchmaking.forYou.nav')}</NavLink>
    </li>
  );
}
