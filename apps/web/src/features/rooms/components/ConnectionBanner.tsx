import { useTranslation } from 'react-i18next';
import type { ConnectionStatus } from '../lib/socket';

/**
 * "Reconnecting…" / "offline" while the real-time connection is down. The status region is
 * always in the page (empty when connected), so screen readers announce each change.
 */
export function ConnectionBanner({ status }: { status: ConnectionStatus }) {
  const { t } = useTranslation();
  const text =
    status === 'reconnecting'
      ? t('rooms.connection.reconnecting')
      : status === 'offline'
        ? t('rooms.connection.offline')
        : status === 'connecting'
          ? t('rooms.connection.connecting')
          : '';
  return (
    <div role="status" className={text ? 'notice room-connection' : 'room-connection-ok'}>
      {text}
    </div>
  );
}
