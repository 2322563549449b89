import { GraphQLError } from 'graphql';
import { AppError } from './app-error';
import { formatError, localiseErrors } from './format-error';

describe('formatError', () => {
  it('hides an unexpected error behind INTERNAL_SERVER_ERROR and a generic message', () => {
    const formatted = formatError({
      message: 'relation "secret_table" does not exist',
      path: ['taxonomies'],
      extensions: { code: 'SOMETHING_ODD', stacktrace: ['at db.js:1'], sql: 'SELECT …' },
    });
    expect(formatted).toEqual({
      message: 'An internal error occurred. Please try again later.',
      path: ['taxonomies'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('keeps the code and safe details of an AppError', () => {
    const error = new AppError('NOT_FOUND', { entity: 'Challenge' });
    const formatted = formatError({ message: error.message, extensions: error.extensions });
    expect(formatted).toEqual({
      message: 'Not found.',
      extensions: { code: 'NOT_FOUND', entity: 'Challenge' },
    });
  });

  it('keeps graphql-js detail for documents the client got wrong', () => {
    const error = new GraphQLError('Syntax Error: Unexpected <EOF>.', {
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
    expect(formatError(error.toJSON()).extensions).toEqual({
      code: 'GRAPHQL_PARSE_FAILED',
      detail: 'Syntax Error: Unexpected <EOF>.',
    });
  });

  it('translates messages by code', () => {
    const [error] = localiseErrors(
      [{ message: 'Not found.', extensions: { code: 'NOT_FOUND' } }],
      'it',
    );
    expect(error?.message).toBe('Elemento non trovato.');
  });
});
