import type { PartnershipFieldsFragment } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../challenge-brief/format';

/** The interest messages, each with its organisation and date. */
export function PartnershipMessages({
  messages,
}: {
  messages: PartnershipFieldsFragment['messages'];
}) {
  const { t, i18n } = useTranslation();
  if (messages.length === 0) return null;
  return (
    <ul className="partnership-messages" aria-label={t('partnerships.messages')}>
      {messages.map((message, index) => (
        <li key={index}>
          <p className="card-meta">
            {t('partnerships.messageBy', {
              name: message.organisation.displayName,
              date: formatDateTime(message.createdAt, i18n.language),
            })}
          </p>
          <p className="partnership-message-body">{message.body}</p>
        </li>
      ))}
    </ul>
  );
}
