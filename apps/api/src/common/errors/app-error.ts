import { ERROR_MESSAGES, type ErrorCode } from '@oip/domain';
import { GraphQLError } from 'graphql';

/**
 * The one error type services throw for expected failures. The code travels to the client in
 * `extensions.code`; the client translates it. `details` must be safe to show to the user.
 */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    details: Record<string, unknown> = {},
  ) {
    super(ERROR_MESSAGES[code].en, { extensions: { code, ...details } });
  }
}
