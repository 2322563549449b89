import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Inject } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLError, type DocumentNode } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { queryDepth } from './query-depth';

type Verdict = GraphQLError | null;

/**
 * Refuses, before anything runs, an operation nested deeper than GRAPHQL_MAX_DEPTH or costing
 * more than GRAPHQL_MAX_COMPLEXITY. Fields cost 1 unless they declare `complexity` (a list
 * field should multiply by its page size).
 *
 * Apollo hands the same DocumentNode object for a query string it has seen (its document
 * cache), so the verdict of an operation without variables is memoised per document and
 * operation name: a hot query is measured once. Operations with variables are measured on
 * every request (their cost can depend on the values, and caching by value would let a
 * client fill memory).
 */
@Plugin()
export class QueryLimitsPlugin implements ApolloServerPlugin {
  private readonly verdicts = new WeakMap<DocumentNode, Map<string, Verdict>>();
  private static readonly MAX_OPERATIONS_PER_DOCUMENT = 20;

  constructor(
    private readonly schemaHost: GraphQLSchemaHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    return {
      didResolveOperation: async ({ request, document, operation }) => {
        if (!operation) return; // Apollo reports a missing operation itself
        if (operation.variableDefinitions?.length) {
          const verdict = this.judge(document, operation, request.operationName, request.variables);
          if (verdict) throw verdict;
          return;
        }
        let byOperation = this.verdicts.get(document);
        if (!byOperation) {
          byOperation = new Map();
          this.verdicts.set(document, byOperation);
        }
        const key = request.operationName ?? '';
        let verdict = byOperation.get(key);
        if (verdict === undefined) {
          verdict = this.judge(document, operation, request.operationName, {});
          if (byOperation.size < QueryLimitsPlugin.MAX_OPERATIONS_PER_DOCUMENT)
            byOperation.set(key, verdict);
        }
        // a fresh error each time: Apollo consumes `extensions.http` of what it is given
        if (verdict)
          throw new GraphQLError(verdict.message, { extensions: { ...verdict.extensions } });
      },
    };
  }

  private judge(
    document: DocumentNode,
    operation: Parameters<typeof queryDepth>[1],
    operationName: string | undefined,
    variables: Record<string, unknown> | undefined,
  ): Verdict {
    const maxDepth = this.config.GRAPHQL_MAX_DEPTH;
    const depth = queryDepth(document, operation);
    if (depth > maxDepth) {
      return new GraphQLError(`Query depth ${depth} exceeds the limit of ${maxDepth}.`, {
        extensions: { code: 'QUERY_TOO_DEEP', depth, maxDepth, http: { status: 400 } },
      });
    }
    const maxComplexity = this.config.GRAPHQL_MAX_COMPLEXITY;
    let complexity: number;
    try {
      complexity = getComplexity({
        schema: this.schemaHost.schema,
        operationName,
        query: document,
        variables: variables ?? {},
        estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
      });
    } catch (error) {
      // Variables that do not fit the schema: execution answers BAD_USER_INPUT for them.
      if (error instanceof GraphQLError) return null;
      throw error;
    }
    if (complexity > maxComplexity) {
      return new GraphQLError(
        `Query complexity ${complexity} exceeds the budget of ${maxComplexity}.`,
        {
          extensions: {
            code: 'QUERY_TOO_COMPLEX',
            complexity,
            maxComplexity,
            http: { status: 400 },
          },
        },
      );
    }
    return null;
  }
}
