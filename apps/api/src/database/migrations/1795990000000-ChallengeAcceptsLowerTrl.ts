import { MigrationInterface, QueryRunner } from 'typeorm';

/** A challenge may welcome less mature answers, like a collaboration request (matchmaking TRL rule). */
export class ChallengeAcceptsLowerTrl1795990000000 implements MigrationInterface {
  name = 'ChallengeAcceptsLowerTrl1795990000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "challenge" ADD "accepts_lower_trl" boolean NOT NULL DEFAULT false`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "challenge" DROP COLUMN "accepts_lower_trl"`);
  }
}
