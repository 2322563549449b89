import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { DomainEvents } from '../../common/events/domain-events';
import { APP_LOGGER } from '../../config/config.module';

/**
 * Logs `challenge.question.answered` for now; the notifications feature will replace this
 * with a notification to the asker.
 */
@Injectable()
export class QuestionAnsweredListener implements OnModuleInit, OnModuleDestroy {
  private unsubscribe?: () => void;

  constructor(
    private readonly events: DomainEvents,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.unsubscribe = this.events.on('challenge.question.answered', (event) => {
      this.logger.info({ event: 'challenge.question.answered', ...event }, 'question answered');
    });
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
  }
}
