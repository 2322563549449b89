import { useQuery } from '@apollo/client/react';
import { SearchRoomMessagesDocument } from '@oip/graphql';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../../ui';
import { formatDateTime } from '../../challenge-brief/format';
import { fromGraphQL } from '../lib/timeline';
import { MessageBody } from './MessageBody';
import { SearchForm } from './SearchForm';

/** Searches the room's messages (Italian and English words); the 20 most recent matches. */
export function RoomSearch({ roomId }: { roomId: string }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [query, setQuery] = useState('');
  const result = useQuery(SearchRoomMessagesDocument, {
    variables: { roomId, query },
    skip: !query,
  });
  const found = result.data?.searchRoomMessages.map(fromGraphQL);
  return (
    <section className="room-search" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('rooms.search.title')}
      </h2>
      <SearchForm
        label={t('rooms.search.label')}
        query={query}
        onSearch={setQuery}
        clearText={t('rooms.search.clear')}
      />
      {query && (
        <>
          <QueryStatus
            loading={result.loading}
            error={result.error}
            loadingText={t('common.loading')}
            errorText={t('common.networkError')}
            retryText={t('common.retry')}
            onRetry={() => void result.refetch()}
          />
          {found && (
            <>
              <p role="status">
                {found.length
                  ? t('rooms.search.found', { count: found.length, query })
                  : t('rooms.search.none', { query })}
              </p>
              {found.length > 0 && (
                <ol className="messages search-results" aria-label={t('rooms.search.results')}>
                  {found.map((message) => (
                    <li key={message.id} className="message">
                      <p className="message-meta">
                        <strong>{message.authorName ?? t('rooms.formerMember')}</strong>{' '}
                        <time dateTime={message.createdAt}>
                          {formatDateTime(message.createdAt, i18n.language)}
                        </time>
                      </p>
                      <MessageBody message={message} />
                    </li>
                  ))}
                </ol>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
