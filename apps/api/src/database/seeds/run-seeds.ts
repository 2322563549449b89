import type { DataSource } from 'typeorm';
import { SEEDERS } from './index';
import { SeedHistoryEntity } from './seed-history.entity';
import type { Seeder } from './seeder';

export interface SeedResult {
  seeded: { name: string; rows: number }[];
  skipped: boolean;
}

/**
 * Loads the seeders' demo data in one transaction: all of it or none. With `onlyMissing`
 * (what `pnpm start` does) only seeders that never ran on this database run, so a database
 * keeps its (possibly edited) demo data and still gets the demo data of newly added features;
 * with `reset`, each seeder first removes its data, so `pnpm seed --reset` reloads a clean demo.
 */
export async function runSeeds(
  dataSource: DataSource,
  options: { reset?: boolean; onlyMissing?: boolean; seeders?: Seeder[] } = {},
): Promise<SeedResult> {
  return dataSource.transaction(async (manager) => {
    const history = manager.getRepository(SeedHistoryEntity);
    let seeders = options.seeders ?? SEEDERS;
    if (options.onlyMissing && !options.reset) {
      const done = new Set((await history.find()).map((entry) => entry.name));
      seeders = seeders.filter((seeder) => !done.has(seeder.name));
      if (!seeders.length) return { seeded: [], skipped: true };
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
