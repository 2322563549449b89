import type { RoomKind } from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddRoomPerson } from './AddRoomPerson';
import { RoomPeopleModeration } from './RoomPeopleModeration';
import { RoomReports } from './RoomReports';
import { SlowModeSetting } from './SlowModeSetting';

/**
 * What a room's moderators manage, behind a disclosure (closed by default, so the
 * conversation stays first): reports, slow mode, people (mute, ban), and for event rooms
 * adding attendees. Its parts load once opened.
 */
export function RoomModeration({
  room,
  meId,
}: {
  room: { id: string; kind: RoomKind; slowModeSeconds: number };
  meId: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="room-moderation" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('rooms.moderation.title')}</summary>
      {open && (
        <div className="room-moderation-parts">
          <RoomReports roomId={room.id} />
          <SlowModeSetting roomId={room.id} seconds={room.slowModeSeconds} />
          <RoomPeopleModeration roomId={room.id} meId={meId} />
          {room.kind === 'EVENT' && <AddRoomPerson roomId={room.id} />}
        </div>
      )}
    </details>
  );
}
