import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Which demo-data seeders have run: `pnpm start` seeds only a database with none. */
@Entity('seed_history')
export class SeedHistoryEntity {
  @PrimaryColumn({ type: 'varchar', length: 80 })
  name: string;

  @Column({ type: 'int' })
  rows: number;

  @CreateDateColumn({ name: 'seeded_at', type: 'timestamptz' })
  seededAt: Date;
}
