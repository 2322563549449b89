import { useQuery } from '@apollo/client/react';
import { MyOrganisationsDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { NavCountLink } from '../../../ui';
import { useMe } from '../../accounts/hooks/useMe';
import { usePendingDecisions } from '../hooks/usePendingDecisions';

/**
 * "Partnerships" in the main navigation, for signed-in members of an organisation, with the
 * number of proposals waiting for their decision (refreshed after each decision).
 */
export function PartnershipsNavLink() {
  const { t } = useTranslation();
  const { me } = useMe();
  const { data } = useQuery(MyOrganisationsDocument, { skip: !me });
  const member = Boolean(me && data?.myOrganisations.length);
  const pending = usePendingDecisions({ skip: !member });
  if (!member) return null;
  // with proposals waiting: straight to the received ones of the organisation with the most
  const first = pending.perOrganisation[0];
  return (
    <NavCountLink
      to={
        first ? `/partnerships?organisation=${first.organisationId}&box=received` : '/partnerships'
      }
      label={t('partnerships.nav')}
      count={pending.total}
      countText={t('partnerships.pending', { count: pending.total })}
    />
  );
}
