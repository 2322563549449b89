import type { ArgumentsHost } from '@nestjs/common';
import type { Logger } from 'pino';
import { AppError } from '../errors/app-error';
import { AppErrorHttpFilter } from './app-error.filter';

function httpHost(headers: Record<string, string> = {}) {
  const reply = {
    statusCode: 0,
    headers: {} as Record<string, string>,
    body: undefined as unknown,
    code(status: number) {
      this.statusCode = status;
      return this;
    },
    header(name: string, value: string) {
      this.headers[name] = value;
      return this;
    },
    type(value: string) {
      this.headers['content-type'] = value;
      return this;
    },
    send(body: unknown) {
      this.body = body;
      return this;
    },
  };
  const host = {
    getType: () => 'http',
    switchToHttp: () => ({
      getRequest: () => ({ id: 'req-1', headers }),
      getResponse: () => reply,
    }),
  } as unknown as ArgumentsHost;
  return { host, reply };
}

describe('AppErrorHttpFilter', () => {
  const logger = { error: jest.fn() };
  const filter = new AppErrorHttpFilter(logger as unknown as Logger);
  beforeEach(() => logger.error.mockClear());

  it.each([
    ['UNAUTHENTICATED', 401],
    ['FORBIDDEN', 403],
    ['NOT_FOUND', 404],
    ['FILE_TOO_LARGE', 413],
    ['FILE_TYPE_NOT_ALLOWED', 415],
    ['IMAGE_INVALID', 422],
    ['VALIDATION_FAILED', 400],
    ['BAD_REQUEST', 400],
    ['CSRF_HEADER_MISSING', 400],
  ] as const)('answers %s with %i and the translated message', (code, status) => {
    const { host, reply } = httpHost({ 'accept-language': 'en' });
    filter.catch(new AppError(code), host);
    expect(reply.statusCode).toBe(status);
    expect(reply.body).toMatchObject({ code });
    expect(typeof (reply.body as { message: string }).message).toBe('string');
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('keeps the safe details (fields of VALIDATION_FAILED), in Italian by default', () => {
    const { host, reply } = httpHost();
    filter.catch(new AppError('VALIDATION_FAILED', { fields: { bio: 'TEXT_TOO_LONG' } }), host);
    expect(reply.body).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'Alcuni campi non sono validi: correggili e riprova.',
      fields: { bio: 'TEXT_TOO_LONG' },
    });
  });

  it('answers any other code with a generic 500, logged, without details', () => {
    const { host, reply } = httpHost({ 'accept-language': 'en' });
    filter.catch(new AppError('LAST_OWNER', { memberId: 'x' }), host);
    expect(reply.statusCode).toBe(500);
    expect(reply.body).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      message: 'An internal error occurred. Please try again later.',
    });
    expect(logger.error).toHaveBeenCalledTimes(1);
  });

  it('leaves GraphQL requests to Apollo (not handled: Nest rethrows)', () => {
    const host = { getType: () => 'graphql' } as unknown as ArgumentsHost;
    expect(filter.catch(new AppError('UNAUTHENTICATED'), host)).toBeUndefined();
  });
});
