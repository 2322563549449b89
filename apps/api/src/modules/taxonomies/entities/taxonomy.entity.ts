import type { LocalizedText } from '@oip/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A classification (organisation kinds, S3 ecosystems, …); `version` grows when terms change. */
@Entity('taxonomy')
export class TaxonomyEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  key: string;

  @Column({ type: 'jsonb' })
  name: LocalizedText;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'int', default: 1 })
  version: number;
}
