import type { LocalizedText } from '@oip/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { numericTransformer } from './numeric.transformer';

/**
 * A figure the region tracks (the report's table): a baseline, dated observations, a target
 * with its date. Higher is better for every indicator the region publishes.
 */
@Entity('indicator')
export class IndicatorEntity {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  code: string;

  @Column({ type: 'jsonb' })
  name: LocalizedText;

  @Column({ type: 'varchar', length: 20 })
  unit: string;

  @Column({ type: 'numeric', transformer: numericTransformer })
  baseline: number;

  @Column({ type: 'numeric', transformer: numericTransformer })
  target: number;

  @Column({ name: 'target_date', type: 'date' })
  targetDate: string;

  @Column({ type: 'jsonb', nullable: true })
  note: LocalizedText | null;

  @Column({ type: 'int' })
  position: number;
}
