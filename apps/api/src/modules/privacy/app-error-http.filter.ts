import { ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { ErrorCode } from '@oip/domain';
import { ERROR_MESSAGES, localeFromAcceptLanguage } from '@oip/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../common/errors/app-error';

const STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
};

/**
 * For REST controllers (GraphQL has its own error path): an AppError — including the session
 * guard's UNAUTHENTICATED — becomes its HTTP status with `{ code, message }`, the message in the
 * caller's language. Apply with @UseFilters on the controller.
 */
@Catch(AppError)
export class AppErrorHttpFilter implements ExceptionFilter {
  catch(error: AppError, host: ArgumentsHost) {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const locale = localeFromAcceptLanguage(request.headers['accept-language']);
    void reply
      .code(STATUS[error.code] ?? 400)
      .header('cache-control', 'no-store')
      .send({ code: error.code, message: ERROR_MESSAGES[error.code][locale] });
  }
}
