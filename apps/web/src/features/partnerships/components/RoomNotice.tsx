import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The private room of an active partnership or project group, linked. */
export function RoomNotice({ roomId }: { roomId: string | null | undefined }) {
  const { t } = useTranslation();
  if (!roomId) return null;
  return (
    <p className="room-notice">
      {t('partnerships.room')} <Link to={`/rooms/${roomId}`}>{t('rooms.open')}</Link>
    </p>
  );
}
