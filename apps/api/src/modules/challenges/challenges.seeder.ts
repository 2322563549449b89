import type { ChallengeAction, ChallengeStatus } from '@oip/domain';
import { In, type EntityManager } from 'typeorm';
import type { Seeder } from '../../database/seeds/seeder';
import { UserAccountEntity } from '../accounts/entities/user-account.entity';
import { ConfidentialBriefEntity } from '../challenge-brief/entities/confidential-brief.entity';
import { ChallengeQuestionEntity } from '../challenge-questions/entities/challenge-question.entity';
import { CriterionEntity } from '../evaluation/entities/criterion.entity';
import { EvaluationStateEntity } from '../evaluation/entities/evaluation-state.entity';
import { ResultEntity } from '../evaluation/entities/result.entity';
import { ScoreEntity } from '../evaluation/entities/score.entity';
import { EvaluatorEntity } from '../evaluation/entities/evaluator.entity';
import { SubmissionEntity } from '../submissions/entities/submission.entity';
import { ChallengeTransitionEntity } from './entities/challenge-transition.entity';
import { ChallengeEntity } from './entities/challenge.entity';
import {
  DEMO_CHALLENGES,
  DEMO_CONFIDENTIAL_BRIEF,
  DEMO_CRITERIA,
  DEMO_RESULTS,
  DEMO_SCORES,
  DEMO_QUESTIONS,
  DEMO_EVALUATORS,
  DEMO_SUBMISSIONS,
  demoOrganisationId,
  STATUS_PATHS,
} from './challenges.seed-data';

const DAY = 86_400_000;
const MODERATOR = 'moderatore@demo.oip.it';

/** When each step happened, in days from the deadline. */
const STEP_DAYS: Record<ChallengeAction, number> = {
  submit_for_review: -45,
  return_to_draft: -43,
  approve: -40,
  cancel: -30,
  close: 0,
  start_evaluation: 1,
  award: 20,
  archive: 30,
};

/**
 * Challenges in every state with their audit trails, questions, a confidential brief,
 * submissions and evaluators (after organisations).
 */
