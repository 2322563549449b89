import { Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/time/clock';
import { JobScheduler } from '../jobs/job-scheduler';
import { MARKETPLACE_ENTITIES, type MarketplaceKind } from './marketplace.kinds';

export const MARKETPLACE_EXPIRE_QUEUE = 'marketplace-expire';

interface ExpireJob {
  kind: MarketplaceKind;
  id: string;
}

/** One waiting job per published item, keyed by kind and id (renewing moves it). */
export const expiryJobKey = (kind: MarketplaceKind, id: string) => `${kind}:${id}`;

/**
 * Expires published offers and requests at their `expiresAt` through the job scheduler, like
 * challenge deadlines (decision 0012): scheduled in the publishing transaction, moved on
 * renewal, re-checked by the handler so a stale or duplicated job does no harm.
 */
@Injectable()
export class MarketplaceExpiry implements OnModuleInit, OnApplicationBootstrap {
  /** Set by MarketplaceService at init (it needs us to schedule, we need it to expire). */
  private expireDue?: (kind: MarketplaceKind, id: string) => Promise<boolean>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobScheduler,
    private readonly clock: Clock,
  ) {}

  onExpire(expireDue: (kind: MarketplaceKind, id: string) => Promise<boolean>): void {
    this.expireDue = expireDue;
  }

  async onModuleInit(): Promise<void> {
    await this.jobs.register<ExpireJob>(MARKETPLACE_EXPIRE_QUEUE, ({ kind, id }) =>
      this.handle(kind, id),
    );
  }

  /** Items published by the seed (or before this feature's jobs) get their job too. */
  async onApplicationBootstrap(): Promise<void> {
    for (const kind of ['offer', 'request'] as const) {
      const published = await this.dataSource
        .getRepository(MARKETPLACE_ENTITIES[kind])
        .find({ where: { status: 'published' }, select: { id: true, expiresAt: true } });
      for (const item of published) await this.schedule(kind, item);
    }
  }

  /** Within the caller's transaction: a rolled-back publish schedules nothing. */
  async schedule(
    kind: MarketplaceKind,
    item: { id: string; expiresAt: Date | null },
    manager?: EntityManager,
  ): Promise<void> {
    if (!item.expiresAt) return;
    await this.jobs.scheduleAt<ExpireJob>(
      MARKETPLACE_EXPIRE_QUEUE,
      expiryJobKey(kind, item.id),
      item.expiresAt,
      { kind, id: item.id },
      { manager },
    );
  }

  async cancel(kind: MarketplaceKind, id: string, manager?: EntityManager): Promise<void> {
    await this.jobs.cancel(MARKETPLACE_EXPIRE_QUEUE, expiryJobKey(kind, id), { manager });
  }

  private async handle(kind: MarketplaceKind, id: string): Promise<void> {
    if (!this.expireDue) throw new Error('marketplace expiry: no expire handler');
    if (await this.expireDue(kind, id)) return;
    // Not expired: gone, no longer published, or renewed meanwhile (not due yet).
    const item = await this.dataSource.getRepository(MARKETPLACE_ENTITIES[kind]).findOneBy({ id });
    if (item?.status === 'published' && item.expiresAt && item.expiresAt > this.clock.now())
      await this.schedule(kind, item);
  }
}
