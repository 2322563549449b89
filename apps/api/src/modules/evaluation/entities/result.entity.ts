import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { ChallengeEntity } from '../../challenges/entities/challenge.entity';
import { SubmissionEntity } from '../../submissions/entities/submission.entity';

/** The owner's decision on one submission: shortlisted, winner, and the feedback sent to it. */
@Entity('evaluation_result')
@Index('evaluation_result_challenge_idx', ['challengeId'])
export class ResultEntity {
  @PrimaryColumn({ name: 'submission_id', type: 'uuid' })
  submissionId: string;

  @OneToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id' })
  submission?: SubmissionEntity;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity;

  @Column({ type: 'boolean', default: false })
  shortlisted: boolean;

  @Column({ type: 'boolean', default: false })
  winner: boolean;

  @Column({ type: 'text', nullable: true })
  feedback: string | null;

  @Column({ name: 'feedback_sent_at', type: 'timestamptz', nullable: true })
  feedbackSentAt: Date | null;
}
