import { Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { UserAccountEntity } from '../../accounts/entities/user-account.entity';
import { ChallengeEntity } from '../../challenges/entities/challenge.entity';

/**
 * The confidential part of a challenge's brief: details (markdown) readable only by the owner's
 * members and by members of organisations that accepted the current non-disclosure terms.
 * Changing the terms text bumps `termsVersion`: earlier acceptances no longer count.
 */
@Entity('challenge_confidential_brief')
export class ConfidentialBriefEntity {
  @PrimaryColumn({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @OneToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity;

  @Column({ type: 'text', default: '' })
  details: string;

  @Column({ name: 'terms_text', type: 'text' })
  termsText: string;

  @Column({ name: 'terms_version', type: 'integer', default: 1 })
  termsVersion: number;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by' })
  updater?: UserAccountEntity | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
