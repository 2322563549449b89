import { renderMarkdown } from '@oip/markdown';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineMessage } from '../lib/timeline';

/** The message's markdown, sanitised by @oip/markdown; "deleted" or "hidden" in its place. */
export function MessageBody({ message }: { message: TimelineMessage }) {
  const { t } = useTranslation();
  const html = useMemo(() => (message.body ? renderMarkdown(message.body) : ''), [message.body]);
  if (message.deleted) return <p className="message-gone">{t('rooms.message.deleted')}</p>;
  if (message.hidden) return <p className="message-gone">{t('rooms.message.hidden')}</p>;
  return <div className="message-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
