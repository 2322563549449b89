import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { MetricsService } from './metrics.service';

/** Times root fields only: a timer on every nested field would cost more than it tells. */
@Plugin()
export class MetricsPlugin implements ApolloServerPlugin {
  constructor(private readonly metrics: MetricsService) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const { metrics } = this;
    return {
      async executionDidStart() {
        return {
          willResolveField({ info }) {
            if (info.path.prev !== undefined) return;
            const end = metrics.resolverDuration.startTimer({
              type: info.parentType.name,
              field: info.fieldName,
            });
            return () => void end();
          },
        };
      },
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        for (const error of response.body.singleResult.errors ?? []) {
          metrics.graphqlErrors.inc({ code: String(error.extensions?.code ?? 'UNKNOWN') });
        }
      },
    };
  }
}
