import { MigrationInterface, QueryRunner } from 'typeorm';

/** Files in rooms (issue 6): uploaded to a room, then attached to a message. */
export class RoomAttachments1796002423209 implements MigrationInterface {
  name = 'RoomAttachments1796002423209';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "room_attachment" ("file_id" uuid NOT NULL, "room_id" uuid NOT NULL, "message_id" uuid, "uploaded_by" uuid NOT NULL, CONSTRAINT "PK_0831a9cc548866d5cd4383ebbd7" PRIMARY KEY ("file_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "room_attachment_message_idx" ON "room_attachment"  ("message_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "room_attachment" ADD CONSTRAINT "FK_0831a9cc548866d5cd4383ebbd7" FOREIGN KEY ("file_id") REFERENCES "file"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "room_attachment" ADD CONSTRAINT "FK_e09873c5d486676df816eb9a194" FOREIGN KEY ("room_id") REFERENCES "room"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "room_attachment" ADD CONSTRAINT "FK_1d4767238b26cde7d0ce4278105" FOREIGN KEY ("message_id") REFERENCES "room_message"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "room_attachment" DROP CONSTRAINT "FK_1d4767238b26cde7d0ce4278105"`,
    );
    await queryRunner.query(
      `ALTER TABLE "room_attachment" DROP CONSTRAINT "FK_e09873c5d486676df816eb9a194"`,
    );
    await queryRunner.query(
      `ALTER TABLE "room_attachment" DROP CONSTRAINT "FK_0831a9cc548866d5cd4383ebbd7"`,
    );
    await queryRunner.query(`DROP INDEX "public"."room_attachment_message_idx"`);
    await queryRunner.query(`DROP TABLE "room_attachment"`);
  }
}
