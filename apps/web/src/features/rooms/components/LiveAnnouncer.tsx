import { useTranslation } from 'react-i18next';
import type { TimelineMessage } from '../lib/timeline';

const MAX = 160;

/** New messages from others, read out politely by screen readers (never the history). */
export function LiveAnnouncer({
  messages,
  meId,
}: {
  messages: readonly TimelineMessage[];
  meId: string;
}) {
  const { t } = useTranslation();
  const last = [...messages].reverse().find((m) => m.authorId !== meId && m.body);
  const text = last?.body ?? '';
  return (
    <div aria-live="polite" aria-atomic="true" className="visually-hidden">
      {last
        ? t('rooms.announce', {
            name: last.authorName ?? t('rooms.formerMember'),
            text: text.length > MAX ? `${text.slice(0, MAX)}…` : text,
          })
        : ''}
    </div>
  );
}
