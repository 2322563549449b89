import { MigrationInterface, QueryRunner } from 'typeorm';

export class DevMail1795643592834 implements MigrationInterface {
  name = 'DevMail1795643592834';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "dev_mail" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "to" character varying(320) NOT NULL, "subject" text NOT NULL, "text" text NOT NULL, "html" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b01c4bacf3a68fec742f2bf368f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "dev_mail_created_at_idx" ON "dev_mail"  ("created_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."dev_mail_created_at_idx"`);
    await queryRunner.query(`DROP TABLE "dev_mail"`);
  }
}
