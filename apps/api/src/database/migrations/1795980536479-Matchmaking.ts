import { MigrationInterface, QueryRunner } from 'typeorm';

export class Matchmaking1795980536479 implements MigrationInterface {
  name = 'Matchmaking1795980536479';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "match_dismissal" ("user_id" uuid NOT NULL, "source_type" character varying(20) NOT NULL, "source_id" uuid NOT NULL, "target_type" character varying(20) NOT NULL, "target_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b5a2c864110f42ea1218c29c64e" PRIMARY KEY ("user_id", "source_type", "source_id", "target_type", "target_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_dismissal" ADD CONSTRAINT "FK_a60bb51c8017effd2c107da6e0c" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "match_dismissal" DROP CONSTRAINT "FK_a60bb51c8017effd2c107da6e0c"`,
    );
    await queryRunner.query(`DROP TABLE "match_dismissal"`);
  }
}
