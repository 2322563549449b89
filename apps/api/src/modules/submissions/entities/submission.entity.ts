import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { UserAccountEntity } from '../../accounts/entities/user-account.entity';
import { ChallengeEntity } from '../../challenges/entities/challenge.entity';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';

export type SubmissionStatus = 'draft' | 'submitted' | 'withdrawn';

/** numeric comes back from pg as a string: read it as a number (amounts fit a double). */
const numeric = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * An organisation's confidential proposal answering a challenge: one per organisation per
 * challenge. Drafted by the organisation's members, submitted before the deadline, withdrawable
 * until then. `version` grows with every save so a save over a newer draft is refused.
 */
@Entity('challenge_submission')
@Unique('challenge_submission_one_per_organisation', ['challengeId', 'organisationId'])
export class SubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeEntity;

  @Index('challenge_submission_organisation_idx')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  /** Null once the author's account is erased. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserAccountEntity | null;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status: SubmissionStatus;

  @Column({ type: 'text', default: '' })
  summary: string;

  @Column({ type: 'text', default: '' })
  approach: string;

  @Column({ type: 'text', default: '' })
  team: string;

  /** TRL of the proposed solution, 1–9. */
  @Column({ type: 'smallint', nullable: true })
  trl: number | null;

  @Column({
    name: 'budget_amount',
    type: 'numeric',
    precision: 14,
    scale: 2,
    nullable: true,
    transformer: numeric,
  })
  budgetAmount: number | null;

  @Column({ name: 'budget_currency', type: 'char', length: 3, default: 'EUR' })
  budgetCurrency: string;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
