import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DevMailboxController } from './dev-mailbox.controller';
import { DevOutboxService } from './dev-outbox.service';
import { DevMailEntity } from './entities/dev-mail.entity';
import { MailService } from './mail.service';

/** Global: any feature can inject MailService without importing this module. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([DevMailEntity])],
  controllers: [DevMailboxController],
  providers: [MailService, DevOutboxService],
  exports: [MailService],
})
export class MailModule {}
