import { useTranslation } from 'react-i18next';
import type { PendingMessage } from '../hooks/useRoomTimeline';

/** Messages written here and not stored yet: "sending…", or the reason with retry / discard. */
export function PendingMessages({
  pending,
  onRetry,
  onDiscard,
}: {
  pending: readonly PendingMessage[];
  onRetry: (key: string) => void;
  onDiscard: (key: string) => void;
}) {
  const { t } = useTranslation();
  if (pending.length === 0) return null;
  return (
    <ul className="pending-messages" aria-label={t('rooms.pending.label')}>
      {pending.map((message) => (
        <li key={message.key} className="message message-mine message-pending">
          <p>{message.body}</p>
          {message.error === null ? (
            <p className="card-meta">{t('rooms.pending.sending')}</p>
          ) : message.error === 'NETWORK_ERROR' ? (
            <p className="card-meta">{t('rooms.pending.waiting')}</p>
          ) : (
            <p className="field-error">
              {t(`errors.${message.error}`, { defaultValue: t('errors.INTERNAL_SERVER_ERROR') })}{' '}
              <button type="button" className="btn-link" onClick={() => onRetry(message.key)}>
                {t('rooms.pending.retry')}
              </button>{' '}
              <button type="button" className="btn-link" onClick={() => onDiscard(message.key)}>
                {t('rooms.pending.discard')}
              </button>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
