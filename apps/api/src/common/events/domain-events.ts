import { Global, Inject, Injectable, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_LOGGER } from '../../config/config.module';

/**
 * Every domain event and its payload. A feature that emits an event adds it here, so emitters
 * and listeners agree on the payload at compile time.
 */
export interface DomainEventMap {
  /** An owner answered a clarification question for the first time (edits do not re-emit). */
  'challenge.question.answered': {
    challengeId: string;
    questionId: string;
    askerId: string | null;
  };
  /** A partnership became active (accepted, or both sides expressed interest); its room is open. */
  'partnership.activated': {
    partnershipId: string;
    initiatorOrganisationId: string;
    recipientOrganisationId: string;
    itemType: 'challenge' | 'offer' | 'request';
    itemId: string;
    roomId: string;
  };
  /** A stored room message mentions people who may read the room (for notifications). */
  'room.message.mentioned': {
    roomId: string;
    messageId: string;
    authorId: string;
    userIds: string[];
  };
}

export type DomainEventName = keyof DomainEventMap;
export type DomainEventHandler<K extends DomainEventName> = (
  payload: DomainEventMap[K],
) => void | Promise<void>;

/**
 * A minimal typed in-process event bus. Services emit only after their transaction has
 * committed (so a listener never sees an event whose data was rolled back); listeners run
 * after `emit` returns, one failing does not affect the emitter or the other listeners.
 * In-process only: a listener that must survive a crash should schedule a job instead.
 */
@Injectable()
export class DomainEvents {
  private readonly handlers = new Map<DomainEventName, Set<DomainEventHandler<never>>>();

  constructor(@Inject(APP_LOGGER) private readonly logger: Logger) {}

  /** Subscribes `handler`; returns the function that unsubscribes it. */
  on<K extends DomainEventName>(name: K, handler: DomainEventHandler<K>): () => void {
    const set = this.handlers.get(name) ?? new Set();
    set.add(handler as DomainEventHandler<never>);
    this.handlers.set(name, set);
    return () => set.delete(handler as DomainEventHandler<never>);
  }

  emit<K extends DomainEventName>(name: K, payload: DomainEventMap[K]): void {
    for (const handler of [...(this.handlers.get(name) ?? [])]) {
      queueMicrotask(() => {
        Promise.resolve()
          .then(() => (handler as DomainEventHandler<K>)(payload))
          .catch((error: unknown) =>
            this.logger.error({ err: error, event: name }, 'domain event listener failed'),
          );
      });
    }
  }
}

/** Global: one bus per application, injectable everywhere. */
@Global()
@Module({ providers: [DomainEvents], exports: [DomainEvents] })
export class DomainEventsModule {}
