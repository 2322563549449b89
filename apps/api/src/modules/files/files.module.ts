import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FileEntity } from './entities/file.entity';
import { FileOwners } from './file-owners';
import { FilesController } from './files.controller';
import { FilesService } from './files.service';

/**
 * Generic stored files (table `file`): upload vetting, download and deletion at /api/files/:id.
 * A feature that owns files keeps a link table, registers a FileOwnerPolicy with FileOwners
 * and calls FilesService.store; challenge attachments are the first (challenge-brief module).
 */
@Module({
  imports: [TypeOrmModule.forFeature([FileEntity])],
  controllers: [FilesController],
  providers: [FilesService, FileOwners],
  exports: [FilesService, FileOwners],
})
export class FilesModule {}
