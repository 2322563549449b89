import type { EntityManager } from 'typeorm';

/**
 * Demo data of one feature. `run` must be idempotent (upsert by natural keys) and return the
 * number of rows it wrote; `reset` removes what `run` wrote. Features add theirs to SEEDERS in
 * the order their data depends on each other.
 */
export interface Seeder {
  readonly name: string;
  run(manager: EntityManager): Promise<number>;
  reset(manager: EntityManager): Promise<void>;
}
