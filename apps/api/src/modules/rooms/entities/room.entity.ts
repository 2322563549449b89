import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What a room is for. Issue 6 (rooms and messages) adds community, event and direct rooms. */
export type RoomKind = 'partnership' | 'project_group';

/**
 * A private discussion room. For now only its existence and who is in it (room_organisation):
 * the rooms feature of issue 6 adds messages, members and real time on top of this table.
 */
@Entity('room')
export class RoomEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  kind: RoomKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
