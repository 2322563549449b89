import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserAccountEntity } from '../accounts/entities/user-account.entity';
import { AvatarController } from './avatar.controller';
import { PersonProfileEntity } from './entities/person-profile.entity';
import { PeopleDirectory } from './people.directory';
import { PeopleLoaders } from './people.loaders';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';

/**
 * People: profiles (GraphQL `Person`, wherever it appears), the directory, editing one's own
 * profile, and the avatar (REST, /api/me/avatar).
 */
@Module({
  imports: [TypeOrmModule.forFeature([PersonProfileEntity, UserAccountEntity])],
  controllers: [AvatarController],
  providers: [PeopleService, PeopleDirectory, PeopleLoaders, PeopleResolver],
  exports: [PeopleService, PeopleLoaders],
})
export class PeopleModule {}
