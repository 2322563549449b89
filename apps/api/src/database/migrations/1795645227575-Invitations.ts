import { MigrationInterface, QueryRunner } from 'typeorm';

export class Invitations1795645227575 implements MigrationInterface {
  name = 'Invitations1795645227575';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organisation_join_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "message" character varying(1000), "status" character varying(10) NOT NULL DEFAULT 'pending', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by" uuid, CONSTRAINT "PK_bc04f5ef77c1dd6feb571416178" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "organisation_join_request_user_idx" ON "organisation_join_request"  ("user_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "organisation_join_request_pending_key" ON "organisation_join_request"  ("organisation_id", "user_id") WHERE status = 'pending'`,
    );
    await queryRunner.query(
      `CREATE TABLE "organisation_invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "role" character varying(10) NOT NULL, "token_hash" character varying(64) NOT NULL, "invited_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_bc02758b572555c4ed7f27aa199" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "organisation_invitation_token_hash_key" ON "organisation_invitation"  ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "organisation_invitation_pending_key" ON "organisation_invitation"  ("organisation_id", "email") WHERE accepted_at IS NULL AND revoked_at IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_join_request" ADD CONSTRAINT "FK_6c41019d5ae6eb283af33193207" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_join_request" ADD CONSTRAINT "FK_f0868b8433e5c8f36780ab97625" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_join_request" ADD CONSTRAINT "FK_273131552d830dee8fdddf822e9" FOREIGN KEY ("decided_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_invitation" ADD CONSTRAINT "FK_8156fe868c229c68b43641a0bdc" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_invitation" ADD CONSTRAINT "FK_1e8f061a9e40525bfefd8f412b5" FOREIGN KEY ("invited_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "organisation_invitation" DROP CONSTRAINT "FK_1e8f061a9e40525bfefd8f412b5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_invitation" DROP CONSTRAINT "FK_8156fe868c229c68b43641a0bdc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_join_request" DROP CONSTRAINT "FK_273131552d830dee8fdddf822e9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_join_request" DROP CONSTRAINT "FK_f0868b8433e5c8f36780ab97625"`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_join_request" DROP CONSTRAINT "FK_6c41019d5ae6eb283af33193207"`,
    );
    await queryRunner.query(`DROP INDEX "public"."organisation_invitation_pending_key"`);
    await queryRunner.query(`DROP INDEX "public"."organisation_invitation_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "organisation_invitation"`);
    await queryRunner.query(`DROP INDEX "public"."organisation_join_request_pending_key"`);
    await queryRunner.query(`DROP INDEX "public"."organisation_join_request_user_idx"`);
    await queryRunner.query(`DROP TABLE "organisation_join_request"`);
  }
}
