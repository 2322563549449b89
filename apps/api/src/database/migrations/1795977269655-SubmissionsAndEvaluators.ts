import { MigrationInterface, QueryRunner } from 'typeorm';

export class SubmissionsAndEvaluators1795977269655 implements MigrationInterface {
  name = 'SubmissionsAndEvaluators1795977269655';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "challenge_evaluator" ("challenge_id" uuid NOT NULL, "user_id" uuid NOT NULL, "assigned_by" uuid, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b188bfda980e684951978301479" PRIMARY KEY ("challenge_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "challenge_evaluator_user_idx" ON "challenge_evaluator"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "challenge_submission" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "challenge_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "created_by" uuid, "status" character varying(20) NOT NULL DEFAULT 'draft', "summary" text NOT NULL DEFAULT '', "approach" text NOT NULL DEFAULT '', "team" text NOT NULL DEFAULT '', "trl" smallint, "budget_amount" numeric(14,2), "budget_currency" character(3) NOT NULL DEFAULT 'EUR', "version" integer NOT NULL DEFAULT '1', "submitted_at" TIMESTAMP WITH TIME ZONE, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "challenge_submission_one_per_organisation" UNIQUE ("challenge_id", "organisation_id"), CONSTRAINT "PK_ac73dada58e6965dfc1ea4f32ba" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "challenge_submission_organisation_idx" ON "challenge_submission"  ("organisation_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_evaluator" ADD CONSTRAINT "FK_7933dea7fa430fe9df5f7de5438" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_evaluator" ADD CONSTRAINT "FK_55235118241fa5fa28d818457eb" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_submission" ADD CONSTRAINT "FK_a6d1bb6c5aab781a3f2dece7759" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_submission" ADD CONSTRAINT "FK_9fd779ca8c7c35a19507764277a" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_submission" ADD CONSTRAINT "FK_edc174316e7ce7f3c777f9b439c" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "challenge_submission" DROP CONSTRAINT "FK_edc174316e7ce7f3c777f9b439c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_submission" DROP CONSTRAINT "FK_9fd779ca8c7c35a19507764277a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_submission" DROP CONSTRAINT "FK_a6d1bb6c5aab781a3f2dece7759"`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_evaluator" DROP CONSTRAINT "FK_55235118241fa5fa28d818457eb"`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_evaluator" DROP CONSTRAINT "FK_7933dea7fa430fe9df5f7de5438"`,
    );
    await queryRunner.query(`DROP INDEX "public"."challenge_submission_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "challenge_submission"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_evaluator_user_idx"`);
    await queryRunner.query(`DROP TABLE "challenge_evaluator"`);
  }
}
