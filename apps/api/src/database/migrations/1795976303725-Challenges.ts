import { MigrationInterface, QueryRunner } from 'typeorm';

export class Challenges1795976303725 implements MigrationInterface {
  name = 'Challenges1795976303725';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), 'public', 'challenge', 'GENERATED_COLUMN', 'search', $1)`,
      [
        "setweight(to_tsvector('oip_it', title_it), 'A') || setweight(to_tsvector('oip_en', title_en), 'A') || setweight(to_tsvector('oip_it', oip_tags_text(tags)), 'B') || setweight(to_tsvector('oip_en', oip_tags_text(tags)), 'B') || setweight(to_tsvector('oip_it', summary_it), 'B') || setweight(to_tsvector('oip_en', summary_en), 'B') || setweight(to_tsvector('oip_it', problem_it || ' ' || expected_results_it || ' ' || constraints_it), 'C') || setweight(to_tsvector('oip_en', problem_en || ' ' || expected_results_en || ' ' || constraints_en), 'C')",
      ],
    );
    await queryRunner.query(
      `CREATE TABLE "challenge" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "created_by" uuid, "status" character varying(20) NOT NULL DEFAULT 'draft', "title_it" character varying(160) NOT NULL DEFAULT '', "title_en" character varying(160) NOT NULL DEFAULT '', "summary_it" text NOT NULL DEFAULT '', "summary_en" text NOT NULL DEFAULT '', "problem_it" text NOT NULL DEFAULT '', "problem_en" text NOT NULL DEFAULT '', "expected_results_it" text NOT NULL DEFAULT '', "expected_results_en" text NOT NULL DEFAULT '', "constraints_it" text NOT NULL DEFAULT '', "constraints_en" text NOT NULL DEFAULT '', "s3_ecosystems" character varying array NOT NULL DEFAULT '{}', "tags" character varying array NOT NULL DEFAULT '{}', "sought_partner_kinds" character varying array NOT NULL DEFAULT '{}', "trl_min" smallint, "trl_max" smallint, "reward_type" character varying(20) NOT NULL, "reward_amount" numeric(14,2), "reward_currency" character(3) NOT NULL DEFAULT 'EUR', "deadline" TIMESTAMP WITH TIME ZONE, "visibility" character varying(10) NOT NULL DEFAULT 'public', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "search" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('oip_it', title_it), 'A') || setweight(to_tsvector('oip_en', title_en), 'A') || setweight(to_tsvector('oip_it', oip_tags_text(tags)), 'B') || setweight(to_tsvector('oip_en', oip_tags_text(tags)), 'B') || setweight(to_tsvector('oip_it', summary_it), 'B') || setweight(to_tsvector('oip_en', summary_en), 'B') || setweight(to_tsvector('oip_it', problem_it || ' ' || expected_results_it || ' ' || constraints_it), 'C') || setweight(to_tsvector('oip_en', problem_en || ' ' || expected_results_en || ' ' || constraints_en), 'C')) STORED NOT NULL, CONSTRAINT "PK_5f31455ad09ea6a836a06871b7a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "challenge_organisation_idx" ON "challenge"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "challenge_created_idx" ON "challenge"  ("created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "challenge_status_deadline_idx" ON "challenge"  ("status", "deadline", "id") `,
    );
    // by hand (the entity marks them synchronize: false): GIN indexes for search and filters
    await queryRunner.query(
      `CREATE INDEX "challenge_search_idx" ON "challenge" USING GIN ("search")`,
    );
    await queryRunner.query(
      `CREATE INDEX "challenge_ecosystems_idx" ON "challenge" USING GIN ("s3_ecosystems")`,
    );
    await queryRunner.query(`CREATE INDEX "challenge_tags_idx" ON "challenge" USING GIN ("tags")`);
    await queryRunner.query(
      `CREATE TABLE "challenge_follow" ("challenge_id" uuid NOT NULL, "user_id" uuid NOT NULL, "followed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b8f7bb6d487983c003e4c824926" PRIMARY KEY ("challenge_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "challenge_follow_user_idx" ON "challenge_follow"  ("user_id", "followed_at", "challenge_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "challenge_invited_organisation" ("challenge_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_a315ea5b7db8b2c998083d1b287" PRIMARY KEY ("challenge_id", "organisation_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "challenge_invited_organisation_org_idx" ON "challenge_invited_organisation"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "challenge_transition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "challenge_id" uuid NOT NULL, "actor_id" uuid, "from_status" character varying(20) NOT NULL, "to_status" character varying(20) NOT NULL, "action" character varying(30) NOT NULL, "comment" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_8f2ce131059a3972d791a046a54" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "challenge_transition_challenge_idx" ON "challenge_transition"  ("challenge_id", "at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge" ADD CONSTRAINT "FK_742265fb4b8399b87fb349ee95f" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge" ADD CONSTRAINT "FK_f709bd067515311fa5f7894bb8f" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_follow" ADD CONSTRAINT "FK_83bb3211629179f39e9810451cb" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_follow" ADD CONSTRAINT "FK_2f91214e04274ed9640d1e20dfb" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_invited_organisation" ADD CONSTRAINT "FK_f727baef4b9ae48d00094da7acc" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_invited_organisation" ADD CONSTRAINT "FK_a3d6ad4b8e08d76d14cc5dc9bb3" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_transition" ADD CONSTRAINT "FK_75bfa579f8b491092fbc1c03211" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_transition" ADD CONSTRAINT "FK_4fd07c697da29f8f8adf6d2ebea" FOREIGN KEY ("actor_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "challenge_transition" DROP CONSTRAINT "FK_4fd07c697da29f8f8adf6d2ebea"`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_transition" DROP CONSTRAINT "FK_75bfa579f8b491092fbc1c03211"`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_invited_organisation" DROP CONSTRAINT "FK_a3d6ad4b8e08d76d14cc5dc9bb3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_invited_organisation" DROP CONSTRAINT "FK_f727baef4b9ae48d00094da7acc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_follow" DROP CONSTRAINT "FK_2f91214e04274ed9640d1e20dfb"`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_follow" DROP CONSTRAINT "FK_83bb3211629179f39e9810451cb"`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge" DROP CONSTRAINT "FK_f709bd067515311fa5f7894bb8f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge" DROP CONSTRAINT "FK_742265fb4b8399b87fb349ee95f"`,
    );
    await queryRunner.query(`DROP INDEX "public"."challenge_transition_challenge_idx"`);
    await queryRunner.query(`DROP TABLE "challenge_transition"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_invited_organisation_org_idx"`);
    await queryRunner.query(`DROP TABLE "challenge_invited_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_follow_user_idx"`);
    await queryRunner.query(`DROP TABLE "challenge_follow"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_status_deadline_idx"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_organisation_idx"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_tags_idx"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_ecosystems_idx"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_search_idx"`);
    await queryRunner.query(`DROP TABLE "challenge"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4`,
      ['GENERATED_COLUMN', 'search', 'public', 'challenge'],
    );
  }
}
