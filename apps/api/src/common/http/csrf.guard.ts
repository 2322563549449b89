import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error';

export const CSRF_HEADER = 'x-requested-with';
export const CSRF_HEADER_VALUE = 'oip';

/**
 * Cross-site request forgery protection for REST endpoints that change state with the
 * session cookie: the request must carry `X-Requested-With: oip`. A cross-site HTML form
 * cannot set a header, and a cross-site script cannot send one without a CORS preflight,
 * which this API never grants. (The session cookie is also SameSite=Lax; this covers
 * same-site attackers and older browsers.) Apply with `@UseGuards(CsrfHeaderGuard)`; the
 * global session guard runs first, so an anonymous request still gets 401.
 */
@Injectable()
export class CsrfHeaderGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (request.headers[CSRF_HEADER] !== CSRF_HEADER_VALUE) {
      throw new AppError('CSRF_HEADER_MISSING', { header: 'X-Requested-With' });
    }
    return true;
  }
}
