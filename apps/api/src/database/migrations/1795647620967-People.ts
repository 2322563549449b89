import { MigrationInterface, QueryRunner } from 'typeorm';

export class People1795647620967 implements MigrationInterface {
  name = 'People1795647620967';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // current_database(), not the generator's literal name: TypeORM keys generated-column
    // metadata by database, and this migration runs on databases of any name.
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), 'public', 'person_profile', 'GENERATED_COLUMN', 'search', $1)`,
      [
        "setweight(to_tsvector('oip_it', full_name), 'A') || setweight(to_tsvector('oip_en', full_name), 'A') || setweight(to_tsvector('oip_it', headline), 'B') || setweight(to_tsvector('oip_en', headline), 'B') || setweight(to_tsvector('oip_it', oip_tags_text(expertise)), 'B') || setweight(to_tsvector('oip_en', oip_tags_text(expertise)), 'B') || setweight(to_tsvector('oip_it', bio), 'C') || setweight(to_tsvector('oip_en', bio), 'C')",
      ],
    );
    await queryRunner.query(
      `CREATE TABLE "person_profile" ("user_id" uuid NOT NULL, "full_name" character varying(120) NOT NULL, "headline" character varying(120) NOT NULL DEFAULT '', "bio" text NOT NULL DEFAULT '', "expertise" character varying array NOT NULL DEFAULT '{}', "languages" character varying array NOT NULL DEFAULT '{}', "links" jsonb NOT NULL DEFAULT '[]', "avatar_key" character varying(120), "visibility" character varying(10) NOT NULL DEFAULT 'members', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "search" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('oip_it', full_name), 'A') || setweight(to_tsvector('oip_en', full_name), 'A') || setweight(to_tsvector('oip_it', headline), 'B') || setweight(to_tsvector('oip_en', headline), 'B') || setweight(to_tsvector('oip_it', oip_tags_text(expertise)), 'B') || setweight(to_tsvector('oip_en', oip_tags_text(expertise)), 'B') || setweight(to_tsvector('oip_it', bio), 'C') || setweight(to_tsvector('oip_en', bio), 'C')) STORED NOT NULL, CONSTRAINT "PK_70b7f53844bb20ff8eed33f3631" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "person_profile_name_idx" ON "person_profile"  ("full_name", "user_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "person_profile" ADD CONSTRAINT "FK_70b7f53844bb20ff8eed33f3631" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // by hand (the entity marks them synchronize: false): GIN indexes for search and filters
    await queryRunner.query(
      `CREATE INDEX "person_profile_search_idx" ON "person_profile" USING GIN ("search")`,
    );
    await queryRunner.query(
      `CREATE INDEX "person_profile_expertise_idx" ON "person_profile" USING GIN ("expertise")`,
    );
    await queryRunner.query(
      `CREATE INDEX "person_profile_languages_idx" ON "person_profile" USING GIN ("languages")`,
    );
    // by hand: person_profile.full_name (indexed by `search`) follows the account's name,
    // whichever code path changes it
    await queryRunner.query(
      `CREATE FUNCTION oip_person_profile_sync_name() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE person_profile SET full_name = NEW.full_name WHERE user_id = NEW.id; RETURN NULL; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER user_account_full_name_to_profile AFTER UPDATE OF full_name ON user_account FOR EACH ROW WHEN (OLD.full_name IS DISTINCT FROM NEW.full_name) EXECUTE FUNCTION oip_person_profile_sync_name()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER user_account_full_name_to_profile ON user_account`);
    await queryRunner.query(`DROP FUNCTION oip_person_profile_sync_name()`);
    await queryRunner.query(`DROP INDEX "public"."person_profile_languages_idx"`);
    await queryRunner.query(`DROP INDEX "public"."person_profile_expertise_idx"`);
    await queryRunner.query(`DROP INDEX "public"."person_profile_search_idx"`);
    await queryRunner.query(
      `ALTER TABLE "person_profile" DROP CONSTRAINT "FK_70b7f53844bb20ff8eed33f3631"`,
    );
    await queryRunner.query(`DROP INDEX "public"."person_profile_name_idx"`);
    await queryRunner.query(`DROP TABLE "person_profile"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4`,
      ['GENERATED_COLUMN', 'search', 'public', 'person_profile'],
    );
  }
}
