import type { ChallengeAction, ChallengeStatus } from '@oip/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserAccountEntity } from '../../accounts/entities/user-account.entity';
import { ChallengeEntity } from './challenge.entity';

/** The audit trail of a challenge's lifecycle: one row per transition, never updated. */
@Entity('challenge_transition')
@Index('challenge_transition_challenge_idx', ['challengeId', 'at'])
export class ChallengeTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity;

  /** Null for the system (the deadline job) or an erased account. */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserAccountEntity | null;

  @Column({ name: 'from_status', type: 'varchar', length: 20 })
  fromStatus: ChallengeStatus;

  @Column({ name: 'to_status', type: 'varchar', length: 20 })
  toStatus: ChallengeStatus;

  @Column({ type: 'varchar', length: 30 })
  action: ChallengeAction;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  /** From the Clock (not now()), so tests moving time see consistent trails. */
  @Column({ type: 'timestamptz' })
  at: Date;
}
