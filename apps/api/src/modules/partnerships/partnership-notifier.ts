import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Locale } from '@oip/domain';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { APP_CONFIG, APP_LOGGER } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { MailService } from '../mail/mail.service';
import { partnershipMail, type PartnershipNews } from './partnership-mails';

/** One piece of news for one organisation's owners and admins. */
export interface PartnershipNotice {
  news: PartnershipNews;
  partnershipId: string;
  /** Whose owners and admins are told. */
  toOrganisationId: string;
  /** Who did it. */
  fromOrganisationId: string;
  itemTitle: { it: string; en: string };
  quote: string | null;
}

/**
 * Mails the owners and admins of an organisation about a partnership, each in their language.
 * Called after the commit: the decision stands whatever happens to the mail (a failure is logged).
 */
@Injectable()
export class PartnershipNotifier {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  async notify(notice: PartnershipNotice): Promise<void> {
    try {
      const [from] = (await this.dataSource.query(
        `SELECT display_name FROM organisation WHERE id = $1`,
        [notice.fromOrganisationId],
      )) as { display_name: string }[];
      const recipients = (await this.dataSource.query(
        `SELECT a.email, a.full_name, a.locale FROM membership m
           JOIN user_account a ON a.id = m.user_id
          WHERE m.organisation_id = $1 AND m.role IN ('owner', 'admin')
            AND a.deleted_at IS NULL AND a.email IS NOT NULL
          ORDER BY a.id`,
        [notice.toOrganisationId],
      )) as { email: string; full_name: string; locale: Locale }[];
      const link = `${this.config.publicUrl}/partnerships/${notice.partnershipId}`;
      for (const person of recipients) {
        const locale: Locale = person.locale === 'en' ? 'en' : 'it';
        await this.mail.send({
          to: person.email,
          ...partnershipMail(locale, notice.news, {
            recipientName: person.full_name,
            otherOrganisation: from?.display_name ?? '',
            itemTitle: notice.itemTitle[locale],
            quote: notice.quote,
            link,
          }),
        });
      }
    } catch (error) {
      this.logger.warn(
        { partnershipId: notice.partnershipId, reason: (error as Error).message },
        'partnership mail not sent',
      );
    }
  }
}
