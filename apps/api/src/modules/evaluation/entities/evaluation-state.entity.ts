import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { ChallengeEntity } from '../../challenges/entities/challenge.entity';

/**
 * Where a challenge's evaluation stands beyond the challenge status: when the owner locked the
 * scores (then the ranking is revealed) and when it was awarded. One row per challenge, created
 * on first need; its row lock also serialises the owner's evaluation decisions.
 */
@Entity('evaluation_state')
export class EvaluationStateEntity {
  @PrimaryColumn({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @OneToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity;

  @Column({ name: 'locked_at', type: 'timestamptz', nullable: true })
  lockedAt: Date | null;

  @Column({ name: 'locked_by', type: 'uuid', nullable: true })
  lockedBy: string | null;

  @Column({ name: 'awarded_at', type: 'timestamptz', nullable: true })
  awardedAt: Date | null;
}
