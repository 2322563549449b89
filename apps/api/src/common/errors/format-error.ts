import { ERROR_MESSAGES, isErrorCode, type ErrorCode, type Locale } from '@oip/domain';
import type { GraphQLFormattedError } from 'graphql';

// Apollo's own codes for documents it refuses; their graphql-js message helps the developer
// and reveals nothing, so it is kept as `extensions.detail`.
const CLIENT_ERROR_CODES = new Set<ErrorCode>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
]);

/** Errors we did not expect: logged with the request id, shown to the client as generic. */
export function isInternalError(code: unknown): boolean {
  return !isErrorCode(code) || code === 'INTERNAL_SERVER_ERROR';
}

/**
 * Reduces any error to { message, code } with a stable code and no stack trace. Unknown codes
 * (anything thrown by accident) become INTERNAL_SERVER_ERROR with a generic message; the
 * original is logged with the request id by the error-logging plugin.
 */
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const rawCode = formatted.extensions?.code;
  const code: ErrorCode = isInternalError(rawCode)
    ? 'INTERNAL_SERVER_ERROR'
    : (rawCode as ErrorCode);
  const { stacktrace: _stack, code: _code, ...rest } = formatted.extensions ?? {};
  const safeExtensions = code === 'INTERNAL_SERVER_ERROR' ? {} : rest;
  const detail = CLIENT_ERROR_CODES.has(code) ? { detail: formatted.message } : {};
  return {
    message: ERROR_MESSAGES[code].en,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { ...safeExtensions, ...detail, code },
  };
}

/** Puts each error's message in the caller's language (formatError cannot see the request). */
export function localiseErrors(
  errors: readonly GraphQLFormattedError[],
  locale: Locale,
): GraphQLFormattedError[] {
  return errors.map((error) => {
    const code = error.extensions?.code;
    if (!isErrorCode(code)) return error;
    // "{{minutes}}" in a message is filled from the error's extensions
    const message = ERROR_MESSAGES[code][locale].replace(/\{\{(\w+)\}\}/g, (_match, name: string) =>
      String(error.extensions?.[name] ?? ''),
    );
    return { ...error, message };
  });
}
