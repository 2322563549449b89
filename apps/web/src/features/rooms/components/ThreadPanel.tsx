import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui';
import { repliesOf, type Timeline, type TimelineMessage } from '../lib/timeline';
import { Composer } from './Composer';
import { MessageItem, type MessageActions } from './MessageItem';

/** A thread beside the room: its first message, the replies loaded here, and a reply box. */
export function ThreadPanel({
  root,
  timeline,
  roomId,
  meId,
  moderates,
  actions,
  onSend,
  onTyping,
  onClose,
}: {
  root: TimelineMessage;
  timeline: Timeline;
  roomId: string;
  meId: string;
  moderates: boolean;
  actions: MessageActions;
  onSend: (body: string, mentions: string[], attachmentIds: string[]) => void;
  onTyping: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const replies = repliesOf(timeline, root.id);
  return (
    <aside className="thread-panel" aria-labelledby="thread-heading">
      <h2 id="thread-heading">{t('rooms.thread.title', { name: root.authorName ?? '' })}</h2>
      <Button variant="secondary" onClick={onClose}>
        {t('rooms.thread.close')}
      </Button>
      <ol className="messages">
        {[root, ...replies].map((message) => (
          <MessageItem
            key={message.id}
            message={message}
            meId={meId}
            moderates={moderates}
            actions={actions}
          />
        ))}
      </ol>
      <Composer
        roomId={roomId}
        label={t('rooms.thread.reply')}
        onSend={onSend}
        onTyping={onTyping}
      />
    </aside>
  );
}
