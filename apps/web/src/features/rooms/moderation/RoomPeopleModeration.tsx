import { useMutation, useQuery } from '@apollo/client/react';
import {
  BanRoomMemberDocument,
  MuteRoomMemberDocument,
  RoomMembersForModerationDocument,
} from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, QueryStatus, Select, TextField } from '../../../ui';
import { useModerationAction } from './useModerationAction';

const MUTE_MINUTES = [15, 60, 24 * 60];

/**
 * The room's people (20 at a time, filtered by name) and what moderators may do to each:
 * mute for a while, lift a mute, ban after a confirmation. Owners and moderators are not
 * touched here, nor is the moderator themself.
 */
export function RoomPeopleModeration({ roomId, meId }: { roomId: string; meId: string }) {
  const { t } = useTranslation();
  const act = useModerationAction();
  const [filter, setFilter] = useState('');
  const people = useQuery(RoomMembersForModerationDocument, {
    variables: { roomId, query: filter.trim() },
  });
  const [minutes, setMinutes] = useState<Record<string, string>>({});
  const [banning, setBanning] = useState<{ userId: string; name: string } | null>(null);
  const [mute] = useMutation(MuteRoomMemberDocument);
  const [ban, { loading: banLoading }] = useMutation(BanRoomMemberDocument, {
    refetchQueries: [RoomMembersForModerationDocument],
  });
  const list = people.data?.roomPeople ?? [];
  const muteFor = (userId: string, name: string, value: number) =>
    act(
      () => mute({ variables: { roomId, userId, minutes: value } }),
      value
        ? t('rooms.moderation.muted', { name, minutes: value })
        : t('rooms.moderation.unmuted', { name }),
    );
  return (
    <section aria-labelledby="room-people-moderation">
      <h3 id="room-people-moderation">{t('rooms.moderation.people')}</h3>
      <TextField
        label={t('rooms.moderation.filter')}
        type="search"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      <QueryStatus
        loading={people.loading && !people.data}
        error={people.error}
        loadingText={t('common.loading')}
        errorText={t('common.networkError')}
        retryText={t('common.retry')}
        onRetry={() => void people.refetch()}
      />
      {people.data && list.length === 0 && <p className="notice">{t('rooms.moderation.nobody')}</p>}
      <ul className="moderation-list">
        {list.map((person) => {
          const managed = person.userId === meId || person.role !== 'member';
          const chosen = minutes[person.userId] ?? String(MUTE_MINUTES[0]);
          return (
            <li key={person.userId}>
              <span>
                <strong>{person.name}</strong>{' '}
                <span className="card-meta">{t(`rooms.moderation.role.${person.role}`)}</span>
              </span>
              {!managed && (
                <div className="inline-form">
                  <Select
                    label={t('rooms.moderation.muteFor', { name: person.name })}
                    hideLabel
                    options={MUTE_MINUTES.map((m) => ({
                      value: String(m),
                      label: t('rooms.moderation.minutes', { count: m }),
                    }))}
                    value={chosen}
                    onChange={(event) =>
                      setMinutes((all) => ({ ...all, [person.userId]: event.target.value }))
                    }
                  />
                  <Button
                    variant="secondary"
                    aria-label={t('rooms.moderation.muteNamed', { name: person.name })}
                    onClick={() => void muteFor(person.userId, person.name, Number(chosen))}
                  >
                    {t('rooms.moderation.mute')}
                  </Button>
                  <Button
                    variant="secondary"
                    aria-label={t('rooms.moderation.unmuteNamed', { name: person.name })}
                    onClick={() => void muteFor(person.userId, person.name, 0)}
                  >
                    {t('rooms.moderation.unmute')}
                  </Button>
                  <Button
                    variant="danger"
                    aria-label={t('rooms.moderation.banNamed', { name: person.name })}
                    onClick={() => setBanning({ userId: person.userId, name: person.name })}
                  >
                    {t('rooms.moderation.ban')}
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <Dialog
        open={banning !== null}
        title={t('rooms.moderation.banTitle', { name: banning?.name ?? '' })}
        onClose={() => setBanning(null)}
        actions={
          <Button
            variant="danger"
            disabled={banLoading}
            onClick={() => {
              if (!banning) return;
              void act(
                () => ban({ variables: { roomId, userId: banning.userId } }),
                t('rooms.moderation.banned', { name: banning.name }),
              ).then(() => setBanning(null));
            }}
          >
            {t('rooms.moderation.banConfirm')}
          </Button>
        }
      >
        <p>{t('rooms.moderation.banBody')}</p>
      </Dialog>
    </section>
  );
}
