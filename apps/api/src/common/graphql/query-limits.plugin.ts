import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Inject } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { queryDepth } from './query-depth';

/**
 * Refuses, before anything runs, an operation nested deeper than GRAPHQL_MAX_DEPTH or costing
 * more than GRAPHQL_MAX_COMPLEXITY. Fields cost 1 unless they declare `complexity` (a list
 * field should multiply by its page size).
 */
@Plugin()
export class QueryLimitsPlugin implements ApolloServerPlugin {
  constructor(
    private readonly schemaHost: GraphQLSchemaHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const { schemaHost, config } = this;
    const maxDepth = config.GRAPHQL_MAX_DEPTH;
    const maxComplexity = config.GRAPHQL_MAX_COMPLEXITY;
    return {
      async didResolveOperation({ request, document, operation }) {
        if (!operation) return; // Apollo reports a missing operation itself
        const depth = queryDepth(document, operation);
        if (depth > maxDepth) {
          throw new GraphQLError(`Query depth ${depth} exceeds the limit of ${maxDepth}.`, {
            extensions: { code: 'QUERY_TOO_DEEP', depth, maxDepth },
          });
        }
        const complexity = estimateComplexity();
        if (complexity !== null && complexity > maxComplexity) {
          throw new GraphQLError(
            `Query complexity ${complexity} exceeds the budget of ${maxComplexity}.`,
            { extensions: { code: 'QUERY_TOO_COMPLEX', complexity, maxComplexity } },
          );
        }

        function estimateComplexity(): number | null {
          try {
            return getComplexity({
              schema: schemaHost.schema,
              operationName: request.operationName,
              query: document,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Variables that do not fit the schema: execution answers BAD_USER_INPUT for them.
            if (error instanceof GraphQLError) return null;
            throw error;
          }
        }
      },
    };
  }
}
