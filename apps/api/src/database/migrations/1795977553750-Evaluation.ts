import { MigrationInterface, QueryRunner } from 'typeorm';

export class Evaluation1795977553750 implements MigrationInterface {
  name = 'Evaluation1795977553750';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "evaluation_conflict" ("submission_id" uuid NOT NULL, "evaluator_id" uuid NOT NULL, "reason" text NOT NULL, "declared_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_31329502843cbcc93c38b09a862" PRIMARY KEY ("submission_id", "evaluator_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "evaluation_conflict_evaluator_idx" ON "evaluation_conflict"  ("evaluator_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "evaluation_criterion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "challenge_id" uuid NOT NULL, "position" smallint NOT NULL, "name_it" character varying(200) NOT NULL DEFAULT '', "name_en" character varying(200) NOT NULL DEFAULT '', "description_it" text NOT NULL DEFAULT '', "description_en" text NOT NULL DEFAULT '', "weight" smallint NOT NULL, CONSTRAINT "evaluation_criterion_weight_range" CHECK (weight BETWEEN 1 AND 100), CONSTRAINT "PK_37b2378f9f0958f26c99ba82e71" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "evaluation_criterion_challenge_idx" ON "evaluation_criterion"  ("challenge_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "evaluation_state" ("challenge_id" uuid NOT NULL, "locked_at" TIMESTAMP WITH TIME ZONE, "locked_by" uuid, "awarded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d40f77d19405a309fd5d0f54f04" PRIMARY KEY ("challenge_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "evaluation_result" ("submission_id" uuid NOT NULL, "challenge_id" uuid NOT NULL, "shortlisted" boolean NOT NULL DEFAULT false, "winner" boolean NOT NULL DEFAULT false, "feedback" text, "feedback_sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_2cbbff391edab4f200839783579" PRIMARY KEY ("submission_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "evaluation_result_challenge_idx" ON "evaluation_result"  ("challenge_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "evaluation_score" ("submission_id" uuid NOT NULL, "evaluator_id" uuid NOT NULL, "criterion_id" uuid NOT NULL, "score" smallint NOT NULL, "comment" text NOT NULL DEFAULT '', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "evaluation_score_range" CHECK (score BETWEEN 1 AND 5), CONSTRAINT "PK_de4264768af00dac73073b284d3" PRIMARY KEY ("submission_id", "evaluator_id", "criterion_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "evaluation_score_evaluator_idx" ON "evaluation_score"  ("evaluator_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_conflict" ADD CONSTRAINT "FK_666334ae0d54c3a79958900fa18" FOREIGN KEY ("submission_id") REFERENCES "challenge_submission"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_conflict" ADD CONSTRAINT "FK_095e84aa18afea3f66fccda5f34" FOREIGN KEY ("evaluator_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_criterion" ADD CONSTRAINT "FK_968396e7605bbf62ba19e7f463a" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_state" ADD CONSTRAINT "FK_d40f77d19405a309fd5d0f54f04" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_result" ADD CONSTRAINT "FK_2cbbff391edab4f200839783579" FOREIGN KEY ("submission_id") REFERENCES "challenge_submission"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_result" ADD CONSTRAINT "FK_755e5ee43526b7c03fbabb1885e" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_score" ADD CONSTRAINT "FK_622c53ed9cc7d507a1de952a83b" FOREIGN KEY ("submission_id") REFERENCES "challenge_submission"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_score" ADD CONSTRAINT "FK_fef4ac0f710d23ecfdf3f0052bd" FOREIGN KEY ("evaluator_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_score" ADD CONSTRAINT "FK_4e0c4a50634e5bb6f438998ebc7" FOREIGN KEY ("criterion_id") REFERENCES "evaluation_criterion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "evaluation_score" DROP CONSTRAINT "FK_4e0c4a50634e5bb6f438998ebc7"`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_score" DROP CONSTRAINT "FK_fef4ac0f710d23ecfdf3f0052bd"`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_score" DROP CONSTRAINT "FK_622c53ed9cc7d507a1de952a83b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_result" DROP CONSTRAINT "FK_755e5ee43526b7c03fbabb1885e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_result" DROP CONSTRAINT "FK_2cbbff391edab4f200839783579"`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_state" DROP CONSTRAINT "FK_d40f77d19405a309fd5d0f54f04"`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_criterion" DROP CONSTRAINT "FK_968396e7605bbf62ba19e7f463a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_conflict" DROP CONSTRAINT "FK_095e84aa18afea3f66fccda5f34"`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_conflict" DROP CONSTRAINT "FK_666334ae0d54c3a79958900fa18"`,
    );
    await queryRunner.query(`DROP INDEX "public"."evaluation_score_evaluator_idx"`);
    await queryRunner.query(`DROP TABLE "evaluation_score"`);
    await queryRunner.query(`DROP INDEX "public"."evaluation_result_challenge_idx"`);
    await queryRunner.query(`DROP TABLE "evaluation_result"`);
    await queryRunner.query(`DROP TABLE "evaluation_state"`);
    await queryRunner.query(`DROP INDEX "public"."evaluation_criterion_challenge_idx"`);
    await queryRunner.query(`DROP TABLE "evaluation_criterion"`);
    await queryRunner.query(`DROP INDEX "public"."evaluation_conflict_evaluator_idx"`);
    await queryRunner.query(`DROP TABLE "evaluation_conflict"`);
  }
}
