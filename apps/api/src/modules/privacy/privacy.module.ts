import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { PrivacyController } from './privacy.controller';
import { PrivacyResolver } from './privacy.resolver';
import { PrivacyService } from './privacy.service';

/** GDPR rights: the data export, account erasure, the consent step. */
@Module({
  imports: [AccountsModule],
  controllers: [PrivacyController],
  providers: [PrivacyService, PrivacyResolver],
})
export class PrivacyModule {}
