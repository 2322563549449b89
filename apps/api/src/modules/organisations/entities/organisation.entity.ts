import type { OrganisationKind, SizeBand } from '@oip/domain';
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

// Names weigh most, then competences, then descriptions; each text goes through both language
// configurations (oip_it / oip_en fold accents: "universita" finds "Università").
export const ORGANISATION_SEARCH_EXPRESSION = `setweight(to_tsvector('oip_it', coalesce(display_name, '') || ' ' || coalesce(legal_name, '')), 'A') || setweight(to_tsvector('oip_en', coalesce(display_name, '') || ' ' || coalesce(legal_name, '')), 'A') || setweight(to_tsvector('oip_it', oip_tags_text(competences)), 'B') || setweight(to_tsvector('oip_en', oip_tags_text(competences)), 'B') || setweight(to_tsvector('oip_it', description_it), 'C') || setweight(to_tsvector('oip_en', description_en), 'C')`;

/**
 * A company, startup, university, research centre, hospital, public body, cluster or investor.
 * `search` is maintained by PostgreSQL (a generated column: names, descriptions and
 * competences in the Italian and English text-search configurations, accents folded).
 */
@Entity('organisation')
@Index('organisation_display_name_idx', ['displayName', 'id'])
// the few deactivated ones, which the matchmaking candidates leave out
@Index('organisation_inactive_idx', ['id'], { where: 'deactivated_at IS NOT NULL' })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 30 })
  kind: OrganisationKind;

  @Column({ name: 'legal_name', type: 'varchar', length: 200 })
  legalName: string;

  @Column({ name: 'display_name', type: 'varchar', length: 120 })
  displayName: string;

  /** Normalised (upper case, no spaces); Italian numbers without the IT prefix. */
  @Index('organisation_vat_key', { unique: true })
  @Column({ name: 'vat_number', type: 'varchar', length: 20, nullable: true })
  vatNumber: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;

  @Column({ type: 'char', length: 2, default: 'IT' })
  country: string;

  @Column({ type: 'varchar', length: 80, nullable: true })
  region: string | null;

  @Index('organisation_province_idx')
  @Column({ type: 'varchar', length: 2, nullable: true })
  province: string | null;

  @Column({ name: 'size_band', type: 'varchar', length: 10, nullable: true })
  sizeBand: SizeBand | null;

  @Column({ name: 'ateco_section', type: 'char', length: 1, nullable: true })
  atecoSection: string | null;

  @Index('organisation_ecosystems_idx', { synchronize: false })
  @Index('organisation_investor_ecosystems_idx', { synchronize: false }) // partial GIN: investors by thesis
  @Column({ name: 's3_ecosystems', type: 'varchar', array: true, default: () => "'{}'" })
  s3Ecosystems: string[];

  @Index('organisation_competences_idx', { synchronize: false })
  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  competences: string[];

  @Column({ name: 'trl_min', type: 'smallint', nullable: true })
  trlMin: number | null;

  @Column({ name: 'trl_max', type: 'smallint', nullable: true })
  trlMax: number | null;

  @Column({ name: 'description_it', type: 'text', default: '' })
  descriptionIt: string;

  @Column({ name: 'description_en', type: 'text', default: '' })
  descriptionEn: string;

  @Column({ name: 'logo_key', type: 'varchar', length: 120, nullable: true })
  logoKey: string | null;

  @Index('organisation_parent_idx')
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_id' })
  parent?: OrganisationEntity | null;

  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  /**
   * Set while the organisation is deactivated (by its owner or the platform staff): it and its
   * offers, requests and challenges leave the matches, and it cannot publish. Null: active.
   */
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Full-text search vector; the GIN index and the text-search configurations are in the migration. */
  @Index('organisation_search_idx', { synchronize: false })
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: ORGANISATION_SEARCH_EXPRESSION,
  })
  search?: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
