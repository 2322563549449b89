import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Inject } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_LOGGER } from '../../config/config.module';
import { isInternalError, localiseErrors } from '../errors/format-error';
import type { GraphQLContext } from './context';

/**
 * Logs unexpected errors with the request id (the client only gets a generic message) and
 * puts every error message in the caller's language.
 */
@Plugin()
export class ErrorsPlugin implements ApolloServerPlugin<GraphQLContext> {
  constructor(@Inject(APP_LOGGER) private readonly logger: Logger) {}

  async requestDidStart(): Promise<GraphQLRequestListener<GraphQLContext>> {
    const { logger } = this;
    return {
      async didEncounterErrors({ errors, contextValue, operationName }) {
        for (const error of errors) {
          if (isInternalError(error.extensions?.code)) {
            logger.error(
              {
                reqId: contextValue.req?.id,
                operationName,
                path: error.path,
                err: error.originalError ?? error,
              },
              'GraphQL operation failed',
            );
          }
        }
      },
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind === 'single' && response.body.singleResult.errors) {
          response.body.singleResult.errors = localiseErrors(
            response.body.singleResult.errors,
            contextValue.locale,
          );
        }
      },
    };
  }
}
