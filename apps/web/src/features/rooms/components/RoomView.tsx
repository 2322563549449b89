import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorView } from '../../../app/graphql-errors';
import { usePageTitle } from '../../../app/usePageTitle';
import { useToast } from '../../../ui';
import type { Me } from '../../accounts/hooks/useMe';
import { LoadStatus } from '../../partnerships/components/LoadStatus';
import { useConnectionStatus } from '../hooks/useConnectionStatus';
import { useRoomTimeline } from '../hooks/useRoomTimeline';
import type { TimelineMessage } from '../lib/timeline';
import { Composer } from './Composer';
import { ConnectionBanner } from './ConnectionBanner';
import { LiveAnnouncer } from './LiveAnnouncer';
import { MessageList } from './MessageList';
import type { MessageActions } from './MessageItem';
import { PendingMessages } from './PendingMessages';
import { RoomSearch } from './RoomSearch';
import { ThreadPanel } from './ThreadPanel';
import { RoomModeration } from '../moderation/RoomModeration';

/** A room, live: messages, who is here and typing, the composer, a thread beside it. */
export function RoomView({ roomId, me }: { roomId: string; me: Me }) {
  const { t } = useTranslation();
  const toast = useToast();
  const status = useConnectionStatus();
  const room = useRoomTimeline(roomId);
  const [threadRootId, setThreadRootId] = useState<string | null>(null);
  usePageTitle(room.room?.title ?? t('rooms.title'));
  const onError = useCallback(
    (code: string) =>
      toast.show(t(`errors.${code}`, { defaultValue: t('errors.INTERNAL_SERVER_ERROR') }), 'error'),
    [t, toast],
  );
  const actions: MessageActions = useMemo(
    () => ({ act: room.act, onError, onReply: (m: TimelineMessage) => setThreadRootId(m.id) }),
    [room.act, onError],
  );
  const send =
    (parentId: string | null) => (body: string, mentions: string[], attachmentIds: string[]) =>
      void room.send(body, parentId, mentions, attachmentIds).then((ack) => {
        const code = ack.error?.code;
        if (!ack.ok && code && code !== 'NETWORK_ERROR') onError(code);
      });

  if (!room.room) {
    const code = errorView(room.query.error)?.code;
    if (code === 'ROOM_NOT_MEMBER' || code === 'ROOM_BANNED' || code === 'NOT_FOUND')
      return <p className="notice notice-error">{t(`errors.${code}`)}</p>;
    return (
      <LoadStatus
        loading={room.query.loading}
        error={room.query.error}
        onRetry={room.query.refetch}
      />
    );
  }
  const threadRoot = room.timeline.messages.find((m) => m.id === threadRootId) ?? null;
  const typing = room.typing.filter((p) => p.userId !== me.id);
  return (
    <div className={`room-layout${threadRoot ? ' with-thread' : ''}`}>
      <div className="room-main">
        <header className="room-header">
          <h1>{room.room.title}</h1>
          <p className="card-meta">
            {t(`rooms.kind.${room.room.kind}`)}
            {room.room.slowModeSeconds > 0 &&
              ` · ${t('rooms.slowMode', { seconds: room.room.slowModeSeconds })}`}
          </p>
          {room.room.description && <p>{room.room.description}</p>}
          <p className="presence">
            {t('rooms.present', {
              count: room.present.length,
              names: room.present.map((p) => p.name).join(', '),
            })}
          </p>
        </header>
        <RoomSearch roomId={roomId} />
        {room.room.moderates && <RoomModeration room={room.room} meId={me.id} />}
        <ConnectionBanner status={status} />
        {room.removed && <p className="notice notice-error">{t('rooms.removed')}</p>}
        <LiveAnnouncer messages={room.live} meId={me.id} />
        <MessageList
          messages={room.timeline.messages}
          hasOlder={room.timeline.hasOlder}
          loadingOlder={room.loadingOlder}
          onLoadOlder={() => void room.loadOlder()}
          meId={me.id}
          moderates={room.room.moderates}
          actions={actions}
          onAtBottom={room.markRead}
        />
        <PendingMessages pending={room.pending} onRetry={room.retry} onDiscard={room.discard} />
        <p className="typing" aria-hidden={typing.length === 0}>
          {typing.length > 0 &&
            t('rooms.typing', {
              count: typing.length,
              names: typing.map((p) => p.name).join(', '),
            })}
        </p>
        {!room.removed && (
          <Composer
            roomId={roomId}
            label={t('rooms.composer.label')}
            onSend={send(null)}
            onTyping={room.notifyTyping}
          />
        )}
      </div>
      {threadRoot && (
        <ThreadPanel
          root={threadRoot}
          timeline={room.timeline}
          roomId={roomId}
          meId={me.id}
          moderates={room.room.moderates}
          actions={actions}
          onSend={send(threadRoot.id)}
          onTyping={room.notifyTyping}
          onClose={() => setThreadRootId(null)}
        />
      )}
    </div>
  );
}
