import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from './harness/database';

/**
 * The `match_tag` side table of the matchmaking candidates (decision 0017) is kept by triggers
 * in the transaction of every write: these are its rules, on plain SQL writes, since every
 * path (services, seeds, the bench's bulk loads, the expiry job) goes through them.
 */
describe('match_tag (matchmaking side table)', () => {
  let db: TestDatabase;
  let client: Client;
  let lab: string;

  const sql = async <T = Record<string, unknown>>(statement: string, parameters: unknown[] = []) =>
    (await client.query(statement, parameters)).rows as T[];
  const rowsOf = (itemId: string) =>
    sql<{
      item_type: string;
      tag: string;
      organisation_id: string;
      live_from: Date;
      live_until: Date | null;
    }>(
      `SELECT item_type, tag, organisation_id, live_from, live_until FROM match_tag WHERE item_id = $1 ORDER BY tag`,
      [itemId],
    );
  const tagsOf = async (itemId: string) => (await rowsOf(itemId)).map((row) => row.tag);

  /** The id of the row an `INSERT … RETURNING id` made. */
  async function inserted(statement: string, parameters: unknown[]) {
    const [row] = await sql<{ id: string }>(statement, parameters);
    if (!row) throw new Error('nothing inserted');
    return row.id;
  }

  const organisation = (competences: string[]) =>
    inserted(
      `INSERT INTO organisation (kind, legal_name, display_name, competences)
       VALUES ('research_centre', 'Lab', 'Lab', $1) RETURNING id`,
      [competences],
    );

  const offer = (organisationId: string, tags: string[], status = 'published') =>
    inserted(
      `INSERT INTO technology_offer (organisation_id, status, trl, tags, published_at, expires_at)
       VALUES ($1, $2, 5, $3, '2025-05-01', '2026-05-01') RETURNING id`,
      [organisationId, status, tags],
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    client = new Client({ connectionString: db.url });
    await client.connect();
    lab = await organisation(['robotica', 'visione']);
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  it('holds one row per competence of every organisation', async () => {
    expect(await rowsOf(lab)).toEqual([
      expect.objectContaining({
        item_type: 'organisation',
        tag: 'robotica',
        organisation_id: lab,
        live_until: null,
      }),
      expect.objectContaining({
        item_type: 'organisation',
        tag: 'visione',
        organisation_id: lab,
        live_until: null,
      }),
    ]);
    await sql(`UPDATE organisation SET competences = '{saldatura}' WHERE id = $1`, [lab]);
    expect(await tagsOf(lab)).toEqual(['saldatura']);
  });

  it('holds the tags and the time window of published offers and requests only', async () => {
    const published = await offer(lab, ['robotica', 'visione']);
    const draft = await offer(lab, ['robotica'], 'draft');
    expect(await rowsOf(published)).toEqual([
      {
        item_type: 'offer',
        tag: 'robotica',
        organisation_id: lab,
        live_from: new Date('2025-05-01'),
        live_until: new Date('2026-05-01'),
      },
      expect.objectContaining({ tag: 'visione' }),
    ]);
    expect(await rowsOf(draft)).toEqual([]);

    await sql(`UPDATE technology_offer SET status = 'expired' WHERE id = $1`, [published]);
    expect(await rowsOf(published)).toEqual([]);
    await sql(
      `UPDATE technology_offer SET status = 'published', tags = '{cobot}' WHERE id IN ($1, $2)`,
      [published, draft],
    );
    expect(await tagsOf(published)).toEqual(['cobot']);
    expect(await tagsOf(draft)).toEqual(['cobot']);

    const request = await inserted(
      `INSERT INTO collaboration_request (organisation_id, status, tags, published_at)
       VALUES ($1, 'published', '{robotica}', '2025-05-01') RETURNING id`,
      [lab],
    );
    expect(await rowsOf(request)).toEqual([
      expect.objectContaining({ item_type: 'request', tag: 'robotica', live_until: null }),
    ]);
  });

  it('leaves the rows alone when an update touches none of their columns', async () => {
    const id = await offer(lab, ['robotica']);
    const before = await sql(`SELECT xmin::text FROM match_tag WHERE item_id = $1`, [id]);
    await sql(
      `UPDATE technology_offer SET description_it = 'altro', version = version + 1 WHERE id = $1`,
      [id],
    );
    expect(await sql(`SELECT xmin::text FROM match_tag WHERE item_id = $1`, [id])).toEqual(before);
  });

  it('holds published challenges every signed-in person may see, until their deadline', async () => {
    const insert = (visibility: string) =>
      inserted(
        `INSERT INTO challenge (organisation_id, status, visibility, tags, reward_type, deadline)
         VALUES ($1, 'published', $2, '{robotica}', 'prize', '2025-09-01') RETURNING id`,
        [lab, visibility],
      );
    const open = await insert('members');
    expect(await rowsOf(open)).toEqual([
      expect.objectContaining({ item_type: 'challenge', live_until: new Date('2025-09-01') }),
    ]);
    expect(await rowsOf(await insert('invited'))).toEqual([]);
    await sql(`UPDATE challenge SET status = 'closed' WHERE id = $1`, [open]);
    expect(await rowsOf(open)).toEqual([]);
  });

  it('forgets deleted items, also through the cascade of their organisation', async () => {
    const owner = await organisation(['robotica']);
    const id = await offer(owner, ['robotica']);
    await sql(`DELETE FROM organisation WHERE id = $1`, [owner]);
    expect(await rowsOf(owner)).toEqual([]);
    expect(await rowsOf(id)).toEqual([]);
  });

  it('holds nothing of a deactivated organisation, and everything again once reactivated', async () => {
    const owner = await organisation(['robotica', 'visione']);
    const id = await offer(owner, ['robotica']);
    const draft = await offer(owner, ['visione'], 'draft');
    const other = await organisation(['robotica']);
    await sql(`UPDATE organisation SET deactivated_at = now() WHERE id = $1`, [owner]);
    expect(await rowsOf(owner)).toEqual([]);
    expect(await rowsOf(id)).toEqual([]);
    expect(await tagsOf(other)).toEqual(['robotica']); // the others stay
    // written while the owner is inactive: still nothing
    await sql(`UPDATE technology_offer SET tags = '{robotica,saldatura}' WHERE id = $1`, [id]);
    await sql(
      `UPDATE technology_offer SET status = 'published', published_at = '2025-05-01' WHERE id = $1`,
      [draft],
    );
    expect(await rowsOf(id)).toEqual([]);
    expect(await rowsOf(draft)).toEqual([]);
    await sql(`UPDATE organisation SET deactivated_at = NULL WHERE id = $1`, [owner]);
    expect(await tagsOf(owner)).toEqual(['robotica', 'visione']);
    expect(await tagsOf(id)).toEqual(['robotica', 'saldatura']);
    expect(await tagsOf(draft)).toEqual(['visione']);
  });
});
