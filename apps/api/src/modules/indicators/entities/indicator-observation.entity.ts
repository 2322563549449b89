import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { IndicatorEntity } from './indicator.entity';
import { numericTransformer } from './numeric.transformer';

/** The value of an indicator on a date (entered by an admin, or computed by the platform). */
@Entity('indicator_observation')
@Unique('indicator_observation_indicator_date_key', ['indicatorCode', 'observedOn'])
export class IndicatorObservationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'indicator_code', type: 'varchar', length: 60 })
  indicatorCode: string;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_code' })
  indicator?: IndicatorEntity;

  @Column({ name: 'observed_on', type: 'date' })
  observedOn: string;

  @Column({ type: 'numeric', transformer: numericTransformer })
  value: number;
}
