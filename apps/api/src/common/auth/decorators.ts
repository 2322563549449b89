import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { PlatformRole } from '@oip/domain';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from './auth-user';

export const IS_PUBLIC = 'auth:isPublic';
export const REQUIRED_ROLES = 'auth:roles';

/** Opt-out of the default "must be signed in" rule. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Restricts a resolver to platform roles (admins always pass). */
export const Roles = (...roles: PlatformRole[]) => SetMetadata(REQUIRED_ROLES, roles);

export function requestOf(context: ExecutionContext): FastifyRequest {
  if (context.getType<GqlContextType>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: FastifyRequest }>().req;
  }
  return context.switchToHttp().getRequest<FastifyRequest>();
}

/** The signed-in person, or null on a @Public() resolver called anonymously. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser | null =>
    requestOf(context).authUser ?? null,
);
