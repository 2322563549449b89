import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui';
import type { TimelineMessage } from '../lib/timeline';
import { MessageItem, type MessageActions } from './MessageItem';

/**
 * The room's messages, oldest first. Scrolling to the top loads older ones (and a button does
 * the same for keyboards); new messages keep the view at the bottom when it was there.
 */
export function MessageList({
  messages,
  hasOlder,
  loadingOlder,
  onLoadOlder,
  meId,
  moderates,
  actions,
  onAtBottom,
}: {
  messages: readonly TimelineMessage[];
  hasOlder: boolean;
  loadingOlder: boolean;
  onLoadOlder: () => void;
  meId: string;
  moderates: boolean;
  actions: MessageActions;
  onAtBottom: () => void;
}) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const authors = new Map(messages.map((m) => [m.id, m.authorName]));

  useEffect(() => {
    const target = sentinel.current;
    if (!target || !hasOlder || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) onLoadOlder();
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [hasOlder, onLoadOlder]);

  const newest = messages.at(-1)?.seq;
  useEffect(() => {
    const element = scroller.current;
    if (element && atBottom.current) {
      element.scrollTop = element.scrollHeight;
      onAtBottom();
    }
  }, [newest, onAtBottom]);

  return (
    <div
      className="message-scroller"
      ref={scroller}
      tabIndex={0}
      role="region"
      aria-label={t('rooms.messages')}
      onScroll={(event) => {
        const element = event.currentTarget;
        atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < 40;
        if (atBottom.current) onAtBottom();
      }}
    >
      {hasOlder && (
        <div ref={sentinel} className="load-older">
          <Button variant="secondary" onClick={onLoadOlder} disabled={loadingOlder}>
            {loadingOlder ? t('common.loading') : t('rooms.loadOlder')}
          </Button>
        </div>
      )}
      {messages.length === 0 ? (
        <p className="card-meta">{t('rooms.empty')}</p>
      ) : (
        <ol className="messages">
          {messages.map((message) => (
            <MessageItem
              key={message.id}
              message={message}
              meId={meId}
              moderates={moderates}
              parentAuthor={message.parentId ? authors.get(message.parentId) : undefined}
              actions={actions}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
