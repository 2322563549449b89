import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { FileEntity } from '../../files/entities/file.entity';
import { RoomMessageEntity } from './room-message.entity';
import { RoomEntity } from './room.entity';

/**
 * A file uploaded to a room (`file.owner_type = 'room'`): first on its own (the uploader's,
 * unattached), then part of the message sent with it. Readable by whoever may read the room.
 */
@Entity('room_attachment')
@Index('room_attachment_message_idx', ['messageId'])
export class RoomAttachmentEntity {
  @PrimaryColumn({ name: 'file_id', type: 'uuid' })
  fileId: string;

  @ManyToOne(() => FileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'file_id' })
  file?: FileEntity;

  @Column({ name: 'room_id', type: 'uuid' })
  roomId: string;

  @ManyToOne(() => RoomEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id' })
  room?: RoomEntity;

  @Column({ name: 'message_id', type: 'uuid', nullable: true })
  messageId: string | null;

  @ManyToOne(() => RoomMessageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id' })
  message?: RoomMessageEntity;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy: string;
}