export const challengesSeeder: Seeder = {
  name: 'challenges',

  async run(manager: EntityManager) {
    const emails = [
      MODERATOR,
      ...DEMO_CHALLENGES.map((c) => c.author),
      ...DEMO_SUBMISSIONS.map((s) => s.author),
      ...DEMO_EVALUATORS.map((e) => e.email),
      ...DEMO_QUESTIONS.flatMap((q) => [q.asker, q.answeredBy ?? q.asker]),
      DEMO_CONFIDENTIAL_BRIEF.author,
    ];
    const people = await manager.getRepository(UserAccountEntity).findBy({ email: In(emails) });
    const idOf = (email: string) => people.find((person) => person.email === email)?.id ?? null;
    // the moderator approves, the deadline job (no actor) closes, the author does the rest
    const actorOf = (action: ChallengeAction, author: string) =>
      action === 'approve' ? idOf(MODERATOR) : action === 'close' ? null : idOf(author);
    const now = Date.now();
    const ids = DEMO_CHALLENGES.map((c) => c.id);

    for (const demo of DEMO_CHALLENGES) {
      const deadline = new Date(now + demo.deadlineInDays * DAY);
      const path = STATUS_PATHS[demo.status];
      await manager.getRepository(ChallengeEntity).upsert(
        {
          id: demo.id,
          organisationId: demoOrganisationId(demo.organisation),
          createdBy: idOf(demo.author),
          status: demo.status,
          titleIt: demo.it.title,
          titleEn: demo.en?.title ?? '',
          summaryIt: demo.it.summary,
          summaryEn: demo.en?.summary ?? '',
          problemIt: demo.it.problem,
          problemEn: demo.en?.problem ?? '',
          expectedResultsIt: demo.it.expectedResults,
          expectedResultsEn: demo.en?.expectedResults ?? '',
          constraintsIt: demo.constraintsIt ?? '',
          s3Ecosystems: demo.s3Ecosystems,
          tags: demo.tags,
          soughtPartnerKinds: demo.soughtPartnerKinds,
          trlMin: demo.trl[0],
          trlMax: demo.trl[1],
          rewardType: demo.rewardType,
          rewardAmount: demo.rewardAmount,
          deadline,
          visibility: demo.visibility,
          publishedAt: path.some(([, to]) => to === 'published')
            ? new Date(deadline.getTime() - 40 * DAY)
            : null,
          closedAt: path.some(([, to]) => to === 'closed') ? deadline : null,
        },
        ['id'],
      );
    }

    // The audit trail: one row per step of the path that led to the status.
    const transitions = manager.getRepository(ChallengeTransitionEntity);
    await transitions.delete({ challengeId: In(ids) });
    const rows = DEMO_CHALLENGES.flatMap((demo) => {
      const deadline = now + demo.deadlineInDays * DAY;
      let from: ChallengeStatus = 'draft';
      return STATUS_PATHS[demo.status].map(([action, to]) => {
        const row = {
          challengeId: demo.id,
          actorId: actorOf(action, demo.author),
          fromStatus: from,
          toStatus: to,
          action,
          comment: action === 'cancel' ? 'Il progetto è confluito in un bando europeo.' : null,
          at: new Date(Math.min(now, deadline + STEP_DAYS[action] * DAY)),
        };
        from = to;
        return row;
      });
    });
    await transitions.insert(rows);

    const submissions = DEMO_SUBMISSIONS.map((demo) => {
      const challenge = DEMO_CHALLENGES.find((c) => c.id === demo.challengeId)!;
      const submittedAt =
        demo.status === 'submitted' ? new Date(now + (challenge.deadlineInDays - 3) * DAY) : null;
      return {
        id: demo.id,
        challengeId: demo.challengeId,
        organisationId: demoOrganisationId(demo.organisation),
        createdBy: idOf(demo.author),
        status: demo.status,
        summary: demo.summary,
        approach: demo.approach,
        team: demo.team,
        trl: demo.trl,
        budgetAmount: demo.budget,
        submittedAt,
      };
    });
    await manager.getRepository(SubmissionEntity).upsert(submissions, ['id']);

    const evaluators = DEMO_EVALUATORS.flatMap((demo) => {
      const userId = idOf(demo.email);
      return userId ? [{ challengeId: demo.challengeId, userId, assignedBy: null }] : [];
    });
    await manager.getRepository(EvaluatorEntity).upsert(evaluators, ['challengeId', 'userId']);

    const questions = DEMO_QUESTIONS.map((demo) => {
      const askedAt = new Date(now - demo.daysAgo * DAY);
      return {
        id: demo.id,
        challengeId: demo.challengeId,
        askerId: idOf(demo.asker),
        text: demo.text,
        answer: demo.answer,
        answeredBy: demo.answeredBy ? idOf(demo.answeredBy) : null,
        answeredAt: demo.answer ? new Date(askedAt.getTime() + DAY) : null,
        createdAt: askedAt,
      };
    });
    await manager.getRepository(ChallengeQuestionEntity).upsert(questions, ['id']);
    await manager.getRepository(ConfidentialBriefEntity).upsert(
      {
        challengeId: DEMO_CONFIDENTIAL_BRIEF.challengeId,
        details: DEMO_CONFIDENTIAL_BRIEF.details,
        termsText: DEMO_CONFIDENTIAL_BRIEF.termsText,
        updatedBy: idOf(DEMO_CONFIDENTIAL_BRIEF.author),
        updatedAt: new Date(now),
      },
      ['challengeId'],
    );
    const evaluation = await seedEvaluation(manager, idOf, now);
    return (
      evaluation +
      DEMO_CHALLENGES.length +
      rows.length +
      submissions.length +
      evaluators.length +
      questions.length +
      1
    );
  },

  async reset(manager: EntityManager) {
    // transitions, follows, submissions and evaluators cascade
    await manager
      .getRepository(ChallengeEntity)
      .delete({ id: In(DEMO_CHALLENGES.map((c) => c.id)) });
  },
};

/** Scorecards, scores and the awarded challenge's outcome (its evaluation locked and awarded). */
async function seedEvaluation(
  manager: EntityManager,
  idOf: (email: string) => string | null,
  now: number,
): Promise<number> {
  await manager.getRepository(CriterionEntity).upsert(DEMO_CRITERIA, ['id']);
  const scores = DEMO_SCORES.flatMap((demo) => {
    const evaluatorId = idOf(demo.evaluator);
    if (!evaluatorId) return [];
    const criteria = DEMO_CRITERIA.filter(
      (criterion) => criterion.challengeId === DEMO_CHALLENGES[demo.challenge - 1]!.id,
    );
    return criteria.map((criterion, index) => ({
      submissionId: demo.submission,
      evaluatorId,
      criterionId: criterion.id,
      score: demo.scores[index]!,
      comment: '',
    }));
  });
  await manager
    .getRepository(ScoreEntity)
    .upsert(scores, ['submissionId', 'evaluatorId', 'criterionId']);
  const awarded = DEMO_CHALLENGES.find((demo) => demo.status === 'awarded')!;
  const awardedAt = new Date(now + (awarded.deadlineInDays + 20) * DAY);
  await manager.getRepository(EvaluationStateEntity).upsert(
    {
      challengeId: awarded.id,
      lockedAt: new Date(awardedAt.getTime() - DAY),
      lockedBy: idOf(awarded.author),
      awardedAt,
    },
    ['challengeId'],
  );
  await manager.getRepository(ResultEntity).upsert(
    DEMO_RESULTS.map((result) => ({ ...result, feedbackSentAt: awardedAt })),
    ['submissionId'],
  );
  return DEMO_CRITERIA.length + scores.length + 1 + DEMO_RESULTS.length;
}
