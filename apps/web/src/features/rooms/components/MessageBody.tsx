import { renderMarkdown } from '@oip/markdown';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineMessage } from '../lib/timeline';

const formatBytes = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The message's markdown, sanitised by @oip/markdown; "deleted" or "hidden" in its place. */
export function MessageBody({ message }: { message: TimelineMessage }) {
  const { t } = useTranslation();
  const html = useMemo(() => (message.body ? renderMarkdown(message.body) : ''), [message.body]);
  if (message.deleted) return <p className="message-gone">{t('rooms.message.deleted')}</p>;
  if (message.hidden) return <p className="message-gone">{t('rooms.message.hidden')}</p>;
  return (
    <>
      <div className="message-body" dangerouslySetInnerHTML={{ __html: html }} />
      {message.attachments.length > 0 && (
        <ul className="message-files" aria-label={t('rooms.files.label')}>
          {message.attachments.map((file) => (
            <li key={file.id}>
              <a href={file.url} download={file.name}>
                {file.name}
              </a>{' '}
              <span className="card-meta">({formatBytes(file.size)})</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
