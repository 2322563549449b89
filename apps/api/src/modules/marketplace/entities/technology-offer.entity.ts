import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { UserAccountEntity } from '../../accounts/entities/user-account.entity';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';
import { MARKETPLACE_SEARCH_EXPRESSION, MarketplaceItemColumns } from './marketplace-item.columns';

export type IpStatus = 'granted_patent' | 'pending_patent' | 'know_how' | 'open_source' | 'none';

/** A technology a research organisation, startup or company offers to partners. */
@Entity('technology_offer')
@Index('technology_offer_organisation_idx', ['organisationId'])
@Index('technology_offer_status_idx', ['status', 'publishedAt', 'id'])
export class TechnologyOfferEntity extends MarketplaceItemColumns {
  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserAccountEntity | null;

  /** Technology readiness level of the offer, 1–9. */
  @Column({ type: 'smallint' })
  trl: number;

  @Column({ name: 'ip_status', type: 'varchar', length: 20, default: 'none' })
  ipStatus: IpStatus;

  /** People of the organisation to contact about the offer. */
  @Column({ name: 'contact_person_ids', type: 'uuid', array: true, default: () => "'{}'" })
  contactPersonIds: string[];

  @Index('technology_offer_ecosystems_idx', { synchronize: false }) // GIN, in the migration
  @Index('technology_offer_investment_ecosystems_idx', { synchronize: false }) // partial GIN: asks for capital
  @Column({ name: 's3_ecosystems', type: 'varchar', array: true, default: () => "'{}'" })
  s3Ecosystems: string[];

  @Index('technology_offer_tags_idx', { synchronize: false }) // GIN, in the migration
  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  tags: string[];

  @Index('technology_offer_search_idx', { synchronize: false })
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
