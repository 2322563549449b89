import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type MarketplaceItemStatus = 'draft' | 'published' | 'expired' | 'archived';

/**
 * Titles weigh most, then tags, then the bodies; Italian text through oip_it, English through
 * oip_en (both fold accents). Shared by offers and requests so the matchmaking engine ranks
 * both with the same weights.
 */
export const MARKETPLACE_SEARCH_EXPRESSION = `setweight(to_tsvector('oip_it', title_it), 'A') || setweight(to_tsvector('oip_en', title_en), 'A') || setweight(to_tsvector('oip_it', oip_tags_text(tags)), 'B') || setweight(to_tsvector('oip_en', oip_tags_text(tags)), 'B') || setweight(to_tsvector('oip_it', description_it), 'C') || setweight(to_tsvector('oip_en', description_en), 'C')`;

/**
 * What technology offers and collaboration requests have in common: an owning organisation,
 * a lifecycle (draft → published → expired → archived; expiry by the job scheduler, renewable),
 * Italian/English text, taxonomies and an optimistic version. The GIN-indexed arrays
 * (s3Ecosystems, tags) are declared by each entity, for index names of their own.
 */
export abstract class MarketplaceItemColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  /** Null once the author's account is erased. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status: MarketplaceItemStatus;

  @Column({ name: 'title_it', type: 'varchar', length: 160, default: '' })
  titleIt: string;

  @Column({ name: 'title_en', type: 'varchar', length: 160, default: '' })
  titleEn: string;

  @Column({ name: 'description_it', type: 'text', default: '' })
  descriptionIt: string;

  @Column({ name: 'description_en', type: 'text', default: '' })
  descriptionEn: string;

  @Column({ name: 'ateco_sections', type: 'varchar', array: true, default: () => "'{}'" })
  atecoSections: string[];

  /** Partnership types sought (taxonomy keys). */
  @Column({ name: 'partnership_types', type: 'varchar', array: true, default: () => "'{}'" })
  partnershipTypes: string[];

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** When a published item expires (renewing moves it). */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
