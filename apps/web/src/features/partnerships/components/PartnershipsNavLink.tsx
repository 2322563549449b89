import { useQuery } from '@apollo/client/react';
import { MyOrganisationsDocument, PendingPartnershipDecisionsDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { NavCountLink } from '../../../ui';
import { useMe } from '../../accounts/hooks/useMe';

/**
 * "Partnerships" in the main navigation, for signed-in members of an organisation, with the
 * number of proposals waiting for their decision (refreshed after each decision).
 */
export function PartnershipsNavLink() {
  const { t } = useTranslation();
  const { me } = useMe();
  const { data } = useQuery(MyOrganisationsDocument, { skip: !me });
  const member = Boolean(me && data?.myOrganisations.length);
  const pending =
    useQuery(PendingPartnershipDecisionsDocument, { skip: !member }).data
      ?.pendingPartnershipDecisions ?? 0;
  if (!member) return null;
  return (
    <NavCountLink
      to="/partnerships"
      label={t('partnerships.nav')}
      count={pending}
      countText={t('partnerships.pending', { count: pending })}
    />
  );
}
