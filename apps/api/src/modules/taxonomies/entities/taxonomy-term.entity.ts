import type { LocalizedText } from '@oip/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TaxonomyEntity } from './taxonomy.entity';

/** One term of a taxonomy, labelled in every language (jsonb keyed by locale). */
@Entity('taxonomy_term')
@Index('taxonomy_term_taxonomy_position_idx', ['taxonomyKey', 'position'])
export class TaxonomyTermEntity {
  @PrimaryColumn({ name: 'taxonomy_key', type: 'varchar', length: 40 })
  taxonomyKey: string;

  @ManyToOne(() => TaxonomyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'taxonomy_key' })
  taxonomy?: TaxonomyEntity;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'jsonb' })
  label: LocalizedText;

  @Column({ type: 'jsonb', nullable: true })
  description: LocalizedText | null;

  /** Retired terms stay for old records but are no longer offered. */
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
