import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { FileEntity } from '../../files/entities/file.entity';
import { SubmissionEntity } from './submission.entity';

/**
 * A file attached to a submission (`file.owner_type = 'submission'`), as confidential as the
 * submission itself. Deleting the file row or the submission deletes this link.
 */
@Entity('submission_attachment')
@Index('submission_attachment_submission_idx', ['submissionId'])
export class SubmissionAttachmentEntity {
  @PrimaryColumn({ name: 'file_id', type: 'uuid' })
  fileId: string;

  @OneToOne(() => FileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'file_id' })
  file?: FileEntity;

  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id' })
  submission?: SubmissionEntity;
}
