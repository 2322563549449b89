import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { UserAccountEntity } from '../../accounts/entities/user-account.entity';
import { RoomEntity } from './room.entity';

export type RoomMemberRole = 'owner' | 'moderator' | 'member';

/**
 * A person's place in a room: their role, read marker, mute and ban. Rooms entered through an
 * organisation (partnership, project group) or open to all (community, challenge) get the row
 * when the person first joins or reads; direct and event rooms only admit people with a row.
 */
@Entity('room_member')
@Index('room_member_user_idx', ['userId'])
export class RoomMemberEntity {
  @PrimaryColumn({ name: 'room_id', type: 'uuid' })
  roomId: string;

  @ManyToOne(() => RoomEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id' })
  room?: RoomEntity;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserAccountEntity;

  @Column({ type: 'varchar', length: 20, default: 'member' })
  role: RoomMemberRole;

  /** The last message seq this person has read. */
  @Column({ name: 'last_read_seq', type: 'integer', default: 0 })
  lastReadSeq: number;

  @Column({ name: 'muted_until', type: 'timestamptz', nullable: true })
  mutedUntil: Date | null;

  @Column({ name: 'banned_at', type: 'timestamptz', nullable: true })
  bannedAt: Date | null;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt: Date;
}
