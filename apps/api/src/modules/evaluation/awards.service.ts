import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EVALUATION_LIMITS } from '@oip/domain';
import type { Logger } from 'pino';
import { DataSource, In } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { FieldErrors } from '../../common/errors/field-errors';
import { isUuid } from '../../common/ids';
import { Clock } from '../../common/time/clock';
import { APP_CONFIG, APP_LOGGER } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { UserAccountEntity } from '../accounts/entities/user-account.entity';
import { AuditService } from '../audit/audit.service';
import { ChallengesService } from '../challenges/challenges.service';
import { MailService } from '../mail/mail.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { SubmissionEntity } from '../submissions/entities/submission.entity';
import type { FeedbackInput } from './dto/evaluation.inputs';
import { EvaluationStateEntity } from './entities/evaluation-state.entity';
import { ResultEntity } from './entities/result.entity';
import { feedbackMail, outcomeOf } from './evaluation-mails';
import { EvaluationAccessService } from './evaluation-access.service';
import { evaluationPolicy } from './evaluation.policy';
import { requiredText } from './scorecard-validation';

/** The owner's decisions after the lock: shortlist, award, feedback to every submitter. */
@Injectable()
export class AwardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
    private readonly access: EvaluationAccessService,
    private readonly challenges: ChallengesService,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly clock: Clock,
  ) {}

  async setShortlisted(user: AuthUser, submissionId: string, shortlisted: boolean) {
    return this.dataSource.transaction(async (manager) => {
      const { submission, access } = await this.access.submission(user, submissionId, manager);
      evaluationPolicy.manage(access);
      const state = await this.access.state(manager, submission.challengeId, 'update');
      evaluationPolicy.decide(access.challenge, state);
      await manager.getRepository(ResultEntity).update({ submissionId }, { shortlisted });
      return submission.challengeId;
    });
  }

  /**
   * Marks the winners and moves the challenge to `awarded` (audited by ChallengesService), in
   * one transaction: a refused transition keeps nothing of the award.
   */
  async award(user: AuthUser, challengeId: string, winnerIds: string[], comment: string | null) {
    await this.dataSource.transaction(async (manager) => {
      const access = await this.access.challenge(user, challengeId, manager);
      evaluationPolicy.manage(access);
      const state = await this.access.state(manager, challengeId, 'update');
      evaluationPolicy.decide(access.challenge, state);
      const results = manager.getRepository(ResultEntity);
      const unique = [...new Set(winnerIds)];
      const valid =
        unique.length > 0 &&
        unique.length === winnerIds.length &&
        unique.every(isUuid) &&
        (await results.countBy({ challengeId, submissionId: In(unique) })) === unique.length;
      new FieldErrors().check('winnerSubmissionIds', valid, 'AWARD_WINNERS_INVALID').throwIfAny();
      await manager.query(
        `UPDATE evaluation_result SET winner = (submission_id = ANY($2::uuid[])) WHERE challenge_id = $1`,
        [challengeId, unique],
      );
      await manager
        .getRepository(EvaluationStateEntity)
        .update({ challengeId }, { awardedAt: this.clock.now() });
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'evaluation.awarded',
        subjectType: 'challenge',
        subjectId: challengeId,
        data: { winnerSubmissionIds: unique },
      });
      await this.challenges.transition(user, challengeId, 'award', comment, manager);
    });
  }

  /**
   * Stores the feedback of each listed submission (sent again, it replaces the previous one)
   * and mails it with the outcome to the submission's author after the commit; a failed mail
   * is logged, the feedback stays visible on the results page.
   */
  async sendFeedback(user: AuthUser, challengeId: string, feedbacks: FeedbackInput[]) {
    const sent = await this.dataSource.transaction(async (manager) => {
      const access = await this.access.challenge(user, challengeId, manager);
      evaluationPolicy.manage(access);
      const state = await this.access.state(manager, challengeId, 'update');
      evaluationPolicy.feedback(state);
      const results = manager.getRepository(ResultEntity);
      const ids = feedbacks.map((row) => row.submissionId);
      const rows = ids.every(isUuid)
        ? await results.findBy({ challengeId, submissionId: In(ids) })
        : [];
      const errors = new FieldErrors();
      errors.check(
        'feedbacks',
        ids.length > 0 && new Set(ids).size === ids.length && rows.length === ids.length,
        'FEEDBACK_TARGET_INVALID',
      );
      errors.throwIfAny();
      const texts = feedbacks.map((row, index) =>
        requiredText(`feedbacks.${index}.text`, row.text, EVALUATION_LIMITS.feedbackMax),
      );
      const now = this.clock.now();
      for (const [index, row] of feedbacks.entries())
        await results.update(
          { submissionId: row.submissionId },
          { feedback: texts[index]!, feedbackSentAt: now },
        );
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'evaluation.feedback_sent',
        subjectType: 'challenge',
        subjectId: challengeId,
        data: { submissionIds: ids },
      });
      return { challenge: access.challenge, rows: await results.findBy({ submissionId: In(ids) }) };
    });
    await this.mailFeedback(sent.challenge, sent.rows);
  }

  private async mailFeedback(
    challenge: { id: string; titleIt: string; titleEn: string },
    rows: ResultEntity[],
  ) {
    const submissions = await this.dataSource
      .getRepository(SubmissionEntity)
      .findBy({ id: In(rows.map((row) => row.submissionId)) });
    const authors = await this.dataSource.getRepository(UserAccountEntity).findBy({
      id: In(submissions.flatMap((row) => (row.createdBy ? [row.createdBy] : []))),
    });
    const organisations = await this.organisations.findByIds(
      submissions.map((row) => row.organisationId),
    );
    for (const result of rows) {
      const submission = submissions.find((row) => row.id === result.submissionId);
      const author = authors.find((row) => row.id === submission?.createdBy);
      if (!submission || !author?.email || author.deletedAt) continue;
      const locale = author.locale;
      const mail = feedbackMail(locale, {
        name: author.fullName,
        challengeTitle:
          (locale === 'en' ? challenge.titleEn : challenge.titleIt) ||
          challenge.titleIt ||
          challenge.titleEn,
        organisationName:
          organisations.find((row) => row.id === submission.organisationId)?.displayName ?? '',
        outcome: outcomeOf(result, true),
        feedback: result.feedback ?? '',
        link: `${this.config.publicUrl}/challenges/${challenge.id}/results`,
      });
      try {
        await this.mail.send({ to: author.email, ...mail });
      } catch (error) {
        this.logger.warn(
          { submissionId: submission.id, reason: (error as Error).message },
          'feedback not mailed',
        );
      }
    }
  }
}
