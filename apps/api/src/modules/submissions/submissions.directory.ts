import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { checkPageSize, decodeCursor, encodeCursor } from '../../common/graphql/keyset-cursor';
import { ChallengesService } from '../challenges/challenges.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { SubmissionEntity } from './entities/submission.entity';
import { submissionPolicy } from './submissions.policy';
import { SubmissionsService } from './submissions.service';

export const MAX_SUBMISSION_PAGE_SIZE = 50;

export interface SubmissionPageRows {
  nodes: SubmissionEntity[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The submissions a challenge received, for its owner side: submitted ones, first come first. */
@Injectable()
export class SubmissionsDirectory {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly challenges: ChallengesService,
    private readonly organisations: OrganisationsService,
    private readonly submissions: SubmissionsService,
  ) {}

  async received(
    user: AuthUser,
    challengeId: string,
    first: number,
    after: string | null,
  ): Promise<SubmissionPageRows> {
    const [challenge] = await this.challenges.findByIds([challengeId]);
    if (!challenge) throw new AppError('NOT_FOUND');
    const [ownerRole, [access]] = await Promise.all([
      this.organisations.roleOf(this.dataSource.manager, challenge.organisationId, user.id),
      this.submissions.accessAmong(user.id, [challengeId]),
    ]);
    submissionPolicy.list({ user, ownerRole }, access!);
    checkPageSize(first, MAX_SUBMISSION_PAGE_SIZE);
    const cursor = after ? decodeCursor(after, 'string') : null;
    const query = this.dataSource
      .getRepository(SubmissionEntity)
      .createQueryBuilder('s')
      .where(`s.challenge_id = :challengeId AND s.status = 'submitted'`, { challengeId });
    if (cursor)
      query.andWhere(`(s.submitted_at, s.id) > (CAST(:k AS timestamptz), :id)`, {
        k: cursor.k,
        id: cursor.id,
      });
    const rows = await query
      .orderBy('s.submitted_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(first + 1)
      .getMany();
    const nodes = rows.slice(0, first);
    const last = nodes.at(-1);
    return {
      nodes,
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: last?.submittedAt
          ? encodeCursor({ k: last.submittedAt.toISOString(), id: last.id })
          : null,
      },
    };
  }
}
