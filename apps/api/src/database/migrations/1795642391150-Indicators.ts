import { MigrationInterface, QueryRunner } from 'typeorm';

export class Indicators1795642391150 implements MigrationInterface {
  name = 'Indicators1795642391150';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "indicator" ("code" character varying(60) NOT NULL, "name" jsonb NOT NULL, "unit" character varying(20) NOT NULL, "baseline" numeric NOT NULL, "target" numeric NOT NULL, "target_date" date NOT NULL, "note" jsonb, "position" integer NOT NULL, CONSTRAINT "PK_843bf8c0de69be8ea15fdc25fb7" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "indicator_observation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "indicator_code" character varying(60) NOT NULL, "observed_on" date NOT NULL, "value" numeric NOT NULL, CONSTRAINT "indicator_observation_indicator_date_key" UNIQUE ("indicator_code", "observed_on"), CONSTRAINT "PK_f565b98f4b2af260118698ec68a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_observation" ADD CONSTRAINT "FK_e32c7191ea790dc103fa8fd1ce0" FOREIGN KEY ("indicator_code") REFERENCES "indicator"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "indicator_observation" DROP CONSTRAINT "FK_e32c7191ea790dc103fa8fd1ce0"`,
    );
    await queryRunner.query(`DROP TABLE "indicator_observation"`);
    await queryRunner.query(`DROP TABLE "indicator"`);
  }
}
