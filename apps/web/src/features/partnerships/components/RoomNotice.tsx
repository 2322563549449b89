import { useTranslation } from 'react-i18next';

/**
 * The private room of an active partnership or project group. Discussion rooms come with
 * issue 6: until a room page exists the room is named, not linked.
 */
export function RoomNotice({ roomId }: { roomId: string | null | undefined }) {
  const { t } = useTranslation();
  if (!roomId) return null;
  return (
    <p className="room-notice">
      {t('partnerships.room')} <span className="card-meta">({roomId})</span>
    </p>
  );
}
