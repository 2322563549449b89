import { useMutation, useQuery } from '@apollo/client/react';
import {
  CommunityRoomsDocument,
  JoinRoomDocument,
  MyRoomsDocument,
  type RoomFieldsFragment,
} from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button, useToast } from '../../../ui';
import { LoadStatus } from '../../partnerships/components/LoadStatus';

const PAGE = 20;

function RoomLink({ room }: { room: RoomFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <>
      <Link to={`/rooms/${room.id}`}>{room.title}</Link>{' '}
      <span className="card-meta">{t(`rooms.kind.${room.kind}`)}</span>
      {room.unreadCount > 0 && (
        <span className="count-badge">{t('rooms.unread', { count: room.unreadCount })}</span>
      )}
    </>
  );
}

/** The viewer's rooms, latest activity first, with unread badges; more on demand. */
export function MyRoomList() {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(MyRoomsDocument, {
    variables: { first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.myRooms;
  if (!page) return <LoadStatus loading={loading} error={error} onRetry={refetch} />;
  if (page.nodes.length === 0) return <p>{t('rooms.none')}</p>;
  return (
    <>
      <ul className="room-list">
        {page.nodes.map((room) => (
          <li key={room.id}>
            <RoomLink room={room} />
          </li>
        ))}
      </ul>
      {page.pageInfo.hasNextPage && (
        <Button
          variant="secondary"
          onClick={() =>
            void fetchMore({
              variables: { after: page.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                ...fetchMoreResult,
                myRooms: {
                  ...fetchMoreResult.myRooms,
                  nodes: [...previous.myRooms.nodes, ...fetchMoreResult.myRooms.nodes],
                },
              }),
            })
          }
        >
          {t('rooms.more')}
        </Button>
      )}
    </>
  );
}

/** Community rooms: join one, or open it when already in. */
export function CommunityRoomList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const { data, loading, error, refetch } = useQuery(CommunityRoomsDocument, {
    variables: { first: 50 },
  });
  const [join, joining] = useMutation(JoinRoomDocument, { refetchQueries: [MyRoomsDocument] });
  const rooms = data?.communityRooms.nodes;
  if (!rooms) return <LoadStatus loading={loading} error={error} onRetry={refetch} />;
  if (rooms.length === 0) return <p>{t('rooms.noCommunity')}</p>;
  return (
    <ul className="room-list">
      {rooms.map((room) => (
        <li key={room.id}>
          <RoomLink room={room} />
          {room.description && <p className="card-meta">{room.description}</p>}
          {!room.joined && (
            <Button
              variant="secondary"
              disabled={joining.loading}
              aria-label={t('rooms.joinNamed', { title: room.title })}
              onClick={() =>
                void join({ variables: { roomId: room.id } }).then(
                  () => navigate(`/rooms/${room.id}`),
                  () => toast.show(t('errors.INTERNAL_SERVER_ERROR'), 'error'),
                )
              }
            >
              {t('rooms.join')}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
