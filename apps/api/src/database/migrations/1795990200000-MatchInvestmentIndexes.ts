import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partial GIN indexes for the matchmaking's thesis queries (`CandidateQuery.by`): investors by
 * their S3 ecosystems, and the items of some ecosystems that ask for capital. Their predicates
 * are the text of `stage1Of` / `SEEKS_INVESTMENT` in matchmaking.candidates.ts, so the planner
 * matches them; without them the whole ecosystem (~1 in 8 rows at 100,000) was read and filtered.
 */
export class MatchInvestmentIndexes1795990200000 implements MigrationInterface {
  name = 'MatchInvestmentIndexes1795990200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [name, table, predicate] of INDEXES)
      await queryRunner.query(
        `CREATE INDEX "${name}" ON "${table}" USING gin (s3_ecosystems) WHERE ${predicate}`,
      );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of INDEXES) await queryRunner.query(`DROP INDEX "public"."${name}"`);
  }
}

const INDEXES: [name: string, table: string, predicate: string][] = [
  ['organisation_investor_ecosystems_idx', 'organisation', `kind = 'investor'`],
  [
    'technology_offer_investment_ecosystems_idx',
    'technology_offer',
    `'investment' = ANY(partnership_types)`,
  ],
  [
    'collaboration_request_investment_ecosystems_idx',
    'collaboration_request',
    `('investment' = ANY(partnership_types) OR 'investor' = ANY(partner_kinds))`,
  ],
  ['challenge_investor_ecosystems_idx', 'challenge', `'investor' = ANY(sought_partner_kinds)`],
];
