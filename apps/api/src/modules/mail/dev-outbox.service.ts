import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AppConfig } from '../../config/env';
import { DevMailEntity } from './entities/dev-mail.entity';
import type { MailMessage } from './mail.message';

const LATEST = 50;
// Checked before querying: PostgreSQL rejects a malformed uuid with an error, not an empty result.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Without SMTP_URL mails are kept here; never outside development and test. */
export function devOutboxEnabled(config: Pick<AppConfig, 'SMTP_URL' | 'isProduction'>): boolean {
  return !config.SMTP_URL && !config.isProduction;
}

/** The dev outbox: mails stored in `dev_mail` instead of being sent. */
@Injectable()
export class DevOutboxService {
  constructor(@InjectRepository(DevMailEntity) private readonly mails: Repository<DevMailEntity>) {}

  store(message: MailMessage): Promise<DevMailEntity> {
    return this.mails.save(
      this.mails.create({
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html ?? null,
      }),
    );
  }

  /** The latest mails, newest first; `to` compares addresses case-insensitively. */
  latest(to?: string): Promise<DevMailEntity[]> {
    const query = this.mails
      .createQueryBuilder('mail')
      .orderBy('mail.created_at', 'DESC')
      .addOrderBy('mail.id', 'DESC')
      .limit(LATEST);
    if (to !== undefined) query.where('lower(mail.to) = lower(:to)', { to: to.trim() });
    return query.getMany();
  }

  /** Null for an unknown or malformed id. */
  find(id: string): Promise<DevMailEntity | null> {
    return UUID.test(id) ? this.mails.findOneBy({ id }) : Promise.resolve(null);
  }
}
