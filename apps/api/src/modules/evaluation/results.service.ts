import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { MembershipEntity } from '../organisations/entities/membership.entity';
import { SubmissionEntity } from '../submissions/entities/submission.entity';
import { CriterionEntity } from './entities/criterion.entity';
import { ResultEntity } from './entities/result.entity';
import { outcomeOf } from './evaluation-mails';
import { EvaluationAccessService } from './evaluation-access.service';
import { toBoardSubmission, toCriterion } from './evaluation.mappers';
import type { ChallengeResults } from './models/evaluation.model';

/** At most this many of the caller's organisations' submissions (one per organisation). */
const MAX_OWN_RESULTS = 20;

/**
 * The outcome of a challenge: once awarded, its winners (organisation names) for everyone who
 * can see it; and for members of submitting organisations, their own outcome and feedback.
 */
@Injectable()
export class ResultsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EvaluationAccessService,
  ) {}

  async results(user: AuthUser | null, challengeId: string): Promise<ChallengeResults> {
    const manager = this.dataSource.manager;
    await this.access.challenge(user, challengeId, manager);
    const state = await this.access.state(manager, challengeId);
    const awarded = !!state?.awardedAt;
    const winners = awarded
      ? await manager
          .getRepository(ResultEntity)
          .find({ where: { challengeId, winner: true }, relations: { submission: true } })
      : [];
    const mine = user ? await this.ownSubmissions(user.id, challengeId) : [];
    const results = mine.length
      ? await manager
          .getRepository(ResultEntity)
          .findBy({ submissionId: In(mine.map((s) => s.id)) })
      : [];
    return {
      challengeId,
      awarded,
      awardedAt: state?.awardedAt ?? null,
      winnerOrganisationIds: winners
        .map((row) => row.submission!)
        .sort((a, b) => (a.submittedAt?.getTime() ?? 0) - (b.submittedAt?.getTime() ?? 0))
        .map((row) => row.organisationId),
      mine: mine.map((submission) => {
        const result = results.find((row) => row.submissionId === submission.id) ?? null;
        const feedback = awarded ? (result?.feedback ?? null) : null;
        return {
          submission: toBoardSubmission(submission),
          outcome: outcomeOf(result, awarded),
          feedback,
          feedbackSentAt: feedback ? (result?.feedbackSentAt ?? null) : null,
        };
      }),
    };
  }

  /** The criteria, ordered, for everyone who can see the challenge (applicants read them). */
  async scorecard(user: AuthUser | null, challengeId: string) {
    await this.access.challenge(user, challengeId);
    const rows = await this.dataSource
      .getRepository(CriterionEntity)
      .find({ where: { challengeId }, order: { position: 'ASC' } });
    return rows.map(toCriterion);
  }

  /** Submitted proposals of the organisations the person belongs to (any role). */
  private ownSubmissions(userId: string, challengeId: string): Promise<SubmissionEntity[]> {
    return this.dataSource
      .getRepository(SubmissionEntity)
      .createQueryBuilder('submission')
      .innerJoin(
        MembershipEntity,
        'membership',
        'membership.organisation_id = submission.organisation_id AND membership.user_id = :userId',
        { userId },
      )
      .where('submission.challenge_id = :challengeId AND submission.status = :status', {
        challengeId,
        status: 'submitted',
      })
      .orderBy('submission.submitted_at', 'ASC')
      .take(MAX_OWN_RESULTS)
      .getMany();
  }
}
