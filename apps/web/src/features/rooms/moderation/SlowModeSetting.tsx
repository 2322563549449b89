import { useMutation } from '@apollo/client/react';
import { RoomDocument, SetRoomSlowModeDocument } from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Select } from '../../../ui';
import { useModerationAction } from './useModerationAction';

const CHOICES = [0, 10, 30, 60, 300];

/** One message per person every N seconds in the room (moderators are exempt). */
export function SlowModeSetting({ roomId, seconds }: { roomId: string; seconds: number }) {
  const { t } = useTranslation();
  const act = useModerationAction();
  const [value, setValue] = useState(String(seconds));
  const [save, { loading }] = useMutation(SetRoomSlowModeDocument, {
    refetchQueries: [RoomDocument],
  });
  const options = [...new Set([...CHOICES, seconds])]
    .sort((a, b) => a - b)
    .map((s) => ({
      value: String(s),
      label:
        s === 0
          ? t('rooms.moderation.slowModeOff')
          : t('rooms.moderation.everySeconds', { seconds: s }),
    }));
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        void act(
          () => save({ variables: { roomId, seconds: Number(value) } }),
          t('rooms.moderation.slowModeSaved'),
        );
      }}
    >
      <Select
        label={t('rooms.moderation.slowMode')}
        options={options}
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <Button type="submit" variant="secondary" disabled={loading || Number(value) === seconds}>
        {t('rooms.moderation.save')}
      </Button>
    </form>
  );
}
