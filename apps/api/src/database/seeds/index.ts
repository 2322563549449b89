import { indicatorsSeeder } from '../../modules/indicators/indicators.seeder';
import type { Seeder } from './seeder';

/** Every feature's demo data, in dependency order (reset runs in reverse). */
export const SEEDERS: Seeder[] = [indicatorsSeeder];
