import { Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/time/clock';
import { JobScheduler } from '../jobs/job-scheduler';
import { ChallengeEntity } from './entities/challenge.entity';

export const CHALLENGE_CLOSE_QUEUE = 'challenge-close';

interface CloseJob {
  challengeId: string;
}

/**
 * Closes published challenges at their deadline through the job scheduler (decision 0012):
 * one waiting job per challenge, moved when the deadline moves, cancelled when the challenge
 * leaves `published` some other way. The handler re-checks everything, so a stale or
 * duplicated job does no harm.
 */
@Injectable()
export class ChallengeDeadlines implements OnModuleInit, OnApplicationBootstrap {
  /** Set by ChallengesService at init (it needs us to schedule, we need it to close). */
  private closeDue?: (id: string) => Promise<boolean>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobScheduler,
    private readonly clock: Clock,
  ) {}

  onClose(closeDue: (id: string) => Promise<boolean>): void {
    this.closeDue = closeDue;
  }

  async onModuleInit(): Promise<void> {
    await this.jobs.register<CloseJob>(CHALLENGE_CLOSE_QUEUE, ({ challengeId }) =>
      this.handle(challengeId),
    );
  }

  /** Challenges published by the seed or before this feature existed get their job too. */
  async onApplicationBootstrap(): Promise<void> {
    const published = await this.dataSource
      .getRepository(ChallengeEntity)
      .find({ where: { status: 'published' }, select: { id: true, deadline: true } });
    for (const challenge of published) await this.schedule(challenge);
  }

  /** Within the caller's transaction: a rolled-back publish schedules nothing. */
  async schedule(
    challenge: Pick<ChallengeEntity, 'id' | 'deadline'>,
    manager?: EntityManager,
  ): Promise<void> {
    if (!challenge.deadline) return;
    await this.jobs.scheduleAt<CloseJob>(
      CHALLENGE_CLOSE_QUEUE,
      challenge.id,
      challenge.deadline,
      { challengeId: challenge.id },
      { manager },
    );
  }

  async cancel(challengeId: string, manager?: EntityManager): Promise<void> {
    await this.jobs.cancel(CHALLENGE_CLOSE_QUEUE, challengeId, { manager });
  }

  private async handle(challengeId: string): Promise<void> {
    if (!this.closeDue) throw new Error('challenge deadlines: no close handler');
    if (await this.closeDue(challengeId)) return;
    // Not closed: gone, no longer published, or not due yet (the deadline moved later).
    const challenge = await this.dataSource
      .getRepository(ChallengeEntity)
      .findOneBy({ id: challengeId });
    if (
      challenge?.status === 'published' &&
      challenge.deadline &&
      challenge.deadline > this.clock.now()
    )
      await this.schedule(challenge);
  }
}
