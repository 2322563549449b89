import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ERROR_MESSAGES, localeFromAcceptLanguage, type SsoErrorReason } from '@oip/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { Public } from '../../common/auth/decorators';
import { setSessionCookie } from '../../common/auth/session-cookie';
import { APP_CONFIG, APP_LOGGER } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { OidcError } from './oidc/oidc.client';
import { clearFlowCookie, flowKey, setFlowCookie } from './sso-cookie';
import { SsoRefusal } from './sso.errors';
import { SsoService } from './sso.service';

/**
 * The browser side of single sign-on. Both routes answer with redirects only: a failure sends
 * the browser to `/sign-in?sso_error=<reason>` (never a stack trace, never a 500), and both
 * answer 404 when SSO is not configured.
 */
@Public()
@Controller('auth/oidc')
export class SsoController {
  constructor(
    private readonly sso: SsoService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  /** `GET /auth/oidc/start?returnTo=/path`: off to the provider. */
  @Get('start')
  async start(
    @Query('returnTo') returnTo: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (!this.sso.enabled) return notFound(reply);
    try {
      const { url, flowKey: key } = await this.sso.start(returnTo);
      setFlowCookie(reply, key, this.config.isProduction);
      redirect(reply, url);
    } catch (error) {
      this.fail(request, reply, error);
    }
  }

  /** `GET /auth/oidc/callback?code=…&state=…`: back from the provider. */
  @Get('callback')
  async callback(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    if (!this.sso.enabled) return notFound(reply);
    const key = flowKey(request);
    clearFlowCookie(reply, this.config.isProduction);
    try {
      const agent = request.headers['user-agent'];
      const outcome = await this.sso.finish(
        key,
        request.url,
        { ip: request.ip ?? null, userAgent: typeof agent === 'string' ? agent : null },
        localeFromAcceptLanguage(request.headers['accept-language']),
      );
      setSessionCookie(
        reply,
        outcome.session.token,
        outcome.session.expiresAt,
        this.config.isProduction,
      );
      this.logger.info(
        { reqId: request.id, userId: outcome.userId, via: outcome.via },
        'single sign-on completed',
      );
      redirect(reply, outcome.returnTo);
    } catch (error) {
      this.fail(request, reply, error);
    }
  }

  private fail(request: FastifyRequest, reply: FastifyReply, error: unknown) {
    let reason: SsoErrorReason = 'internal_error';
    if (error instanceof OidcError || error instanceof SsoRefusal) {
      reason = error.reason;
      this.logger.warn(
        {
          reqId: request.id,
          reason,
          ...(error instanceof OidcError && error.providerError
            ? { providerError: error.providerError }
            : {}),
          detail: error.message,
        },
        'single sign-on refused',
      );
    } else {
      this.logger.error({ reqId: request.id, err: error }, 'single sign-on failed');
    }
    redirect(reply, `/sign-in?sso_error=${reason}`);
  }
}

function redirect(reply: FastifyReply, location: string) {
  void reply.header('cache-control', 'no-store').redirect(location, 302);
}

function notFound(reply: FastifyReply) {
  void reply.code(404).send({ code: 'NOT_FOUND', message: ERROR_MESSAGES.NOT_FOUND.en });
}
