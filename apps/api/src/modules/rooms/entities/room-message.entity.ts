import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserAccountEntity } from '../../accounts/entities/user-account.entity';
import { RoomEntity } from './room.entity';

/** Full-text search of messages, Italian and English (a message may be in either). */
export const ROOM_MESSAGE_SEARCH_EXPRESSION = `to_tsvector('oip_it', body) || to_tsvector('oip_en', body)`;

/**
 * A message, stored before it is broadcast. `seq` orders a room's messages with no gap (taken
 * under the room row's lock, so seq order is commit order); a client's `idempotencyKey` makes a
 * retried send return the stored message. Edits and deletes are soft: the revisions stay for
 * moderators (room_message_revision).
 */
@Entity('room_message')
@Index('room_message_room_seq_idx', ['roomId', 'seq'], { unique: true })
@Index('room_message_idempotency_idx', ['authorId', 'idempotencyKey'], { unique: true })
@Index('room_message_thread_idx', ['parentId', 'seq'], { where: 'parent_id IS NOT NULL' })
@Index('room_message_author_time_idx', ['authorId', 'createdAt'])
export class RoomMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'room_id', type: 'uuid' })
  roomId: string;

  @ManyToOne(() => RoomEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id' })
  room?: RoomEntity;

  @Column({ type: 'integer' })
  seq: number;

  /** Null once the author's account is erased (GDPR): the message stays, unattributed. */
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: UserAccountEntity;

  /** Markdown source; rendered sanitised by @oip/markdown. */
  @Column({ type: 'text' })
  body: string;

  /** The thread's first message, for replies. */
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => RoomMessageEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_id' })
  parent?: RoomMessageEntity;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 64 })
  idempotencyKey: string;

  /** Mentioned people (members of the room when sent). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  mentions: string[];

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  /** Hidden by a moderator: shown as hidden to everyone but moderators. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Index('room_message_search_idx', { synchronize: false })
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: ROOM_MESSAGE_SEARCH_EXPRESSION,
  })
  search?: string;
}
