import { Global, Module } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { ImageService } from './image.service';
import { DEFAULT_UPLOADS_DIR, LocalDiskStorage } from './local-disk.storage';
import { FILE_STORAGE } from './storage';
import { UploadsController } from './uploads.controller';

/**
 * Uploaded files: FILE_STORAGE (local disk under UPLOADS_DIR today; an S3 implementation of
 * FileStorage can replace it here), ImageService to vet and re-encode images, and
 * GET /uploads/:folder/:file to serve them. Global: any feature can inject both.
 */
@Global()
@Module({
  controllers: [UploadsController],
  providers: [
    {
      provide: FILE_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new LocalDiskStorage(config.UPLOADS_DIR ?? DEFAULT_UPLOADS_DIR),
    },
    ImageService,
  ],
  exports: [FILE_STORAGE, ImageService],
})
export class StorageModule {}
