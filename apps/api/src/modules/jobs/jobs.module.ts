import { Global, Module } from '@nestjs/common';
import { JobScheduler } from './job-scheduler';

/** Global: any feature injects JobScheduler and registers its queues at init (decision 0012). */
@Global()
@Module({ providers: [JobScheduler], exports: [JobScheduler] })
export class JobsModule {}
