import { useMutation, useQuery } from '@apollo/client/react';
import {
  AddRoomMemberDocument,
  PeopleDocument,
  RoomMembersForModerationDocument,
} from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, QueryStatus } from '../../../ui';
import { SearchForm } from '../components/SearchForm';
import { useModerationAction } from './useModerationAction';

/** An event room's moderators add its registered attendees, found in the people directory. */
export function AddRoomPerson({ roomId }: { roomId: string }) {
  const { t } = useTranslation();
  const act = useModerationAction();
  const [query, setQuery] = useState('');
  const people = useQuery(PeopleDocument, {
    variables: { filter: { query }, first: 10 },
    skip: !query,
  });
  const [add, { loading }] = useMutation(AddRoomMemberDocument, {
    refetchQueries: [RoomMembersForModerationDocument],
  });
  const found = people.data?.people.nodes ?? [];
  return (
    <section aria-labelledby="room-add-person">
      <h3 id="room-add-person">{t('rooms.moderation.add')}</h3>
      <SearchForm label={t('rooms.moderation.findPerson')} query={query} onSearch={setQuery} />
      {query && (
        <QueryStatus
          loading={people.loading}
          error={people.error}
          loadingText={t('common.loading')}
          errorText={t('common.networkError')}
          retryText={t('common.retry')}
          onRetry={() => void people.refetch()}
        />
      )}
      {people.data && found.length === 0 && (
        <p className="notice" role="status">
          {t('rooms.moderation.noPerson', { query })}
        </p>
      )}
      <ul className="moderation-list">
        {found.map((person) => (
          <li key={person.id}>
            <span>
              <strong>{person.fullName}</strong>{' '}
              {person.headline && <span className="card-meta">{person.headline}</span>}
            </span>
            <Button
              variant="secondary"
              disabled={loading}
              aria-label={t('rooms.moderation.addNamed', { name: person.fullName })}
              onClick={() =>
                void act(
                  () => add({ variables: { roomId, userId: person.id } }),
                  t('rooms.moderation.added', { name: person.fullName }),
                )
              }
            >
              {t('rooms.moderation.addShort')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
