import { Module } from '@nestjs/common';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig } from '../../../config/env';
import { OidcClient } from './oidc.client';

/**
 * Provides the OpenID Connect client built from OIDC_* configuration. Always provided: when SSO
 * is not configured `OidcClient.enabled` is false. Creating it contacts no provider (discovery
 * happens on the first login).
 */
@Module({
  providers: [
    {
      provide: OidcClient,
      useFactory: (config: AppConfig) => OidcClient.fromConfig(config),
      inject: [APP_CONFIG],
    },
  ],
  exports: [OidcClient],
})
export class OidcModule {}
