import { SubmissionsModule } from './modules/submissions/submissions.module';
import { MarketplaceModule } from './modules/marketplace/marketplace.module';
import { EvaluationModule } from './modules/evaluation/evaluation.module';
import { ChallengesModule } from './modules/challenges/challenges.module';
import { MatchmakingModule } from './modules/matchmaking/matchmaking.module';
import { PartnershipsModule } from './modules/partnerships/partnerships.module';
import { ChallengeBriefModule } from './modules/challenge-brief/challenge-brief.module';
import { ChallengeQuestionsModule } from './modules/challenge-questions/challenge-questions.module';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { formatError } from './common/errors/format-error';
import { createGraphQLContext } from './common/graphql/context';
import { ErrorsPlugin } from './common/graphql/errors.plugin';
import { QueryLimitsPlugin } from './common/graphql/query-limits.plugin';
import { AppErrorHttpFilter } from './common/http/app-error.filter';
import { ClockModule } from './common/time/clock';
import { ConfigModule } from './config/config.module';
import type { AppConfig } from './config/env';
import { dataSourceOptions } from './database/data-source';
import { AccountsModule } from './modules/accounts/accounts.module';
import { AdministrationModule } from './modules/administration/administration.module';
import { AuditModule } from './modules/audit/audit.module';
import { OidcModule } from './modules/auth/oidc/oidc.module';
import { SsoModule } from './modules/auth/sso.module';
import { OrganisationsModule } from './modules/organisations/organisations.module';
import { PeopleModule } from './modules/people/people.module';
import { HealthModule } from './modules/health/health.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { MailModule } from './modules/mail/mail.module';
import { MetricsModule } from './modules/metrics/metrics.module';
import { PrivacyModule } from './modules/privacy/privacy.module';
import { StorageModule } from './modules/storage/storage.module';
import { IndicatorsModule } from './modules/indicators/indicators.module';
import { RoomsModule } from './modules/rooms/rooms.module';
import { TaxonomiesModule } from './modules/taxonomies/taxonomies.module';

/** Feature modules: a new feature adds its module here (see docs/ADDING-A-FEATURE.md). */
export const FEATURE_MODULES = [
  TaxonomiesModule,
  IndicatorsModule,
  AccountsModule,
  OrganisationsModule,
  SsoModule,
  PrivacyModule,
  PeopleModule,
  ChallengesModule,
  AdministrationModule,
  SubmissionsModule,
  // challenge Q&A, confidential brief and attachments
  ChallengeQuestionsModule,
  ChallengeBriefModule,
  EvaluationModule,
  MarketplaceModule,
  MatchmakingModule,
  // from a match to a partnership; opens private rooms through the rooms module
  PartnershipsModule,
  // real-time rooms: GraphQL here, socket.io attached by createApp
  RoomsModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, logger),
        TypeOrmModule.forRoot(
          dataSourceOptions({ url: config.DATABASE_URL, poolSize: config.DB_POOL_SIZE }),
        ),
        GraphQLModule.forRoot<ApolloDriverConfig>(graphqlOptions(config)),
        ClockModule,
        MetricsModule,
        HealthModule,
        MailModule,
        StorageModule,
        AuditModule,
        JobsModule,
        OidcModule,
        ...FEATURE_MODULES,
      ],
      providers: [
        QueryLimitsPlugin,
        ErrorsPlugin,
        // AppError from REST controllers → JSON with the code's HTTP status
        { provide: APP_FILTER, useClass: AppErrorHttpFilter },
      ],
    };
  }
}

export function graphqlOptions(config: Pick<AppConfig, 'introspection'>): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: false,
    introspection: config.introspection,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true, // no "Did you mean …" hints about the schema
    // Apollo stops with the HTTP server, not before it: requests in flight during a graceful
    // shutdown still get answers.
    stopOnApplicationShutdown: true,
    nodeEnv: 'production', // Apollo's dev extras (stack traces, landing page) stay off
    formatError,
    // no HTTP caching of GraphQL responses: skip Apollo's per-field cache-hint bookkeeping
    plugins: [
      ApolloServerPluginCacheControlDisabled() as NonNullable<
        ApolloDriverConfig['plugins']
      >[number],
    ],
    context: (req: FastifyRequest, reply: FastifyReply) => createGraphQLContext(req, reply),
  };
}
