import type { OrganisationKind } from '@oip/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { UserAccountEntity } from '../../accounts/entities/user-account.entity';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';
import { MARKETPLACE_SEARCH_EXPRESSION, MarketplaceItemColumns } from './marketplace-item.columns';

/** What a company (typically) needs from a partner: the other side of a technology offer. */
@Entity('collaboration_request')
@Index('collaboration_request_organisation_idx', ['organisationId'])
@Index('collaboration_request_status_idx', ['status', 'publishedAt', 'id'])
export class CollaborationRequestEntity extends MarketplaceItemColumns {
  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserAccountEntity | null;

  @Column({ name: 'partner_kinds', type: 'varchar', array: true, default: () => "'{}'" })
  partnerKinds: OrganisationKind[];

  @Column({ name: 'trl_min', type: 'smallint', nullable: true })
  trlMin: number | null;

  @Column({ name: 'trl_max', type: 'smallint', nullable: true })
  trlMax: number | null;

  /** An offer below trlMin still answers (the requester will co-develop it). */
  @Column({ name: 'accepts_lower_trl', type: 'boolean', default: false })
  acceptsLowerTrl: boolean;

  /** e.g. 'under_50k' | '50k_250k' | '250k_1m' | 'over_1m' | 'undisclosed' (domain constants). */
  @Column({ name: 'budget_band', type: 'varchar', length: 20, default: 'undisclosed' })
  budgetBand: string;

  @Index('collaboration_request_ecosystems_idx', { synchronize: false }) // GIN, in the migration
  @Index('collaboration_request_investment_ecosystems_idx', { synchronize: false }) // partial GIN: asks for capital
  @Column({ name: 's3_ecosystems', type: 'varchar', array: true, default: () => "'{}'" })
  s3Ecosystems: string[];

  @Index('collaboration_request_tags_idx', { synchronize: false }) // GIN, in the migration
  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  tags: string[];

  @Index('collaboration_request_search_idx', { synchronize: false })
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: MARKETPLACE_SEARCH_EXPRESSION,
  })
  search?: string;
}
