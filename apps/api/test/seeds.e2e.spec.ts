import type { EntityManager } from 'typeorm';
import { verifyPassword } from '../src/common/auth/secrets';
import { createDataSource } from '../src/database/data-source';
import { DEMO_PASSWORD } from '../src/modules/accounts/accounts.seeder';
import { SEEDERS } from '../src/database/seeds/index';
import { runSeeds } from '../src/database/seeds/run-seeds';
import type { Seeder } from '../src/database/seeds/seeder';
import { createTestDatabase, type TestDatabase } from './harness/database';

describe('demo data seeding', () => {
  let db: TestDatabase;
  const dataSource = () => createDataSource({ url: db.url, poolSize: 2 });
  let ds: ReturnType<typeof dataSource>;

  beforeEach(async () => {
    db = await createTestDatabase();
    ds = dataSource();
    await ds.initialize();
  });
  afterEach(async () => {
    await ds.destroy();
    await db.drop();
  });

  const count = async (table: string) =>
    Number((await ds.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  it('loads every seeder and records it', async () => {
    const result = await runSeeds(ds);
    expect(result.skipped).toBe(false);
    expect(result.seeded).toEqual([
      { name: 'indicators', rows: 25 },
      { name: 'accounts', rows: 13 },
      { name: 'people', rows: 12 },
      { name: 'organisations', rows: 16 + 23 },
      { name: 'challenges', rows: expect.any(Number) },
      { name: 'marketplace', rows: 16 + 16 },
      { name: 'partnerships', rows: 4 + 4 + 2 * 3 }, // partnerships, messages, 2 rooms
      { name: 'rooms', rows: expect.any(Number) },
    ]);
    // community rooms with history, an event room, a partnership room, direct messages
    const rooms = await ds.query(
      `SELECT r.kind, count(m.*)::int AS messages, bool_and(m.seq IS NOT NULL) AS numbered
       FROM room r JOIN room_message m ON m.room_id = r.id GROUP BY r.kind ORDER BY r.kind`,
    );
    expect(rooms).toEqual([
      { kind: 'community', messages: 15, numbered: true },
      { kind: 'direct', messages: 5, numbered: true },
      { kind: 'event', messages: 2, numbered: true },
      { kind: 'partnership', messages: 5, numbered: true },
    ]);
    const gaps = await ds.query(
      `SELECT r.id FROM room r WHERE r.last_seq <> (SELECT count(*) FROM room_message m WHERE m.room_id = r.id)`,
    );
    expect(gaps).toEqual([]);
    expect(await count('indicator')).toBe(7);
    expect(await count('indicator_observation')).toBe(18);
    expect(await count('seed_history')).toBe(8);
    // a challenge in every state of the lifecycle
    const statuses = await ds.query(`SELECT DISTINCT status FROM challenge ORDER BY status`);
    expect(statuses.map((row: { status: string }) => row.status)).toEqual([
      'archived',
      'awarded',
      'cancelled',
      'closed',
      'draft',
      'evaluation',
      'in_review',
      'published',
    ]);
    expect(await count('person_profile')).toBe(12);
    expect(await count('organisation')).toBe(16);
    const provinces = await ds.query(
      `SELECT count(DISTINCT province)::int AS n, count(DISTINCT kind)::int AS kinds FROM organisation`,
    );
    expect(provinces[0]).toEqual({ n: 12, kinds: 9 }); // every Lombard province, every kind
  });

  it('creates ready accounts that sign in with the README’s password, with their platform roles', async () => {
    await runSeeds(ds);
    const rows: { email: string; role: string; password_hash: string }[] = await ds.query(
      `SELECT email, role, password_hash FROM user_account WHERE password_hash IS NOT NULL ORDER BY email`,
    );
    expect(rows.map((row) => [row.email, row.role])).toEqual([
      ['admin@demo.oip.it', 'admin'],
      ['moderatore@demo.oip.it', 'moderator'],
      ['pmi@demo.oip.it', 'member'],
      ['ricerca@demo.oip.it', 'member'],
      ['startup@demo.oip.it', 'member'],
    ]);
    for (const row of rows)
      expect(await verifyPassword(row.password_hash, DEMO_PASSWORD)).toBe(true);
  });

  it('is idempotent: running twice leaves the same rows', async () => {
    await runSeeds(ds);
    await runSeeds(ds);
    expect(await count('indicator')).toBe(7);
    expect(await count('indicator_observation')).toBe(18);
    expect(await count('partnership')).toBe(4);
    expect(await count('room_organisation')).toBe(4);
    expect(await count('room_message')).toBe(27);
  });

  it('runs only the seeders that never ran here (pnpm start), keeping edited demo data', async () => {
    await runSeeds(ds);
    await ds.query(`DELETE FROM indicator WHERE code = 'companies_supported'`);
    const again = await runSeeds(ds, { onlyMissing: true });
    expect(again.skipped).toBe(true);
    expect(await count('indicator')).toBe(6);

    const newFeature: Seeder = {
      name: 'new-feature',
      run: async (manager: EntityManager) => {
        await manager.query(`UPDATE indicator SET position = position`);
        return 1;
      },
      reset: async () => undefined,
    };
    const result = await runSeeds(ds, { onlyMissing: true, seeders: [...SEEDERS, newFeature] });
    expect(result.seeded).toEqual([{ name: 'new-feature', rows: 1 }]);
    expect(await count('indicator')).toBe(6);
    expect(await count('seed_history')).toBe(SEEDERS.length + 1);
  });

  it('reset removes edits and reloads (pnpm seed --reset)', async () => {
    await runSeeds(ds);
    await ds.query(`UPDATE indicator SET target = 1 WHERE code = 'resources_granted'`);
    await ds.query(
      `INSERT INTO indicator_observation (indicator_code, observed_on, value) VALUES ('resources_granted', '2026-01-31', 99)`,
    );
    await ds.query(
      `INSERT INTO indicator (code, name, unit, baseline, target, target_date, position) VALUES ('admin_entered', '{"it":"x","en":"x"}', 'count', 0, 1, '2027-12-31', 99)`,
    );
    await runSeeds(ds, { reset: true });
    const [row] = await ds.query(`SELECT target FROM indicator WHERE code = 'resources_granted'`);
    expect(Number(row.target)).toBe(300);
    expect(await count('indicator_observation')).toBe(18);
    expect(await count('indicator')).toBe(8); // the indicator an admin entered survives
  });

  it('loads nothing when one seeder fails: one transaction', async () => {
    const failing: Seeder = {
      name: 'broken',
      run: async (manager: EntityManager) => {
        await manager.query(`SELECT 1/0`);
        return 0;
      },
      reset: async () => undefined,
    };
    await expect(runSeeds(ds, { seeders: [...SEEDERS, failing] })).rejects.toThrow(
      /division by zero/,
    );
    expect(await count('indicator')).toBe(0);
    expect(await count('seed_history')).toBe(0);
  });
});
