import { useQuery } from '@apollo/client/react';
import { MyOrganisationsDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useMe } from '../../accounts/hooks/useMe';

/** "Partnerships" in the main navigation, for signed-in members of an organisation. */
export function PartnershipsNavLink() {
  const { t } = useTranslation();
  const { me } = useMe();
  const { data } = useQuery(MyOrganisationsDocument, { skip: !me });
  if (!me || !data?.myOrganisations.length) return null;
  return (
    <li>
      <NavLink to="/partnerships">{t('partnerships.nav')}</NavLink>
    </li>
  );
}
