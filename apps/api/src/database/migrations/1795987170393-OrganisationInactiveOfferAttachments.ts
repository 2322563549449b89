import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganisationInactiveOfferAttachments1795987170393 implements MigrationInterface {
  name = 'OrganisationInactiveOfferAttachments1795987170393';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "offer_attachment" ("file_id" uuid NOT NULL, "offer_id" uuid NOT NULL, CONSTRAINT "PK_09eac1d48bc7466bbd0a3ab1e55" PRIMARY KEY ("file_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "offer_attachment_offer_idx" ON "offer_attachment"  ("offer_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation" ADD "deactivated_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `CREATE INDEX "organisation_inactive_idx" ON "organisation"  ("id") WHERE deactivated_at IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "offer_attachment" ADD CONSTRAINT "FK_09eac1d48bc7466bbd0a3ab1e55" FOREIGN KEY ("file_id") REFERENCES "file"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offer_attachment" ADD CONSTRAINT "FK_e3cb9a9d854032564f3c5195e25" FOREIGN KEY ("offer_id") REFERENCES "technology_offer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "offer_attachment" DROP CONSTRAINT "FK_e3cb9a9d854032564f3c5195e25"`,
    );
    await queryRunner.query(
      `ALTER TABLE "offer_attachment" DROP CONSTRAINT "FK_09eac1d48bc7466bbd0a3ab1e55"`,
    );
    await queryRunner.query(`DROP INDEX "public"."organisation_inactive_idx"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "deactivated_at"`);
    await queryRunner.query(`DROP INDEX "public"."offer_attachment_offer_idx"`);
    await queryRunner.query(`DROP TABLE "offer_attachment"`);
  }
}
