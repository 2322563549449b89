import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { SessionAuthGuard } from '../../common/auth/session-auth.guard';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { ConsentsService } from './consents.service';
import { AccountTokenEntity } from './entities/account-token.entity';
import { ConsentEntity } from './entities/consent.entity';
import { LoginAttemptEntity } from './entities/login-attempt.entity';
import { SessionEntity } from './entities/session.entity';
import { UserAccountEntity } from './entities/user-account.entity';
import { LoginThrottleService } from './login-throttle.service';
import { SessionsService } from './sessions.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      UserAccountEntity,
      SessionEntity,
      AccountTokenEntity,
      ConsentEntity,
      LoginAttemptEntity,
    ]),
  ],
  providers: [
    AccountsService,
    SessionsService,
    ConsentsService,
    LoginThrottleService,
    AccountsResolver,
    // secure by default, for every resolver and controller of the app
    { provide: APP_GUARD, useClass: SessionAuthGuard },
  ],
  exports: [SessionsService, AccountsService],
})
export class AccountsModule {}
