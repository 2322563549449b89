import { challengesSeeder } from '../../modules/challenges/challenges.seeder';
import { accountsSeeder } from '../../modules/accounts/accounts.seeder';
import { indicatorsSeeder } from '../../modules/indicators/indicators.seeder';
import { marketplaceSeeder } from '../../modules/marketplace/marketplace.seeder';
import { partnershipsSeeder } from '../../modules/partnerships/partnerships.seeder';
import { organisationsSeeder } from '../../modules/organisations/organisations.seeder';
import { roomsSeeder } from '../../modules/rooms/rooms.seeder';
import { peopleSeeder } from '../../modules/people/people.seeder';
import type { Seeder } from './seeder';

/** Every feature's demo data, in dependency order (reset runs in reverse). */
export const SEEDERS: Seeder[] = [
  indicatorsSeeder,
  accountsSeeder,
  peopleSeeder,
  organisationsSeeder,
  challengesSeeder,
  marketplaceSeeder,
  partnershipsSeeder,
  roomsSeeder,
];
