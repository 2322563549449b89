import { MigrationInterface, QueryRunner } from 'typeorm';
import { syncFunction } from './1795987351768-MatchTags';

/**
 * Inactive organisations (decision 0018) through the `match_tag` liveness (decision 0017): a
 * deactivated organisation and its items have no rows, so stage 1 of the candidates never sees
 * them. The sync functions only write rows of active owners; a change of an organisation's
 * activation rewrites the rows of its items. Existing rows of inactive owners are removed.
 */
export class MatchTagInactiveOrganisations1795990100000 implements MigrationInterface {
  name = 'MatchTagInactiveOrganisations1795990100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, rows, watched] of sources(ACTIVE_OWNER, ACTIVE_ORGANISATION))
      await queryRunner.query(replaceFunction(table, rows, watched));
    await queryRunner.query(activationFunction(sources(ACTIVE_OWNER, ACTIVE_ORGANISATION)));
    await queryRunner.query(
      `CREATE TRIGGER "organisation_match_tag_activation" AFTER UPDATE ON "organisation"
       REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
       FOR EACH STATEMENT EXECUTE FUNCTION "organisation_match_tag_activation"()`,
    );
    await queryRunner.query(
      `DELETE FROM match_tag WHERE organisation_id IN (SELECT id FROM organisation WHERE deactivated_at IS NOT NULL)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "organisation_match_tag_activation" ON "organisation"`);
    await queryRunner.query(`DROP FUNCTION "organisation_match_tag_activation"()`);
    for (const [table, rows, watched] of sources('', ''))
      await queryRunner.query(replaceFunction(table, rows, watched));
    // the rows of inactive owners come back
    for (const [table, rows] of sources('', ''))
      await queryRunner.query(
        `INSERT INTO match_tag ${rows.replaceAll('$rows', `(SELECT * FROM "${table}" x WHERE x.${table === 'organisation' ? 'id' : 'organisation_id'} IN (SELECT id FROM organisation WHERE deactivated_at IS NOT NULL))`)} ON CONFLICT DO NOTHING`,
      );
  }
}

/** The owner of an item (`r`) is active; an organisation (`r`) is active. */
const ACTIVE_OWNER = `AND NOT EXISTS (SELECT 1 FROM organisation og WHERE og.id = r.organisation_id AND og.deactivated_at IS NOT NULL)`;
const ACTIVE_ORGANISATION = `AND r.deactivated_at IS NULL`;

/** The match_tag rows of each table (as in MatchTags1795987351768), plus the activation condition. */
function sources(owner: string, self: string): [table: string, rows: string, watched: string][] {
  const marketplace = (
    type: string,
  ) => `(item_type, tag, item_id, organisation_id, live_from, live_until)
    SELECT DISTINCT '${type}', tag, r.id, r.organisation_id, r.published_at, r.expires_at
    FROM $rows r, unnest(r.tags) AS tag
    WHERE r.status = 'published' AND r.published_at IS NOT NULL ${owner}`;
  const watched = 'tags, status, published_at, expires_at, organisation_id';
  return [
    ['technology_offer', marketplace('offer'), watched],
    ['collaboration_request', marketplace('request'), watched],
    [
      'challenge',
      `(item_type, tag, item_id, organisation_id, live_from, live_until)
       SELECT DISTINCT 'challenge', tag, r.id, r.organisation_id, '-infinity'::timestamptz, r.deadline
       FROM $rows r, unnest(r.tags) AS tag
       WHERE r.status = 'published' AND r.visibility IN ('public', 'members') ${owner}`,
      'tags, status, visibility, deadline, organisation_id',
    ],
    [
      'organisation',
      `(item_type, tag, item_id, organisation_id, live_from, live_until)
       SELECT DISTINCT 'organisation', tag, r.id, r.id, '-infinity'::timestamptz, NULL::timestamptz
       FROM $rows r, unnest(r.competences) AS tag WHERE true ${self}`,
      self ? 'competences, deactivated_at' : 'competences',
    ],
  ];
}

const replaceFunction = (table: string, rows: string, watched: string) =>
  syncFunction(table, rows, watched).replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION');

/**
 * When organisations are deactivated or reactivated, the rows of their offers, requests and
 * challenges are rewritten (their own rows follow `deactivated_at` in their sync function).
 */
function activationFunction(all: [table: string, rows: string, watched: string][]): string {
  const switched = `SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.deactivated_at IS NULL) <> (o.deactivated_at IS NULL)`;
  const items = all.filter(([table]) => table !== 'organisation');
  return `
  CREATE FUNCTION "organisation_match_tag_activation"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NOT EXISTS (${switched}) THEN RETURN NULL; END IF;
    DELETE FROM match_tag m WHERE m.item_type <> 'organisation' AND m.organisation_id IN (${switched});
    ${items
      .map(
        ([table, rows]) =>
          `INSERT INTO match_tag ${rows.replaceAll('$rows', `(SELECT * FROM "${table}" x WHERE x.organisation_id IN (${switched}))`)};`,
      )
      .join('\n    ')}
    RETURN NULL;
  END $$`;
}
