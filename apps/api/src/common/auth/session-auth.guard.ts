import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { PlatformRole } from '@oip/domain';
import { SessionsService } from '../../modules/accounts/sessions.service';
import { AppError } from '../errors/app-error';
import type { RequestAuth } from './auth-user';
import { IS_PUBLIC, REQUIRED_ROLES, requestOf } from './decorators';
import { sessionToken } from './session-cookie';

/**
 * Secure by default: every resolver and controller needs a signed-in person unless marked
 * @Public(). The session cookie is resolved once per request and shared by its root fields.
 */
@Injectable()
export class SessionAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = requestOf(context);
    request.auth ??= this.resolve(sessionToken(request));
    const { user } = await request.auth;
    request.authUser = user;

    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    if (!user) throw new AppError('UNAUTHENTICATED');
    const roles = this.reflector.getAllAndOverride<PlatformRole[] | undefined>(
      REQUIRED_ROLES,
      targets,
    );
    if (roles?.length && user.role !== 'admin' && !roles.includes(user.role))
      throw new AppError('FORBIDDEN');
    return true;
  }

  private async resolve(token: string | null): Promise<RequestAuth> {
    return { user: token ? await this.sessions.authenticate(token) : null };
  }
}
