import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ChallengeEntity } from '../../challenges/entities/challenge.entity';

/**
 * What a room is for: who may enter follows from it (docs/rooms.md). `partnership` and
 * `project_group` rooms are opened through PrivateRooms; the others by moderators (community,
 * event), by a challenge's owners (its Q&A) or by two people (direct).
 */
export type RoomKind =
  'community' | 'challenge' | 'partnership' | 'project_group' | 'event' | 'direct';

/** A discussion room. Messages are numbered per room (`lastSeq`): the order everyone sees. */
@Entity('room')
@Index('room_direct_key_idx', ['directKey'], { unique: true, where: 'direct_key IS NOT NULL' })
export class RoomEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  kind: RoomKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 1000, default: '' })
  description: string;

  /** A challenge's Q&A room (one per challenge: unique index in the migration). */
  @Index('room_challenge_idx', { synchronize: false })
  @Column({ name: 'challenge_id', type: 'uuid', nullable: true })
  challengeId: string | null;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity;

  /** Direct rooms: the two user ids, sorted and joined, so a pair has one room. */
  @Column({ name: 'direct_key', type: 'varchar', length: 80, nullable: true })
  directKey: string | null;

  /** Seconds a member waits between two messages; 0: off. */
  @Column({ name: 'slow_mode_seconds', type: 'integer', default: 0 })
  slowModeSeconds: number;

  /** The sequence number of the room's latest message (taken under the row's lock). */
  @Column({ name: 'last_seq', type: 'integer', default: 0 })
  lastSeq: number;

  /** When the room was opened or last got a message: rooms lists sort by it. */
  @Column({ name: 'active_at', type: 'timestamptz', default: () => 'now()' })
  activeAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
