import { useQuery } from '@apollo/client/react';
import { MyRoomsDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { NavCountLink } from '../../../ui';
import { useMe } from '../../accounts/hooks/useMe';

/** "Rooms" in the main navigation, with the number of unread messages. */
export function RoomsNavLink() {
  const { t } = useTranslation();
  const { me } = useMe();
  const { data } = useQuery(MyRoomsDocument, { variables: { first: 50 }, skip: !me });
  if (!me) return null;
  const unread = data?.myRooms.nodes.reduce((sum, room) => sum + room.unreadCount, 0) ?? 0;
  return (
    <NavCountLink
      to="/rooms"
      label={t('rooms.nav')}
      count={unread}
      countText={t('rooms.unread', { count: unread })}
    />
  );
}
