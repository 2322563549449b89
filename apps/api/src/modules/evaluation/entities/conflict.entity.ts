import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserAccountEntity } from '../../accounts/entities/user-account.entity';
import { SubmissionEntity } from '../../submissions/entities/submission.entity';

/**
 * An evaluator's declared conflict of interest with a submitting organisation (through its
 * submission): the evaluator no longer scores it and their scores of it never count.
 */
@Entity('evaluation_conflict')
@Index('evaluation_conflict_evaluator_idx', ['evaluatorId'])
export class ConflictEntity {
  @PrimaryColumn({ name: 'submission_id', type: 'uuid' })
  submissionId: string;

  @PrimaryColumn({ name: 'evaluator_id', type: 'uuid' })
  evaluatorId: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id' })
  submission?: SubmissionEntity;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluator_id' })
  evaluator?: UserAccountEntity;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'declared_at', type: 'timestamptz' })
  declaredAt: Date;
}
