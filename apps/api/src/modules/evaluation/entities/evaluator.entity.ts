import {
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Column,
} from 'typeorm';
import { UserAccountEntity } from '../../accounts/entities/user-account.entity';
import { ChallengeEntity } from '../../challenges/entities/challenge.entity';

/**
 * A person assigned by the challenge owner to score its submissions: a member of the owner
 * organisation or an invited expert. Being assigned also grants read access to the
 * submissions (the submissions policy asks for this row).
 */
@Entity('challenge_evaluator')
@Index('challenge_evaluator_user_idx', ['userId'])
export class EvaluatorEntity {
  @PrimaryColumn({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserAccountEntity;

  @Column({ name: 'assigned_by', type: 'uuid', nullable: true })
  assignedBy: string | null;

  @CreateDateColumn({ name: 'assigned_at', type: 'timestamptz' })
  assignedAt: Date;
}
