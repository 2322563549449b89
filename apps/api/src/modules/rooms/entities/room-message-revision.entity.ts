import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { RoomMessageEntity } from './room-message.entity';

/** A message's text before an edit or a delete: kept for moderators. */
@Entity('room_message_revision')
@Index('room_message_revision_message_idx', ['messageId'])
export class RoomMessageRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'message_id', type: 'uuid' })
  messageId: string;

  @ManyToOne(() => RoomMessageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id' })
  message?: RoomMessageEntity;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ name: 'replaced_at', type: 'timestamptz' })
  replacedAt: Date;
}
