import { MigrationInterface, QueryRunner } from 'typeorm';

export class SsoPrivacy1795645942084 implements MigrationInterface {
  name = 'SsoPrivacy1795645942084';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "oidc_identity" ("issuer" character varying(300) NOT NULL, "subject" character varying(255) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0fdb83f438b6d11a7c7ddfca7d0" PRIMARY KEY ("issuer", "subject"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "oidc_identity_user_idx" ON "oidc_identity"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "oidc_login_flow" ("key_hash" character varying(64) NOT NULL, "state" character varying(200) NOT NULL, "nonce" character varying(200) NOT NULL, "code_verifier" character varying(200) NOT NULL, "return_to" character varying(500) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_81cda27b47d4ffaff8b9cc384e2" PRIMARY KEY ("key_hash"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "oidc_login_flow_expires_idx" ON "oidc_login_flow"  ("expires_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "oidc_identity" ADD CONSTRAINT "FK_fb6f0015c8473be84c5fe1d6a77" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "oidc_identity" DROP CONSTRAINT "FK_fb6f0015c8473be84c5fe1d6a77"`,
    );
    await queryRunner.query(`DROP INDEX "public"."oidc_login_flow_expires_idx"`);
    await queryRunner.query(`DROP TABLE "oidc_login_flow"`);
    await queryRunner.query(`DROP INDEX "public"."oidc_identity_user_idx"`);
    await queryRunner.query(`DROP TABLE "oidc_identity"`);
  }
}
