import type {
  ChallengeStatus,
  ChallengeVisibility,
  OrganisationKind,
  RewardType,
} from '@oip/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserAccountEntity } from '../../accounts/entities/user-account.entity';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';

// Titles weigh most, then tags and summaries, then the bodies; Italian texts go through oip_it
// and English ones through oip_en (both fold accents: "qualita" finds "qualità").
export const CHALLENGE_SEARCH_EXPRESSION = `setweight(to_tsvector('oip_it', title_it), 'A') || setweight(to_tsvector('oip_en', title_en), 'A') || setweight(to_tsvector('oip_it', oip_tags_text(tags)), 'B') || setweight(to_tsvector('oip_en', oip_tags_text(tags)), 'B') || setweight(to_tsvector('oip_it', summary_it), 'B') || setweight(to_tsvector('oip_en', summary_en), 'B') || setweight(to_tsvector('oip_it', problem_it || ' ' || expected_results_it || ' ' || constraints_it), 'C') || setweight(to_tsvector('oip_en', problem_en || ' ' || expected_results_en || ' ' || constraints_en), 'C')`;

/** numeric comes back from pg as a string: read it as a number (amounts fit a double). */
const numeric = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * An innovation challenge posted by an organisation. `status` only changes through
 * ChallengesService.transition (the state machine in @oip/domain); `version` grows with every
 * edit so a save over a newer version is refused (decision 0011).
 */
@Entity('challenge')
@Index('challenge_status_deadline_idx', ['status', 'deadline', 'id'])
@Index('challenge_created_idx', ['createdAt', 'id'])
export class ChallengeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('challenge_organisation_idx')
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
  status: ChallengeStatus;

  @Column({ name: 'title_it', type: 'varchar', length: 160, default: '' })
  titleIt: string;

  @Column({ name: 'title_en', type: 'varchar', length: 160, default: '' })
  titleEn: string;

  @Column({ name: 'summary_it', type: 'text', default: '' })
  summaryIt: string;

  @Column({ name: 'summary_en', type: 'text', default: '' })
  summaryEn: string;

  @Column({ name: 'problem_it', type: 'text', default: '' })
  problemIt: string;

  @Column({ name: 'problem_en', type: 'text', default: '' })
  problemEn: string;

  @Column({ name: 'expected_results_it', type: 'text', default: '' })
  expectedResultsIt: string;

  @Column({ name: 'expected_results_en', type: 'text', default: '' })
  expectedResultsEn: string;

  @Column({ name: 'constraints_it', type: 'text', default: '' })
  constraintsIt: string;

  @Column({ name: 'constraints_en', type: 'text', default: '' })
  constraintsEn: string;

  @Index('challenge_ecosystems_idx', { synchronize: false })
  @Index('challenge_investor_ecosystems_idx', { synchronize: false }) // partial GIN: asks for investors
  @Column({ name: 's3_ecosystems', type: 'varchar', array: true, default: () => "'{}'" })
  s3Ecosystems: string[];

  @Index('challenge_tags_idx', { synchronize: false })
  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ name: 'sought_partner_kinds', type: 'varchar', array: true, default: () => "'{}'" })
  soughtPartnerKinds: OrganisationKind[];

  @Column({ name: 'trl_min', type: 'smallint', nullable: true })
  trlMin: number | null;

  @Column({ name: 'trl_max', type: 'smallint', nullable: true })
  trlMax: number | null;

  /** Less mature answers are welcome too (the partner develops them with the challenger). */
  @Column({ name: 'accepts_lower_trl', type: 'boolean', default: false })
  acceptsLowerTrl: boolean;

  @Column({ name: 'reward_type', type: 'varchar', length: 20 })
  rewardType: RewardType;

  @Column({
    name: 'reward_amount',
    type: 'numeric',
    precision: 14,
    scale: 2,
    nullable: true,
    transformer: numeric,
  })
  rewardAmount: number | null;

  /** ISO 4217 */
  @Column({ name: 'reward_currency', type: 'char', length: 3, default: 'EUR' })
  rewardCurrency: string;

  /** UTC; required to publish, closes the challenge when reached. */
  @Column({ type: 'timestamptz', nullable: true })
  deadline: Date | null;

  @Column({ type: 'varchar', length: 10, default: 'public' })
  visibility: ChallengeVisibility;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** Full-text search vector; the GIN index is in the migration. */
  @Index('challenge_search_idx', { synchronize: false })
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: CHALLENGE_SEARCH_EXPRESSION,
  })
  search?: string;
}
