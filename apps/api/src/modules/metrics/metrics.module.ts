import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { MetricsController } from './metrics.controller';
import { MetricsPlugin } from './metrics.plugin';
import { MetricsService } from './metrics.service';
import { ResolverMetricsInterceptor } from './resolver-metrics.interceptor';

@Global()
@Module({
  controllers: [MetricsController],
  providers: [
    MetricsService,
    MetricsPlugin,
    { provide: APP_INTERCEPTOR, useClass: ResolverMetricsInterceptor },
  ],
  exports: [MetricsService],
})
export class MetricsModule {}
