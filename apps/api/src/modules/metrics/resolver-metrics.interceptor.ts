import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { finalize, type Observable } from 'rxjs';
import { MetricsService } from './metrics.service';

/**
 * Times every resolver method (queries, mutations, @ResolveField) — not the plain property
 * fields, which would cost more to time than to resolve.
 */
@Injectable()
export class ResolverMetricsInterceptor implements NestInterceptor {
  constructor(private readonly metrics: MetricsService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    const end = this.metrics.resolverDuration.startTimer({
      type: info.parentType.name,
      field: info.fieldName,
    });
    return next.handle().pipe(finalize(() => end()));
  }
}
