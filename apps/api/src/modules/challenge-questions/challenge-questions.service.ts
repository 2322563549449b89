import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ANSWER_MAX_LENGTH, QUESTION_MAX_LENGTH, type ErrorCode } from '@oip/domain';
import { renderMarkdown } from '@oip/markdown';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { DomainEvents } from '../../common/events/domain-events';
import { newestFirstPage } from '../../common/graphql/newest-first-page';
import { isUuid } from '../../common/ids';
import { Clock } from '../../common/time/clock';
import type { ChallengeViewer } from '../challenges/challenges.policy';
import { ChallengesService } from '../challenges/challenges.service';
import { ChallengeQuestionEntity } from './entities/challenge-question.entity';
import type { ChallengeQuestion, ChallengeQuestionPage } from './models/challenge-question.model';
import { questionPolicy } from './challenge-questions.policy';

export const MAX_QUESTION_PAGE_SIZE = 50;

/**
 * Clarification questions: asking (published challenges), answering (owner side; the first
 * answer emits `challenge.question.answered` after the commit), hiding (moderators), pages.
 * Access to the challenge itself is ChallengesService.findVisible's (NOT_FOUND otherwise).
 */
@Injectable()
export class ChallengeQuestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly challenges: ChallengesService,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  /** Newest first, keyset on (created_at, id); only the questions the caller may see. */
  async page(
    user: AuthUser | null,
    challengeId: string,
    first: number,
    after: string | null,
  ): Promise<ChallengeQuestionPage> {
    const { challenge, viewer } = await this.challenges.findVisible(user, challengeId);
    const visible = questionPolicy.visibleWhere(viewer);
    const query = this.dataSource
      .getRepository(ChallengeQuestionEntity)
      .createQueryBuilder('q')
      .where('q.challenge_id = :challengeId', { challengeId })
      .andWhere(visible.sql, visible.params);
    const { rows, pageInfo } = await newestFirstPage(
      query,
      'q',
      'created_at',
      (row) => row.createdAt,
      first,
      after,
      MAX_QUESTION_PAGE_SIZE,
    );
    return {
      nodes: rows.map((row) => toQuestion(row, viewer)),
      pageInfo,
      viewerCanAsk: questionPolicy.canAsk(challenge, viewer),
      viewerCanAnswer: questionPolicy.canAnswer(viewer),
    };
  }

  async ask(user: AuthUser, challengeId: string, text: string): Promise<ChallengeQuestion> {
    const { challenge, viewer } = await this.challenges.findVisible(user, challengeId);
    questionPolicy.ask(challenge, viewer);
    const clean = checkText(text, QUESTION_MAX_LENGTH, 'QUESTION_TEXT_REQUIRED');
    const repository = this.dataSource.getRepository(ChallengeQuestionEntity);
    const row = await repository.save(
      repository.create({
        challengeId,
        askerId: user.id,
        text: clean,
        answer: null,
        answeredBy: null,
        answeredAt: null,
        answerUpdatedAt: null,
        hiddenAt: null,
        hiddenBy: null,
        createdAt: this.clock.now(),
      }),
    );
    return toQuestion(row, viewer);
  }

  /**
   * Answers, or edits the answer. The row is locked so of two owners answering at once only
   * one is the first: the event is emitted once, after the commit (listeners never see an
   * answer that was rolled back).
   */
  async answer(user: AuthUser, id: string, answer: string): Promise<ChallengeQuestion> {
    const { row, viewer, firstAnswer } = await this.dataSource.transaction(async (manager) => {
      const { question, viewer } = await this.visibleQuestion(user, id, manager, true);
      questionPolicy.answer(viewer);
      const clean = checkText(answer, ANSWER_MAX_LENGTH, 'ANSWER_TEXT_REQUIRED', 'answer');
      const now = this.clock.now();
      const firstAnswer = question.answeredAt === null;
      const changes = {
        answer: clean,
        answeredBy: user.id,
        answerUpdatedAt: now,
        ...(firstAnswer ? { answeredAt: now } : {}),
      };
      await manager.getRepository(ChallengeQuestionEntity).update({ id }, changes);
      return { row: { ...question, ...changes }, viewer, firstAnswer };
    });
    if (firstAnswer)
      this.events.emit('challenge.question.answered', {
        challengeId: row.challengeId,
        questionId: row.id,
        askerId: row.askerId,
      });
    return toQuestion(row, viewer);
  }

  /** Moderators hide an abusive question (or show it again); recorded with who and when. */
  async hide(user: AuthUser, id: string, hidden: boolean): Promise<ChallengeQuestion> {
    return this.dataSource.transaction(async (manager) => {
      const { question, viewer } = await this.visibleQuestion(user, id, manager, true);
      questionPolicy.hide(viewer);
      const changes = hidden
        ? {
            hiddenAt: question.hiddenAt ?? this.clock.now(),
            hiddenBy: question.hiddenBy ?? user.id,
          }
        : { hiddenAt: null, hiddenBy: null };
      await manager.getRepository(ChallengeQuestionEntity).update({ id }, changes);
      return toQuestion({ ...question, ...changes }, viewer);
    });
  }

  /** The question if the caller sees its challenge and it: NOT_FOUND otherwise. */
  private async visibleQuestion(
    user: AuthUser,
    id: string,
    manager: EntityManager,
    forUpdate: boolean,
  ): Promise<{ question: ChallengeQuestionEntity; viewer: ChallengeViewer }> {
    const question = isUuid(id)
      ? await manager.getRepository(ChallengeQuestionEntity).findOne({
          where: { id },
          ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
        })
      : null;
    if (!question) throw new AppError('NOT_FOUND');
    const { viewer } = await this.challenges.findVisible(user, question.challengeId, manager);
    questionPolicy.see(question, viewer);
    return { question, viewer };
  }
}

function checkText(
  value: string,
  max: number,
  required: ErrorCode,
  field: 'text' | 'answer' = 'text',
): string {
  const clean = value.trim();
  if (!clean) throw new AppError('VALIDATION_FAILED', { fields: { [field]: required } });
  if (clean.length > max)
    throw new AppError('VALIDATION_FAILED', { fields: { [field]: 'TEXT_TOO_LONG' }, max });
  return clean;
}

/** Entity → GraphQL model for this viewer: the asker only when the viewer may know them. */
export function toQuestion(
  row: ChallengeQuestionEntity,
  viewer: ChallengeViewer,
): ChallengeQuestion {
  return {
    id: row.id,
    challengeId: row.challengeId,
    text: row.text,
    textHtml: renderMarkdown(row.text),
    answer: row.answer,
    answerHtml: row.answer === null ? null : renderMarkdown(row.answer),
    createdAt: row.createdAt,
    answeredAt: row.answeredAt,
    answerUpdatedAt: row.answerUpdatedAt,
    hidden: row.hiddenAt !== null,
    askedByViewer: !!viewer.user && row.askerId === viewer.user.id,
    asker: null,
    askerId: questionPolicy.canSeeAsker(row, viewer) ? row.askerId : null,
    viewerCan: {
      answer: questionPolicy.canAnswer(viewer),
      hide: questionPolicy.canHide(viewer),
    },
  };
}
