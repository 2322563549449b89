import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useMe } from '../../accounts/hooks/useMe';

/** The "Administration" entry of the main navigation, for platform admins only. */
export function AdminNavLink() {
  const { t } = useTranslation();
  const { me } = useMe();
  if (me?.role !== 'ADMIN') return null;
  return (
    <li>
      <NavLink to="/admin/people">{t('nav.administration')}</NavLink>
    </li>
  );
}
