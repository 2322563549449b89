import type { Seeder } from './seeder';

/** Every feature's demo data, in dependency order (reset runs in reverse). */
export const SEEDERS: Seeder[] = [];
