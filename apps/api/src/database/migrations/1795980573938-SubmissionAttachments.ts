import { MigrationInterface, QueryRunner } from 'typeorm';

export class SubmissionAttachments1795980573938 implements MigrationInterface {
  name = 'SubmissionAttachments1795980573938';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "submission_attachment" ("file_id" uuid NOT NULL, "submission_id" uuid NOT NULL, CONSTRAINT "PK_071a8382debb8535241135f3fb6" PRIMARY KEY ("file_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "submission_attachment_submission_idx" ON "submission_attachment"  ("submission_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "submission_attachment" ADD CONSTRAINT "FK_071a8382debb8535241135f3fb6" FOREIGN KEY ("file_id") REFERENCES "file"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "submission_attachment" ADD CONSTRAINT "FK_48eaf8f482bd629d3bfa1fdddcd" FOREIGN KEY ("submission_id") REFERENCES "challenge_submission"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "submission_attachment" DROP CONSTRAINT "FK_48eaf8f482bd629d3bfa1fdddcd"`,
    );
    await queryRunner.query(
      `ALTER TABLE "submission_attachment" DROP CONSTRAINT "FK_071a8382debb8535241135f3fb6"`,
    );
    await queryRunner.query(`DROP INDEX "public"."submission_attachment_submission_idx"`);
    await queryRunner.query(`DROP TABLE "submission_attachment"`);
  }
}
