import { Public } from '../../common/auth/decorators';
import {
  Controller,
  Get,
  Header,
  Inject,
  NotFoundException,
  Param,
  Query,
  Res,
} from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { MAILBOX_CSS, mailPage, mailboxPage } from './dev-mailbox.html';
import { DevOutboxService, devOutboxEnabled } from './dev-outbox.service';

const HTML = 'text/html; charset=utf-8';

/**
 * Sets the content type only once there is a page to send: a type set up front (@Header) would
 * also apply to the JSON 404 body, which Fastify then refuses to send.
 */
function typed(reply: FastifyReply, type: string, body: string): string {
  void reply.type(type);
  return body;
}

/**
 * Reads the dev outbox: pages for people, JSON for tests that follow a link in a mail.
 * Answers 404 whenever mails really go out (SMTP_URL set) and always in production.
 */
// public: no session needed (development mails / public files)
@Public()
@Controller('dev')
export class DevMailboxController {
  private readonly enabled: boolean;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly outbox: DevOutboxService,
  ) {
    this.enabled = devOutboxEnabled(config);
  }

  @Get('mailbox')
  @Header('Cache-Control', 'no-store')
  async mailbox(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    this.ensureEnabled();
    return typed(reply, HTML, mailboxPage(await this.outbox.latest()));
  }

  @Get('mailbox.json')
  @Header('Cache-Control', 'no-store')
  async json(@Query('to') to: unknown) {
    this.ensureEnabled();
    const mails = await this.outbox.latest(typeof to === 'string' && to ? to : undefined);
    return mails.map(({ id, to, subject, text, html, createdAt }) => ({
      id,
      to,
      subject,
      text,
      html,
      createdAt: createdAt.toISOString(),
    }));
  }

  @Get('mailbox.css')
  stylesheet(@Res({ passthrough: true }) reply: FastifyReply): string {
    this.ensureEnabled();
    return typed(reply, 'text/css; charset=utf-8', MAILBOX_CSS);
  }

  @Get('mailbox/:id')
  @Header('Cache-Control', 'no-store')
  async mail(
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    this.ensureEnabled();
    const mail = await this.outbox.find(id);
    if (!mail) throw new NotFoundException();
    return typed(reply, HTML, mailPage(mail));
  }

  private ensureEnabled() {
    if (!this.enabled) throw new NotFoundException();
  }
}
