import { MigrationInterface, QueryRunner } from 'typeorm';

export class Partnerships1795987455011 implements MigrationInterface {
  name = 'Partnerships1795987455011';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "room" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(20) NOT NULL, "title" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c6d46db005d623e691b2fbcba23" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "partnership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "initiator_organisation_id" uuid NOT NULL, "recipient_organisation_id" uuid NOT NULL, "item_type" character varying(10) NOT NULL, "item_id" uuid NOT NULL, "item_title_it" character varying(160) NOT NULL, "item_title_en" character varying(160) NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'proposed', "created_by" uuid, "decline_reason" character varying(500), "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "concluded_by" uuid, "concluded_at" TIMESTAMP WITH TIME ZONE, "room_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "partnership_not_self" CHECK ("initiator_organisation_id" <> "recipient_organisation_id"), CONSTRAINT "PK_f1bf1be9f475497d8b396d4cc56" PRIMARY KEY ("id"))`,
    );
    // the merge rule (decision 0016): one proposed or active partnership per unordered pair
    // of organisations and item; expressInterest inserts ON CONFLICT against it
    await queryRunner.query(
      `CREATE UNIQUE INDEX "partnership_live_pair_key" ON "partnership" (LEAST("initiator_organisation_id", "recipient_organisation_id"), GREATEST("initiator_organisation_id", "recipient_organisation_id"), "item_type", "item_id") WHERE "status" IN ('proposed', 'active')`,
    );
    await queryRunner.query(
      `CREATE INDEX "partnership_item_idx" ON "partnership"  ("item_type", "item_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "partnership_recipient_idx" ON "partnership"  ("recipient_organisation_id", "status", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "partnership_initiator_idx" ON "partnership"  ("initiator_organisation_id", "status", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "partnership_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "author_id" uuid, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1882db1d4f91ef5a6a90b44d2af" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "partnership_message_author_idx" ON "partnership_message"  ("author_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "partnership_message_partnership_idx" ON "partnership_message"  ("partnership_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "project_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_type" character varying(10) NOT NULL, "item_id" uuid NOT NULL, "owner_organisation_id" uuid NOT NULL, "room_id" uuid NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e1f2447856b1b853e98bcd8508b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "project_group_owner_idx" ON "project_group"  ("owner_organisation_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "project_group_member" ("project_group_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "partnership_id" uuid, CONSTRAINT "PK_47527391c64b153da5fdf3561ae" PRIMARY KEY ("project_group_id", "organisation_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "project_group_member_organisation_idx" ON "project_group_member"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "room_organisation" ("room_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_b555a19bdb23b1556985402c5e2" PRIMARY KEY ("room_id", "organisation_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "room_organisation_organisation_idx" ON "room_organisation"  ("organisation_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership" ADD CONSTRAINT "FK_4edde160b679d8a719fa4d57ff1" FOREIGN KEY ("initiator_organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership" ADD CONSTRAINT "FK_23cffdf85937e000a5f2bff7c2c" FOREIGN KEY ("recipient_organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership" ADD CONSTRAINT "FK_b120055985b0c02215d6c3268ed" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership" ADD CONSTRAINT "FK_c3d1d366807d494f05fb37ea41d" FOREIGN KEY ("decided_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership" ADD CONSTRAINT "FK_e57eda44dbdc191f2f663bf917f" FOREIGN KEY ("concluded_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership" ADD CONSTRAINT "FK_1815becc74d90a24889363111fe" FOREIGN KEY ("room_id") REFERENCES "room"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_message" ADD CONSTRAINT "FK_186bee6ae2269b7dc1b4e7f0e38" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_message" ADD CONSTRAINT "FK_55b52866fd84360de8cd03c58ff" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_message" ADD CONSTRAINT "FK_fea16b4f88ad90268335ef3ffc1" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_group" ADD CONSTRAINT "FK_466230b5ab4a42b1b6a818d7693" FOREIGN KEY ("owner_organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_group" ADD CONSTRAINT "FK_1b210b7b2a0694f52b2511e54df" FOREIGN KEY ("room_id") REFERENCES "room"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_group" ADD CONSTRAINT "FK_a6392458c5e8a1e8503de90e5f5" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_group_member" ADD CONSTRAINT "FK_1230e1f3693a02bdd1ace7812db" FOREIGN KEY ("project_group_id") REFERENCES "project_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_group_member" ADD CONSTRAINT "FK_606e872546631c9a6d3c22dc273" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_group_member" ADD CONSTRAINT "FK_c20ceddacbd022a856ae0f9068f" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "room_organisation" ADD CONSTRAINT "FK_a5c4b7f7848749f02f7b4e0a957" FOREIGN KEY ("room_id") REFERENCES "room"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "room_organisation" ADD CONSTRAINT "FK_a6498b69c9ee6cebf76e609ff3d" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "room_organisation" DROP CONSTRAINT "FK_a6498b69c9ee6cebf76e609ff3d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "room_organisation" DROP CONSTRAINT "FK_a5c4b7f7848749f02f7b4e0a957"`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_group_member" DROP CONSTRAINT "FK_c20ceddacbd022a856ae0f9068f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_group_member" DROP CONSTRAINT "FK_606e872546631c9a6d3c22dc273"`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_group_member" DROP CONSTRAINT "FK_1230e1f3693a02bdd1ace7812db"`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_group" DROP CONSTRAINT "FK_a6392458c5e8a1e8503de90e5f5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_group" DROP CONSTRAINT "FK_1b210b7b2a0694f52b2511e54df"`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_group" DROP CONSTRAINT "FK_466230b5ab4a42b1b6a818d7693"`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_message" DROP CONSTRAINT "FK_fea16b4f88ad90268335ef3ffc1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_message" DROP CONSTRAINT "FK_55b52866fd84360de8cd03c58ff"`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_message" DROP CONSTRAINT "FK_186bee6ae2269b7dc1b4e7f0e38"`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership" DROP CONSTRAINT "FK_1815becc74d90a24889363111fe"`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership" DROP CONSTRAINT "FK_e57eda44dbdc191f2f663bf917f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership" DROP CONSTRAINT "FK_c3d1d366807d494f05fb37ea41d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership" DROP CONSTRAINT "FK_b120055985b0c02215d6c3268ed"`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership" DROP CONSTRAINT "FK_23cffdf85937e000a5f2bff7c2c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership" DROP CONSTRAINT "FK_4edde160b679d8a719fa4d57ff1"`,
    );
    await queryRunner.query(`DROP INDEX "public"."room_organisation_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "room_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."project_group_member_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "project_group_member"`);
    await queryRunner.query(`DROP INDEX "public"."project_group_owner_idx"`);
    await queryRunner.query(`DROP TABLE "project_group"`);
    await queryRunner.query(`DROP INDEX "public"."partnership_message_partnership_idx"`);
    await queryRunner.query(`DROP INDEX "public"."partnership_message_author_idx"`);
    await queryRunner.query(`DROP TABLE "partnership_message"`);
    await queryRunner.query(`DROP INDEX "public"."partnership_initiator_idx"`);
    await queryRunner.query(`DROP INDEX "public"."partnership_recipient_idx"`);
    await queryRunner.query(`DROP INDEX "public"."partnership_item_idx"`);
    await queryRunner.query(`DROP INDEX "public"."partnership_live_pair_key"`);
    await queryRunner.query(`DROP TABLE "partnership"`);
    await queryRunner.query(`DROP TABLE "room"`);
  }
}
