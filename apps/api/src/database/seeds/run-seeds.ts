import type { DataSource } from 'typeorm';
import { SEEDERS } from './index';
import { SeedHistoryEntity } from './seed-history.entity';
import type { Seeder } from './seeder';

export interface SeedResult {
  seeded: { name: string; rows: number }[];
  skipped: boolean;
}

/**
 * Loads every seeder's demo data in one transaction: all of it or none. With `onlyIfEmpty`
 * (what `pnpm start` does) nothing happens once any seeder has run; with `reset`, each seeder
 * first removes its data, so `pnpm seed --reset` reloads a clean demo.
 */
export async function runSeeds(
  dataSource: DataSource,
  options: { reset?: boolean; onlyIfEmpty?: boolean; seeders?: Seeder[] } = {},
): Promise<SeedResult> {
  const seeders = options.seeders ?? SEEDERS;
  return dataSource.transaction(async (manager) => {
    const history = manager.getRepository(SeedHistoryEntity);
    if (options.onlyIfEmpty && !options.reset && (await history.count()) > 0) {
      return { seeded: [], skipped: true };
    }
    if (options.reset) {
      for (const seeder of [...seeders].reverse()) await seeder.reset(manager);
      await history.clear();
    }
    const seeded: SeedResult['seeded'] = [];
    for (const seeder of seeders) {
      const rows = await seeder.run(manager);
      await history.upsert({ name: seeder.name, rows }, ['name']);
      seeded.push({ name: seeder.name, rows });
    }
    return { seeded, skipped: false };
  });
}
