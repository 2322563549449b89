import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserAccountEntity } from '../accounts/entities/user-account.entity';
import { AdministrationResolver } from './administration.resolver';
import { PlatformAccountsDirectory } from './platform-accounts.directory';
import { PlatformRolesService } from './platform-roles.service';

/** Platform administration: the list of accounts and their platform roles (admins only). */
@Module({
  imports: [TypeOrmModule.forFeature([UserAccountEntity])],
  providers: [PlatformAccountsDirectory, PlatformRolesService, AdministrationResolver],
})
export class AdministrationModule {}
