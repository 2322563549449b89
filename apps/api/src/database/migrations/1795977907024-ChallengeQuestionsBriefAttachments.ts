import { MigrationInterface, QueryRunner } from 'typeorm';

export class ChallengeQuestionsBriefAttachments1795977907024 implements MigrationInterface {
  name = 'ChallengeQuestionsBriefAttachments1795977907024';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "challenge_question" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "challenge_id" uuid NOT NULL, "asker_id" uuid, "text" text NOT NULL, "answer" text, "answered_by" uuid, "answered_at" TIMESTAMP WITH TIME ZONE, "answer_updated_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_54d51d2fbb0827064d88993a0bd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "challenge_question_challenge_idx" ON "challenge_question"  ("challenge_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_type" character varying(40) NOT NULL, "storage_key" character varying(200) NOT NULL, "name" character varying(200) NOT NULL, "content_type" character varying(120) NOT NULL, "size" integer NOT NULL, "uploaded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_6e0015cb8c9fd74af915773050f" UNIQUE ("storage_key"), CONSTRAINT "PK_36b46d232307066b3a2c9ea3a1d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "challenge_attachment" ("file_id" uuid NOT NULL, "challenge_id" uuid NOT NULL, "confidential" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_8a2daa2664decd8048ba4110ec5" PRIMARY KEY ("file_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "challenge_attachment_challenge_idx" ON "challenge_attachment"  ("challenge_id", "confidential") `,
    );
    await queryRunner.query(
      `CREATE TABLE "challenge_confidential_access" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "challenge_id" uuid NOT NULL, "user_id" uuid, "organisation_id" uuid, "file_id" uuid, "file_name" character varying(200), "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_22e33e39873adc53ed5f5586c9a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "challenge_confidential_access_challenge_idx" ON "challenge_confidential_access"  ("challenge_id", "at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "challenge_confidential_brief" ("challenge_id" uuid NOT NULL, "details" text NOT NULL DEFAULT '', "terms_text" text NOT NULL, "terms_version" integer NOT NULL DEFAULT '1', "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_81c73855a6a1d2674df24329d8c" PRIMARY KEY ("challenge_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "challenge_nda_acceptance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "challenge_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "accepted_by" uuid, "accepted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "terms_version" integer NOT NULL, CONSTRAINT "challenge_nda_acceptance_once" UNIQUE ("challenge_id", "organisation_id", "terms_version"), CONSTRAINT "PK_b6fec024e7e6c44cb1a33fb3dd7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "challenge_nda_acceptance_organisation_idx" ON "challenge_nda_acceptance"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "challenge_nda_acceptance_challenge_idx" ON "challenge_nda_acceptance"  ("challenge_id", "accepted_at", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_question" ADD CONSTRAINT "FK_df6fea888c63d5297ff6fe3b155" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_question" ADD CONSTRAINT "FK_603288e20e937116ecf96ed888f" FOREIGN KEY ("asker_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_question" ADD CONSTRAINT "FK_d01ca02e11b60c6cd66ef352a54" FOREIGN KEY ("answered_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_question" ADD CONSTRAINT "FK_f95c6a04d2ee84a051d94bb4a68" FOREIGN KEY ("hidden_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "file" ADD CONSTRAINT "FK_7b877394007233a988b1b845378" FOREIGN KEY ("uploaded_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_attachment" ADD CONSTRAINT "FK_8a2daa2664decd8048ba4110ec5" FOREIGN KEY ("file_id") REFERENCES "file"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_attachment" ADD CONSTRAINT "FK_0d38721d482a36c604824728663" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_confidential_access" ADD CONSTRAINT "FK_49aedc2746fa7cbe463957ab108" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_confidential_access" ADD CONSTRAINT "FK_e546c520ab51dbca40ae70f23a8" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_confidential_access" ADD CONSTRAINT "FK_e1917cbebaf837e82a8af9dca40" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_confidential_brief" ADD CONSTRAINT "FK_81c73855a6a1d2674df24329d8c" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_confidential_brief" ADD CONSTRAINT "FK_fb973763b40c0cee5e06922025e" FOREIGN KEY ("updated_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_nda_acceptance" ADD CONSTRAINT "FK_e44cbfa58566ed9af0f2a9abdff" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_nda_acceptance" ADD CONSTRAINT "FK_4c0977c69f1055f34f4c4ab6774" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_nda_acceptance" ADD CONSTRAINT "FK_8a66eab7330b3bfcd9f53bccf3c" FOREIGN KEY ("accepted_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "challenge_nda_acceptance" DROP CONSTRAINT "FK_8a66eab7330b3bfcd9f53bccf3c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_nda_acceptance" DROP CONSTRAINT "FK_4c0977c69f1055f34f4c4ab6774"`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_nda_acceptance" DROP CONSTRAINT "FK_e44cbfa58566ed9af0f2a9abdff"`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_confidential_brief" DROP CONSTRAINT "FK_fb973763b40c0cee5e06922025e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_confidential_brief" DROP CONSTRAINT "FK_81c73855a6a1d2674df24329d8c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_confidential_access" DROP CONSTRAINT "FK_e1917cbebaf837e82a8af9dca40"`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_confidential_access" DROP CONSTRAINT "FK_e546c520ab51dbca40ae70f23a8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_confidential_access" DROP CONSTRAINT "FK_49aedc2746fa7cbe463957ab108"`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_attachment" DROP CONSTRAINT "FK_0d38721d482a36c604824728663"`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_attachment" DROP CONSTRAINT "FK_8a2daa2664decd8048ba4110ec5"`,
    );
    await queryRunner.query(`ALTER TABLE "file" DROP CONSTRAINT "FK_7b877394007233a988b1b845378"`);
    await queryRunner.query(
      `ALTER TABLE "challenge_question" DROP CONSTRAINT "FK_f95c6a04d2ee84a051d94bb4a68"`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_question" DROP CONSTRAINT "FK_d01ca02e11b60c6cd66ef352a54"`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_question" DROP CONSTRAINT "FK_603288e20e937116ecf96ed888f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_question" DROP CONSTRAINT "FK_df6fea888c63d5297ff6fe3b155"`,
    );
    await queryRunner.query(`DROP INDEX "public"."challenge_nda_acceptance_challenge_idx"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_nda_acceptance_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "challenge_nda_acceptance"`);
    await queryRunner.query(`DROP TABLE "challenge_confidential_brief"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_confidential_access_challenge_idx"`);
    await queryRunner.query(`DROP TABLE "challenge_confidential_access"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_attachment_challenge_idx"`);
    await queryRunner.query(`DROP TABLE "challenge_attachment"`);
    await queryRunner.query(`DROP TABLE "file"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_question_challenge_idx"`);
    await queryRunner.query(`DROP TABLE "challenge_question"`);
  }
}
