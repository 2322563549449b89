import { ArgumentsHost, Catch, ExceptionFilter, Inject } from '@nestjs/common';
import { localeFromAcceptLanguage, type ErrorCode } from '@oip/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { APP_LOGGER } from '../../config/config.module';
import { AppError } from '../errors/app-error';
import { formatError, localiseErrors } from '../errors/format-error';

/** HTTP status of each AppError code a REST controller may throw; any other code is a 500. */
export const HTTP_STATUS_OF: Partial<Record<ErrorCode, number>> = {
  BAD_REQUEST: 400,
  BAD_USER_INPUT: 400,
  VALIDATION_FAILED: 400,
  CSRF_HEADER_MISSING: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  FILE_TOO_LARGE: 413,
  FILE_TYPE_NOT_ALLOWED: 415,
  ATTACHMENT_TYPE_NOT_ALLOWED: 415,
  IMAGE_INVALID: 422,
  RATE_LIMITED: 429,
  CHALLENGE_NOT_EDITABLE: 409,
  MARKETPLACE_NOT_EDITABLE: 409,
  ATTACHMENT_LIMIT_REACHED: 409,
  SUBMISSION_NOT_EDITABLE: 409,
  SUBMISSION_CHALLENGE_NOT_OPEN: 409,
  SUBMISSION_DEADLINE_PASSED: 409,
  ROOM_NOT_MEMBER: 403,
  ROOM_BANNED: 403,
  ROOM_MUTED: 403,
};

/**
 * AppError thrown by a REST controller (or the guard in front of it) becomes a JSON answer
 * `{ code, message, …details }` with the status of its code, the message in the caller's
 * Accept-Language. A code without a status is unexpected there: logged, and answered as a
 * generic 500. GraphQL requests are left alone: Apollo and formatError handle them.
 */
@Catch(AppError)
export class AppErrorHttpFilter implements ExceptionFilter<AppError> {
  constructor(@Inject(APP_LOGGER) private readonly logger: Logger) {}

  catch(error: AppError, host: ArgumentsHost): void {
    // undefined: "not handled", so Nest rethrows it to the GraphQL layer as before
    if (host.getType() !== 'http') return undefined;
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const known = HTTP_STATUS_OF[error.code];
    if (!known) {
      this.logger.error(
        { reqId: request.id, err: error, code: error.code },
        'unexpected error in an HTTP request',
      );
    }
    const formatted = formatError({
      message: error.message,
      extensions: known ? error.extensions : { code: 'INTERNAL_SERVER_ERROR' },
    });
    const [localised] = localiseErrors(
      [formatted],
      localeFromAcceptLanguage(request.headers['accept-language']),
    );
    const { code, detail: _detail, ...details } = localised?.extensions ?? {};
    void reply
      .code(known ?? 500)
      .header('cache-control', 'no-store')
      .type('application/json; charset=utf-8')
      .send({ code, message: localised?.message, ...details });
  }
}
