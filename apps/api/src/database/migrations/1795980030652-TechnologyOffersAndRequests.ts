import { MigrationInterface, QueryRunner } from 'typeorm';

export class TechnologyOffersAndRequests1795980030652 implements MigrationInterface {
  name = 'TechnologyOffersAndRequests1795980030652';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)`,
      [
        'public',
        'collaboration_request',
        'GENERATED_COLUMN',
        'search',
        "setweight(to_tsvector('oip_it', title_it), 'A') || setweight(to_tsvector('oip_en', title_en), 'A') || setweight(to_tsvector('oip_it', oip_tags_text(tags)), 'B') || setweight(to_tsvector('oip_en', oip_tags_text(tags)), 'B') || setweight(to_tsvector('oip_it', description_it), 'C') || setweight(to_tsvector('oip_en', description_en), 'C')",
      ],
    );
    await queryRunner.query(
      `CREATE TABLE "collaboration_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "created_by" uuid, "status" character varying(20) NOT NULL DEFAULT 'draft', "title_it" character varying(160) NOT NULL DEFAULT '', "title_en" character varying(160) NOT NULL DEFAULT '', "description_it" text NOT NULL DEFAULT '', "description_en" text NOT NULL DEFAULT '', "s3_ecosystems" character varying array NOT NULL DEFAULT '{}', "ateco_sections" character varying array NOT NULL DEFAULT '{}', "tags" character varying array NOT NULL DEFAULT '{}', "partnership_types" character varying array NOT NULL DEFAULT '{}', "published_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "partner_kinds" character varying array NOT NULL DEFAULT '{}', "trl_min" smallint, "trl_max" smallint, "accepts_lower_trl" boolean NOT NULL DEFAULT false, "budget_band" character varying(20) NOT NULL DEFAULT 'undisclosed', "search" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('oip_it', title_it), 'A') || setweight(to_tsvector('oip_en', title_en), 'A') || setweight(to_tsvector('oip_it', oip_tags_text(tags)), 'B') || setweight(to_tsvector('oip_en', oip_tags_text(tags)), 'B') || setweight(to_tsvector('oip_it', description_it), 'C') || setweight(to_tsvector('oip_en', description_en), 'C')) STORED NOT NULL, CONSTRAINT "PK_0b16b9e838552c218021041df83" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "collaboration_request_status_idx" ON "collaboration_request"  ("status", "published_at", "id") `,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)`,
      [
        'public',
        'technology_offer',
        'GENERATED_COLUMN',
        'search',
        "setweight(to_tsvector('oip_it', title_it), 'A') || setweight(to_tsvector('oip_en', title_en), 'A') || setweight(to_tsvector('oip_it', oip_tags_text(tags)), 'B') || setweight(to_tsvector('oip_en', oip_tags_text(tags)), 'B') || setweight(to_tsvector('oip_it', description_it), 'C') || setweight(to_tsvector('oip_en', description_en), 'C')",
      ],
    );
    await queryRunner.query(
      `CREATE TABLE "technology_offer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "created_by" uuid, "status" character varying(20) NOT NULL DEFAULT 'draft', "title_it" character varying(160) NOT NULL DEFAULT '', "title_en" character varying(160) NOT NULL DEFAULT '', "description_it" text NOT NULL DEFAULT '', "description_en" text NOT NULL DEFAULT '', "s3_ecosystems" character varying array NOT NULL DEFAULT '{}', "ateco_sections" character varying array NOT NULL DEFAULT '{}', "tags" character varying array NOT NULL DEFAULT '{}', "partnership_types" character varying array NOT NULL DEFAULT '{}', "published_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "trl" smallint NOT NULL, "ip_status" character varying(20) NOT NULL DEFAULT 'none', "contact_person_ids" uuid array NOT NULL DEFAULT '{}', "search" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('oip_it', title_it), 'A') || setweight(to_tsvector('oip_en', title_en), 'A') || setweight(to_tsvector('oip_it', oip_tags_text(tags)), 'B') || setweight(to_tsvector('oip_en', oip_tags_text(tags)), 'B') || setweight(to_tsvector('oip_it', description_it), 'C') || setweight(to_tsvector('oip_en', description_en), 'C')) STORED NOT NULL, CONSTRAINT "PK_e51d1a4221ddad3158c6a6a8a0e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "technology_offer_status_idx" ON "technology_offer"  ("status", "published_at", "id") `,
    );
    // by hand: GIN indexes for full-text search and taxonomy overlap (matchmaking)
    await queryRunner.query(
      `CREATE INDEX "technology_offer_search_idx" ON "technology_offer" USING GIN ("search")`,
    );
    await queryRunner.query(
      `CREATE INDEX "technology_offer_ecosystems_idx" ON "technology_offer" USING GIN ("s3_ecosystems")`,
    );
    await queryRunner.query(
      `CREATE INDEX "technology_offer_tags_idx" ON "technology_offer" USING GIN ("tags")`,
    );
    await queryRunner.query(
      `CREATE INDEX "collaboration_request_search_idx" ON "collaboration_request" USING GIN ("search")`,
    );
    await queryRunner.query(
      `CREATE INDEX "collaboration_request_ecosystems_idx" ON "collaboration_request" USING GIN ("s3_ecosystems")`,
    );
    await queryRunner.query(
      `CREATE INDEX "collaboration_request_tags_idx" ON "collaboration_request" USING GIN ("tags")`,
    );
    await queryRunner.query(
      `CREATE INDEX "technology_offer_organisation_idx" ON "technology_offer" ("organisation_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "collaboration_request_organisation_idx" ON "collaboration_request" ("organisation_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "collaboration_request" ADD CONSTRAINT "FK_e7f576bf85095ac5dc1cb327685" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "collaboration_request" ADD CONSTRAINT "FK_2d6751a2c996f659210aeec4269" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "technology_offer" ADD CONSTRAINT "FK_b35fdd620b81f1934fd4b978f6f" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "technology_offer" ADD CONSTRAINT "FK_0d425d4381e9d9326a9c062f531" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "technology_offer" DROP CONSTRAINT "FK_0d425d4381e9d9326a9c062f531"`,
    );
    await queryRunner.query(
      `ALTER TABLE "technology_offer" DROP CONSTRAINT "FK_b35fdd620b81f1934fd4b978f6f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "collaboration_request" DROP CONSTRAINT "FK_2d6751a2c996f659210aeec4269"`,
    );
    await queryRunner.query(
      `ALTER TABLE "collaboration_request" DROP CONSTRAINT "FK_e7f576bf85095ac5dc1cb327685"`,
    );
    await queryRunner.query(`DROP INDEX "public"."technology_offer_status_idx"`);
    await queryRunner.query(`DROP TABLE "technology_offer"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4`,
      ['GENERATED_COLUMN', 'search', 'public', 'technology_offer'],
    );
    await queryRunner.query(`DROP INDEX "public"."collaboration_request_status_idx"`);
    await queryRunner.query(`DROP TABLE "collaboration_request"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4`,
      ['GENERATED_COLUMN', 'search', 'public', 'collaboration_request'],
    );
  }
}
