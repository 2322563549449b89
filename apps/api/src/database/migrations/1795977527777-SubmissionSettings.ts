import { MigrationInterface, QueryRunner } from 'typeorm';

export class SubmissionSettings1795977527777 implements MigrationInterface {
  name = 'SubmissionSettings1795977527777';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "challenge_submission_settings" ("challenge_id" uuid NOT NULL, "moderator_access" boolean NOT NULL DEFAULT false, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d598c2dcf52b84b1dadd5242903" PRIMARY KEY ("challenge_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_submission_settings" ADD CONSTRAINT "FK_d598c2dcf52b84b1dadd5242903" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_submission_settings" ADD CONSTRAINT "FK_cf5e0cb02469c20262b5bc79071" FOREIGN KEY ("updated_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "challenge_submission_settings" DROP CONSTRAINT "FK_cf5e0cb02469c20262b5bc79071"`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_submission_settings" DROP CONSTRAINT "FK_d598c2dcf52b84b1dadd5242903"`,
    );
    await queryRunner.query(`DROP TABLE "challenge_submission_settings"`);
  }
}
