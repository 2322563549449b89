import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The matchmaking side table `match_tag` (docs/decisions/0017-match-tag-side-table.md): one
 * row per (tag, item) of every item that can be suggested, kept in sync by statement-level
 * triggers (transition tables: one bulk INSERT … SELECT per statement, so seeds and bulk loads
 * stay fast), in the transaction of the write. Backfilled from the existing rows.
 */
export class MatchTags1795987351768 implements MigrationInterface {
  name = 'MatchTags1795987351768';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "match_tag" ("item_type" character varying(20) NOT NULL, "tag" character varying NOT NULL, "item_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "live_from" TIMESTAMP WITH TIME ZONE NOT NULL, "live_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7d410605c3919f20ee8ae0b4dd1" PRIMARY KEY ("item_type", "tag", "item_id"))`,
    );
    // by hand: stage 1 of the candidates is an index-only scan of this index
    await queryRunner.query(
      `CREATE INDEX "match_tag_live_idx" ON "match_tag" ("item_type", "tag") INCLUDE ("item_id", "organisation_id", "live_from", "live_until")`,
    );
    for (const [table, itemType, rows, watched] of SOURCES) {
      await queryRunner.query(syncFunction(table, rows, watched));
      for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
        const transitions =
          event === 'INSERT'
            ? 'NEW TABLE AS new_rows'
            : event === 'DELETE'
              ? 'OLD TABLE AS old_rows'
              : 'OLD TABLE AS old_rows NEW TABLE AS new_rows';
        await queryRunner.query(
          `CREATE TRIGGER "${table}_match_tag_${event.toLowerCase()}" AFTER ${event} ON "${table}"
           REFERENCING ${transitions} FOR EACH STATEMENT EXECUTE FUNCTION "${table}_match_tag_sync"('${itemType}')`,
        );
      }
      await queryRunner.query(`INSERT INTO match_tag ${rows.replaceAll('$rows', `"${table}"`)}`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of SOURCES) {
      for (const event of ['insert', 'update', 'delete'])
        await queryRunner.query(`DROP TRIGGER "${table}_match_tag_${event}" ON "${table}"`);
      await queryRunner.query(`DROP FUNCTION "${table}_match_tag_sync"()`);
    }
    await queryRunner.query(`DROP INDEX "public"."match_tag_live_idx"`);
    await queryRunner.query(`DROP TABLE "match_tag"`);
  }
}

/**
 * The match_tag rows of a set of rows of a table (`$rows`), as a SELECT: only what can be
 * live at some time (the candidates' hard filters, minus the time window checked against the
 * Clock at query time). `TG_ARGV[0]` is the item type.
 */
const MARKETPLACE_ROWS = `(item_type, tag, item_id, organisation_id, live_from, live_until)
  SELECT DISTINCT $type, tag, r.id, r.organisation_id, r.published_at, r.expires_at
  FROM $rows r, unnest(r.tags) AS tag
  WHERE r.status = 'published' AND r.published_at IS NOT NULL`;

const MARKETPLACE_WATCHED = 'tags, status, published_at, expires_at, organisation_id';

/** Per table: its item type, its rows, and the columns they depend on (other updates: no-op). */
const SOURCES: [table: string, itemType: string, rows: string, watched: string][] = [
  ['technology_offer', 'offer', MARKETPLACE_ROWS.replace('$type', `'offer'`), MARKETPLACE_WATCHED],
  [
    'collaboration_request',
    'request',
    MARKETPLACE_ROWS.replace('$type', `'request'`),
    MARKETPLACE_WATCHED,
  ],
  [
    'challenge',
    'challenge',
    `(item_type, tag, item_id, organisation_id, live_from, live_until)
     SELECT DISTINCT 'challenge', tag, r.id, r.organisation_id, '-infinity'::timestamptz, r.deadline
     FROM $rows r, unnest(r.tags) AS tag
     WHERE r.status = 'published' AND r.visibility IN ('public', 'members')`,
    'tags, status, visibility, deadline, organisation_id',
  ],
  [
    'organisation',
    'organisation',
    `(item_type, tag, item_id, organisation_id, live_from, live_until)
     SELECT DISTINCT 'organisation', tag, r.id, r.id, '-infinity'::timestamptz, NULL::timestamptz
     FROM $rows r, unnest(r.competences) AS tag`,
    'competences',
  ],
];

/**
 * Deletes the rows of the changed items and inserts their new ones (transition tables). An
 * update touching none of the `watched` columns (a description, a version bump) changes nothing.
 */
export const syncFunction = (table: string, rows: string, watched: string) => {
  // `o` / `n`, not `old` / `new`: those are PL/pgSQL variables
  const changed = (of: 'o' | 'n', other: 'o' | 'n') =>
    `SELECT ${of}.* FROM ${TRANSITION[of]} ${of} JOIN ${TRANSITION[other]} ${other} ON ${other}.id = ${of}.id
     WHERE (${prefixed(watched, of)}) IS DISTINCT FROM (${prefixed(watched, other)})`;
  return `
  CREATE FUNCTION "${table}_match_tag_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'DELETE' THEN
      DELETE FROM match_tag m USING old_rows o WHERE m.item_type = TG_ARGV[0] AND m.item_id = o.id;
    ELSIF TG_OP = 'UPDATE' THEN
      DELETE FROM match_tag m USING (${changed('o', 'n')}) o
      WHERE m.item_type = TG_ARGV[0] AND m.item_id = o.id;
      INSERT INTO match_tag ${rows.replaceAll('$rows', `(${changed('n', 'o')})`)};
    ELSE
      INSERT INTO match_tag ${rows.replaceAll('$rows', 'new_rows')};
    END IF;
    RETURN NULL;
  END $$`;
};

const TRANSITION = { o: 'old_rows', n: 'new_rows' };

const prefixed = (columns: string, alias: string) =>
  columns
    .split(', ')
    .map((column) => `${alias}.${column}`)
    .join(', ');
