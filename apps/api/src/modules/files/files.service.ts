import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { isUuid } from '../../common/ids';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { FILE_STORAGE, newStorageKey, type FileStorage } from '../storage/storage';
import { safeFileName, sniffAttachmentType } from './attachment-type';
import { FileEntity } from './entities/file.entity';
import { FileOwners } from './file-owners';

export interface UploadedFile {
  data: Buffer;
  filename: string;
}

/** Where a file is downloaded from (GET /api/files/:id). */
export const fileUrlOf = (id: string) => `/api/files/${id}`;

/**
 * Stored files: vetting (type sniffed from the bytes, size), the bytes in the FileStorage
 * under a random key, the `file` row, download and deletion through the owning feature's
 * FileOwnerPolicy. Features link files to their own rows in the same transaction (`store`).
 */
@Injectable()
export class FilesService {
  readonly maxBytes: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'ATTACHMENT_MAX_BYTES'>,
    private readonly owners: FileOwners,
  ) {
    this.maxBytes = config.ATTACHMENT_MAX_BYTES;
  }

  /**
   * Vets and stores an upload, then runs `link` (the owner's own row) in the same transaction
   * as the `file` row. The bytes are written first; if the transaction fails they are removed.
   */
  async store(
    user: AuthUser,
    ownerType: string,
    upload: UploadedFile,
    link: (manager: EntityManager, file: FileEntity) => Promise<void>,
  ): Promise<FileEntity> {
    if (upload.data.length > this.maxBytes)
      throw new AppError('FILE_TOO_LARGE', { maxBytes: this.maxBytes });
    const contentType = await sniffAttachmentType(upload.data);
    const storageKey = newStorageKey('files', 'bin');
    await this.storage.put(storageKey, upload.data, 'application/octet-stream');
    try {
      return await this.dataSource.transaction(async (manager) => {
        const file = await manager.getRepository(FileEntity).save(
          manager.create(FileEntity, {
            ownerType,
            storageKey,
            name: safeFileName(upload.filename, contentType),
            contentType,
            size: upload.data.length,
            uploadedBy: user.id,
          }),
        );
        await link(manager, file);
        return file;
      });
    } catch (error) {
      await this.storage.delete(storageKey);
      throw error;
    }
  }

  /** The file and its bytes, once its owner's policy allows the caller; else NOT_FOUND. */
  async download(user: AuthUser | null, id: string): Promise<{ file: FileEntity; data: Buffer }> {
    const file = await this.find(id);
    await this.policyOf(file).authorizeDownload(user, file);
    const stored = await this.storage.get(file.storageKey);
    if (!stored) throw new AppError('NOT_FOUND');
    return { file, data: stored.data };
  }

  /** Deletes the row (the owner's link cascades) and then the bytes. */
  async remove(user: AuthUser, id: string): Promise<void> {
    const file = await this.find(id);
    await this.policyOf(file).authorizeDelete(user, file);
    await this.dataSource.getRepository(FileEntity).delete({ id: file.id });
    await this.storage.delete(file.storageKey);
  }

  async findByIds(ids: readonly string[]): Promise<FileEntity[]> {
    const valid = ids.filter(isUuid);
    return valid.length ? this.dataSource.getRepository(FileEntity).findBy({ id: In(valid) }) : [];
  }

  private async find(id: string): Promise<FileEntity> {
    const file = isUuid(id)
      ? await this.dataSource.getRepository(FileEntity).findOneBy({ id })
      : null;
    if (!file) throw new AppError('NOT_FOUND');
    return file;
  }

  private policyOf(file: FileEntity) {
    const policy = this.owners.policyOf(file.ownerType);
    if (!policy) throw new AppError('NOT_FOUND');
    return policy;
  }
}
