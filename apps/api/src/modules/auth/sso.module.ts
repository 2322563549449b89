import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { UserAccountEntity } from '../accounts/entities/user-account.entity';
import { OidcIdentityEntity } from './entities/oidc-identity.entity';
import { OidcLoginFlowEntity } from './entities/oidc-login-flow.entity';
import { OidcModule } from './oidc/oidc.module';
import { SsoController } from './sso.controller';
import { SsoResolver } from './sso.resolver';
import { SsoService } from './sso.service';

/** Single sign-on: /auth/oidc/start and /auth/oidc/callback, and the `ssoProvider` query. */
@Module({
  imports: [
    OidcModule,
    AccountsModule,
    TypeOrmModule.forFeature([OidcIdentityEntity, OidcLoginFlowEntity, UserAccountEntity]),
  ],
  controllers: [SsoController],
  providers: [SsoService, SsoResolver],
  exports: [SsoService],
})
export class SsoModule {}
