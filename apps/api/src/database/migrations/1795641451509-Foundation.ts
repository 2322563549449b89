import { TAXONOMIES } from '@oip/domain';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795641451509 implements MigrationInterface {
  name = 'Foundation1795641451509';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "taxonomy" ("key" character varying(40) NOT NULL, "name" jsonb NOT NULL, "position" integer NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_e1d5d072af15131edb3d0f9665c" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "taxonomy_term" ("taxonomy_key" character varying(40) NOT NULL, "code" character varying(40) NOT NULL, "position" integer NOT NULL, "label" jsonb NOT NULL, "description" jsonb, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_cc87211f75d048a8987a5489a8f" PRIMARY KEY ("taxonomy_key", "code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "taxonomy_term_taxonomy_position_idx" ON "taxonomy_term"  ("taxonomy_key", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "seed_history" ("name" character varying(80) NOT NULL, "rows" integer NOT NULL, "seeded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3593e1c2b96d3b0a2d31cafba11" PRIMARY KEY ("name"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "taxonomy_term" ADD CONSTRAINT "FK_247d9ea6e351755c9f4d93783ff" FOREIGN KEY ("taxonomy_key") REFERENCES "taxonomy"("key") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // Lombardy's default taxonomies (../shared/DOMAIN.md). A later change to them goes in a new
    // migration that upserts the changed terms and bumps `taxonomy.version`.
    for (const [position, taxonomy] of TAXONOMIES.entries()) {
      await queryRunner.query(
        `INSERT INTO "taxonomy" ("key", "name", "position") VALUES ($1, $2, $3)`,
        [taxonomy.key, JSON.stringify(taxonomy.name), position],
      );
      for (const [termPosition, term] of taxonomy.terms.entries()) {
        await queryRunner.query(
          `INSERT INTO "taxonomy_term" ("taxonomy_key", "code", "position", "label", "description") VALUES ($1, $2, $3, $4, $5)`,
          [
            taxonomy.key,
            term.code,
            termPosition,
            JSON.stringify(term.label),
            term.description ? JSON.stringify(term.description) : null,
          ],
        );
      }
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "taxonomy_term" DROP CONSTRAINT "FK_247d9ea6e351755c9f4d93783ff"`,
    );
    await queryRunner.query(`DROP TABLE "seed_history"`);
    await queryRunner.query(`DROP INDEX "public"."taxonomy_term_taxonomy_position_idx"`);
    await queryRunner.query(`DROP TABLE "taxonomy_term"`);
    await queryRunner.query(`DROP TABLE "taxonomy"`);
  }
}
