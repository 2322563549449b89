import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserAccountEntity } from '../../accounts/entities/user-account.entity';
import { RoomMessageEntity } from './room-message.entity';

/** One person's emoji reaction to a message (toggled). */
@Entity('room_reaction')
export class RoomReactionEntity {
  @PrimaryColumn({ name: 'message_id', type: 'uuid' })
  messageId: string;

  @ManyToOne(() => RoomMessageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id' })
  message?: RoomMessageEntity;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  emoji: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserAccountEntity;
}
