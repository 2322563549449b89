import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MembershipEntity } from './entities/membership.entity';
import { OrganisationEntity } from './entities/organisation.entity';
import { OrganisationsDirectory } from './organisations.directory';
import { OrganisationLoaders } from './organisations.loaders';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [TypeOrmModule.forFeature([OrganisationEntity, MembershipEntity])],
  providers: [
    OrganisationsService,
    OrganisationsDirectory,
    OrganisationLoaders,
    OrganisationsResolver,
  ],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
