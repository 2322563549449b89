import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { APP_CONFIG, APP_LOGGER } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { DevOutboxService } from './dev-outbox.service';
import type { MailMessage } from './mail.message';

/** Bounded waits so a stuck SMTP server fails the request instead of hanging it for minutes. */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/**
 * Sends mail: over SMTP when SMTP_URL is set, otherwise into the dev outbox (/dev/mailbox).
 * Configuration already refuses production without SMTP_URL.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly smtp: Transporter | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
    private readonly outbox: DevOutboxService,
  ) {
    this.smtp = config.SMTP_URL
      ? createTransport({ url: config.SMTP_URL, ...SMTP_TIMEOUTS }, { from: config.MAIL_FROM })
      : null;
    logger.info(
      { transport: config.SMTP_URL ? smtpServer(config.SMTP_URL) : 'dev outbox (/dev/mailbox)' },
      'mail transport',
    );
  }

  /** Resolves once the SMTP server accepted the mail (or the outbox stored it); throws otherwise. */
  async send(message: MailMessage): Promise<void> {
    if (!this.smtp) {
      const mail = await this.outbox.store(message);
      this.logger.info(
        { mailId: mail.id, url: `${this.config.publicUrl}/dev/mailbox/${mail.id}` },
        'mail kept in the dev outbox',
      );
      return;
    }
    try {
      const info = await this.smtp.sendMail(message);
      this.logger.info({ messageId: info.messageId }, 'mail sent');
    } catch (error) {
      // the server's address without the URL's user and password; nodemailer's errors hold neither
      const { code, responseCode, command, message: reason } = error as SmtpError;
      this.logger.error(
        { smtp: smtpServer(this.config.SMTP_URL!), code, responseCode, command, reason },
        'mail delivery failed',
      );
      throw new Error(`Mail delivery failed (${code ?? 'unknown error'})`, { cause: error });
    }
  }

  onModuleDestroy() {
    this.smtp?.close();
  }
}

interface SmtpError {
  code?: string;
  responseCode?: number;
  command?: string;
  message?: string;
}

/** The SMTP URL without user, password or options: safe to log. */
function smtpServer(url: string): string {
  const { protocol, host } = new URL(url);
  return `${protocol}//${host}`;
}
