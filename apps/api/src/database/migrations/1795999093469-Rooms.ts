import { MigrationInterface, QueryRunner } from 'typeorm';

/** Real-time rooms (issue 6): members, messages, revisions, reactions, reports; docs/rooms.md. */
export class Rooms1795999093469 implements MigrationInterface {
  name = 'Rooms1795999093469';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "room_member" ("room_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(20) NOT NULL DEFAULT 'member', "last_read_seq" integer NOT NULL DEFAULT '0', "muted_until" TIMESTAMP WITH TIME ZONE, "banned_at" TIMESTAMP WITH TIME ZONE, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_97fe7a9e503f0bb0b70ee2d9103" PRIMARY KEY ("room_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "room_member_user_idx" ON "room_member"  ("user_id") `);
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        'oip_gen',
        'public',
        'room_message',
        'GENERATED_COLUMN',
        'search',
        "to_tsvector('oip_it', body) || to_tsvector('oip_en', body)",
      ],
    );
    await queryRunner.query(
      `CREATE TABLE "room_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "room_id" uuid NOT NULL, "seq" integer NOT NULL, "author_id" uuid, "body" text NOT NULL, "parent_id" uuid, "idempotency_key" character varying(64) NOT NULL, "mentions" uuid array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, "search" tsvector GENERATED ALWAYS AS (to_tsvector('oip_it', body) || to_tsvector('oip_en', body)) STORED NOT NULL, CONSTRAINT "PK_4d4598ed140cbdaf3e9879aca1a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "room_message_author_time_idx" ON "room_message"  ("author_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "room_message_thread_idx" ON "room_message"  ("parent_id", "seq") WHERE parent_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "room_message_idempotency_idx" ON "room_message"  ("author_id", "idempotency_key") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "room_message_room_seq_idx" ON "room_message"  ("room_id", "seq") `,
    );
    await queryRunner.query(
      `CREATE TABLE "room_message_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "message_id" uuid NOT NULL, "body" text NOT NULL, "replaced_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_47d11089fe81abe7d7ba8c2a4b7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "room_message_revision_message_idx" ON "room_message_revision"  ("message_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "room_reaction" ("message_id" uuid NOT NULL, "emoji" character varying(16) NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_465a16fd9013967046f5aabd584" PRIMARY KEY ("message_id", "emoji", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "room_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "message_id" uuid NOT NULL, "reporter_id" uuid, "reason" character varying(500) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0c8dc84a002d13ff0e469f172a8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "room_report_message_reporter_idx" ON "room_report"  ("message_id", "reporter_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "room" ADD "description" character varying(1000) NOT NULL DEFAULT ''`,
    );
    await queryRunner.query(`ALTER TABLE "room" ADD "challenge_id" uuid`);
    await queryRunner.query(`ALTER TABLE "room" ADD "direct_key" character varying(80)`);
    await queryRunner.query(
      `ALTER TABLE "room" ADD "slow_mode_seconds" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(`ALTER TABLE "room" ADD "last_seq" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `ALTER TABLE "room" ADD "active_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "room_direct_key_idx" ON "room"  ("direct_key") WHERE direct_key IS NOT NULL`,
    );
    // by hand (entities mark them synchronize: false): full-text search, one Q&A room per challenge
    await queryRunner.query(
      `CREATE INDEX "room_message_search_idx" ON "room_message" USING GIN ("search")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "room_challenge_idx" ON "room" ("challenge_id") WHERE challenge_id IS NOT NULL`,
    );
    // socket.io's PostgreSQL adapter: payloads over NOTIFY's 8,000 bytes go through this table
    await queryRunner.query(
      `CREATE TABLE "socket_io_attachment" ("id" bigserial UNIQUE, "created_at" timestamptz DEFAULT now(), "payload" bytea)`,
    );
    await queryRunner.query(
      `ALTER TABLE "room" ADD CONSTRAINT "FK_9f3841fc1e03db7e12af7f63aee" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "room_member" ADD CONSTRAINT "FK_d8af2ea1785c493d191b3a745df" FOREIGN KEY ("room_id") REFERENCES "room"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "room_member" ADD CONSTRAINT "FK_fe9078d2d5e09ba432cfdcbfd5a" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "room_message" ADD CONSTRAINT "FK_3d32edd5f301bf066f04130a158" FOREIGN KEY ("room_id") REFERENCES "room"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "room_message" ADD CONSTRAINT "FK_5819be5b487d6f059e2a93f8b82" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "room_message" ADD CONSTRAINT "FK_4428bdaabc97d323f2609029255" FOREIGN KEY ("parent_id") REFERENCES "room_message"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "room_message_revision" ADD CONSTRAINT "FK_2f54aabf4890757ba56f2c17114" FOREIGN KEY ("message_id") REFERENCES "room_message"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "room_reaction" ADD CONSTRAINT "FK_769d1a87d5a6df96f2c4bad77e0" FOREIGN KEY ("message_id") REFERENCES "room_message"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "room_reaction" ADD CONSTRAINT "FK_1fab3c55d88418daaa0367fad63" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "room_report" ADD CONSTRAINT "FK_58541fbc9f5698cc2386391c478" FOREIGN KEY ("message_id") REFERENCES "room_message"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "room_report" ADD CONSTRAINT "FK_17b48f33009f2fb4fbfb21efbc3" FOREIGN KEY ("reporter_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "socket_io_attachment"`);
    await queryRunner.query(`DROP INDEX "public"."room_challenge_idx"`);
    await queryRunner.query(`DROP INDEX "public"."room_message_search_idx"`);
    await queryRunner.query(
      `ALTER TABLE "room_report" DROP CONSTRAINT "FK_17b48f33009f2fb4fbfb21efbc3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "room_report" DROP CONSTRAINT "FK_58541fbc9f5698cc2386391c478"`,
    );
    await queryRunner.query(
      `ALTER TABLE "room_reaction" DROP CONSTRAINT "FK_1fab3c55d88418daaa0367fad63"`,
    );
    await queryRunner.query(
      `ALTER TABLE "room_reaction" DROP CONSTRAINT "FK_769d1a87d5a6df96f2c4bad77e0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "room_message_revision" DROP CONSTRAINT "FK_2f54aabf4890757ba56f2c17114"`,
    );
    await queryRunner.query(
      `ALTER TABLE "room_message" DROP CONSTRAINT "FK_4428bdaabc97d323f2609029255"`,
    );
    await queryRunner.query(
      `ALTER TABLE "room_message" DROP CONSTRAINT "FK_5819be5b487d6f059e2a93f8b82"`,
    );
    await queryRunner.query(
      `ALTER TABLE "room_message" DROP CONSTRAINT "FK_3d32edd5f301bf066f04130a158"`,
    );
    await queryRunner.query(
      `ALTER TABLE "room_member" DROP CONSTRAINT "FK_fe9078d2d5e09ba432cfdcbfd5a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "room_member" DROP CONSTRAINT "FK_d8af2ea1785c493d191b3a745df"`,
    );
    await queryRunner.query(`ALTER TABLE "room" DROP CONSTRAINT "FK_9f3841fc1e03db7e12af7f63aee"`);
    await queryRunner.query(`DROP INDEX "public"."room_direct_key_idx"`);
    await queryRunner.query(`ALTER TABLE "room" DROP COLUMN "active_at"`);
    await queryRunner.query(`ALTER TABLE "room" DROP COLUMN "last_seq"`);
    await queryRunner.query(`ALTER TABLE "room" DROP COLUMN "slow_mode_seconds"`);
    await queryRunner.query(`ALTER TABLE "room" DROP COLUMN "direct_key"`);
    await queryRunner.query(`ALTER TABLE "room" DROP COLUMN "challenge_id"`);
    await queryRunner.query(`ALTER TABLE "room" DROP COLUMN "description"`);
    await queryRunner.query(`DROP INDEX "public"."room_report_message_reporter_idx"`);
    await queryRunner.query(`DROP TABLE "room_report"`);
    await queryRunner.query(`DROP TABLE "room_reaction"`);
    await queryRunner.query(`DROP INDEX "public"."room_message_revision_message_idx"`);
    await queryRunner.query(`DROP TABLE "room_message_revision"`);
    await queryRunner.query(`DROP INDEX "public"."room_message_room_seq_idx"`);
    await queryRunner.query(`DROP INDEX "public"."room_message_idempotency_idx"`);
    await queryRunner.query(`DROP INDEX "public"."room_message_thread_idx"`);
    await queryRunner.query(`DROP INDEX "public"."room_message_author_time_idx"`);
    await queryRunner.query(`DROP TABLE "room_message"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = $3 AND "schema" = $4 AND "table" = $5`,
      ['GENERATED_COLUMN', 'search', 'oip_gen', 'public', 'room_message'],
    );
    await queryRunner.query(`DROP INDEX "public"."room_member_user_idx"`);
    await queryRunner.query(`DROP TABLE "room_member"`);
  }
}
