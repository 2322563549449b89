import { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsOrganisations1795644119266 implements MigrationInterface {
  name = 'AccountsOrganisations1795644119266';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Full-text search in Italian and English with accents folded: unaccent (a trusted
    // extension, creatable by the database owner) in two text-search configurations, and an
    // immutable tag-joining function usable in a generated column.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION oip_it (COPY = italian)`);
    await queryRunner.query(
      `ALTER TEXT SEARCH CONFIGURATION oip_it ALTER MAPPING FOR hword, hword_part, word WITH unaccent, italian_stem`,
    );
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION oip_en (COPY = english)`);
    await queryRunner.query(
      `ALTER TEXT SEARCH CONFIGURATION oip_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem`,
    );
    await queryRunner.query(
      `CREATE FUNCTION oip_tags_text(tags varchar[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT coalesce(array_to_string(tags, ' '), '') $$`,
    );
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" varchar NOT NULL, "database" varchar, "schema" varchar, "table" varchar, "name" varchar, "value" text)`,
    );
    await queryRunner.query(
      `CREATE TABLE "user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254), "email_verified_at" TIMESTAMP WITH TIME ZONE, "password_hash" character varying(255), "role" character varying(20) NOT NULL DEFAULT 'member', "full_name" character varying(120) NOT NULL, "locale" character varying(5) NOT NULL DEFAULT 'it', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "user_account_email_key" ON "user_account"  ("email") `,
    );
    await queryRunner.query(
      `CREATE TABLE "account_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character varying(64) NOT NULL, "user_id" uuid NOT NULL, "purpose" character varying(20) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a55842d3341d42534e39f85e931" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "account_token_hash_key" ON "account_token"  ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "consent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "version" character varying(20) NOT NULL, "granted" boolean NOT NULL DEFAULT true, "given_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9115e8d6b082d4fc46d56134d29" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "consent_user_idx" ON "consent"  ("user_id", "given_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "login_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subject" character varying(300) NOT NULL, "succeeded" boolean NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_72829cd4f7424e3cdfd46c476c0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "login_attempt_subject_time_idx" ON "login_attempt"  ("subject", "attempted_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character varying(64) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "user_agent" character varying(300), "ip" character varying(64), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "session_token_hash_key" ON "session"  ("token_hash") `,
    );
    await queryRunner.query(`CREATE INDEX "session_user_idx" ON "session"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_id" uuid, "action" character varying(60) NOT NULL, "subject_type" character varying(40) NOT NULL, "subject_id" character varying(64) NOT NULL, "data" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_event_subject_idx" ON "audit_event"  ("subject_type", "subject_id", "created_at") `,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), 'public', 'organisation', 'GENERATED_COLUMN', 'search', $1)`,
      [
        "setweight(to_tsvector('oip_it', coalesce(display_name, '') || ' ' || coalesce(legal_name, '')), 'A') || setweight(to_tsvector('oip_en', coalesce(display_name, '') || ' ' || coalesce(legal_name, '')), 'A') || setweight(to_tsvector('oip_it', oip_tags_text(competences)), 'B') || setweight(to_tsvector('oip_en', oip_tags_text(competences)), 'B') || setweight(to_tsvector('oip_it', description_it), 'C') || setweight(to_tsvector('oip_en', description_en), 'C')",
      ],
    );
    await queryRunner.query(
      `CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(30) NOT NULL, "legal_name" character varying(200) NOT NULL, "display_name" character varying(120) NOT NULL, "vat_number" character varying(20), "website" character varying(300), "country" character(2) NOT NULL DEFAULT 'IT', "region" character varying(80), "province" character varying(2), "size_band" character varying(10), "ateco_section" character(1), "s3_ecosystems" character varying array NOT NULL DEFAULT '{}', "competences" character varying array NOT NULL DEFAULT '{}', "trl_min" smallint, "trl_max" smallint, "description_it" text NOT NULL DEFAULT '', "description_en" text NOT NULL DEFAULT '', "logo_key" character varying(120), "parent_id" uuid, "verified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "search" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('oip_it', coalesce(display_name, '') || ' ' || coalesce(legal_name, '')), 'A') || setweight(to_tsvector('oip_en', coalesce(display_name, '') || ' ' || coalesce(legal_name, '')), 'A') || setweight(to_tsvector('oip_it', oip_tags_text(competences)), 'B') || setweight(to_tsvector('oip_en', oip_tags_text(competences)), 'B') || setweight(to_tsvector('oip_it', description_it), 'C') || setweight(to_tsvector('oip_en', description_en), 'C')) STORED NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "organisation_vat_key" ON "organisation"  ("vat_number") `,
    );
    await queryRunner.query(
      `CREATE INDEX "organisation_province_idx" ON "organisation"  ("province") `,
    );
    await queryRunner.query(
      `CREATE INDEX "organisation_parent_idx" ON "organisation"  ("parent_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "organisation_display_name_idx" ON "organisation"  ("display_name", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "membership" ("organisation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(10) NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_83b51efdef81bac87874f7f2ebd" PRIMARY KEY ("organisation_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "membership_user_idx" ON "membership"  ("user_id") `);
    await queryRunner.query(
      `ALTER TABLE "account_token" ADD CONSTRAINT "FK_ab3c66669facfe429164e60ab82" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consent" ADD CONSTRAINT "FK_a5cfa7e467568ab0f36ff55058b" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session" ADD CONSTRAINT "FK_30e98e8746699fb9af235410aff" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation" ADD CONSTRAINT "FK_c4ba39f5697ec0cd6e03314b616" FOREIGN KEY ("parent_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_be659e88cd5ed71eef6d4122aac" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "organisation_search_idx" ON "organisation" USING GIN ("search")`,
    );
    await queryRunner.query(
      `CREATE INDEX "organisation_ecosystems_idx" ON "organisation" USING GIN ("s3_ecosystems")`,
    );
    await queryRunner.query(
      `CREATE INDEX "organisation_competences_idx" ON "organisation" USING GIN ("competences")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "membership" DROP CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" DROP CONSTRAINT "FK_be659e88cd5ed71eef6d4122aac"`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation" DROP CONSTRAINT "FK_c4ba39f5697ec0cd6e03314b616"`,
    );
    await queryRunner.query(
      `ALTER TABLE "session" DROP CONSTRAINT "FK_30e98e8746699fb9af235410aff"`,
    );
    await queryRunner.query(
      `ALTER TABLE "consent" DROP CONSTRAINT "FK_a5cfa7e467568ab0f36ff55058b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_token" DROP CONSTRAINT "FK_ab3c66669facfe429164e60ab82"`,
    );
    await queryRunner.query(`DROP INDEX "public"."membership_user_idx"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP INDEX "public"."organisation_display_name_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organisation_parent_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organisation_province_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organisation_vat_key"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = $3 AND "schema" = $4 AND "table" = $5`,
      ['GENERATED_COLUMN', 'search', await currentDatabase(queryRunner), 'public', 'organisation'],
    );
    await queryRunner.query(`DROP INDEX "public"."audit_event_subject_idx"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP INDEX "public"."session_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."session_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP INDEX "public"."login_attempt_subject_time_idx"`);
    await queryRunner.query(`DROP TABLE "login_attempt"`);
    await queryRunner.query(`DROP INDEX "public"."consent_user_idx"`);
    await queryRunner.query(`DROP TABLE "consent"`);
    await queryRunner.query(`DROP INDEX "public"."account_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "account_token"`);
    await queryRunner.query(`DROP INDEX "public"."user_account_email_key"`);
    await queryRunner.query(`DROP TABLE "user_account"`);
    await queryRunner.query(`DROP FUNCTION oip_tags_text(varchar[])`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION oip_en`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION oip_it`);
  }
}

async function currentDatabase(queryRunner: QueryRunner): Promise<string> {
  const [row] = await queryRunner.query(`SELECT current_database() AS name`);
  return row.name;
}
