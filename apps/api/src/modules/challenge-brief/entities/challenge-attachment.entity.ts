import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { ChallengeEntity } from '../../challenges/entities/challenge.entity';
import { FileEntity } from '../../files/entities/file.entity';

/**
 * A file attached to a challenge: public (whoever sees the challenge) or confidential (part
 * of the confidential brief). Deleting the file row deletes this link.
 */
@Entity('challenge_attachment')
@Index('challenge_attachment_challenge_idx', ['challengeId', 'confidential'])
export class ChallengeAttachmentEntity {
  @PrimaryColumn({ name: 'file_id', type: 'uuid' })
  fileId: string;

  @OneToOne(() => FileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'file_id' })
  file?: FileEntity;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity;

  @Column({ type: 'boolean', default: false })
  confidential: boolean;
}
