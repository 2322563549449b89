import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../../common/auth/auth-user';
import type { FileEntity } from './entities/file.entity';

/**
 * How a feature that owns files (`file.owner_type`) decides who may download or delete one.
 * Both throw an AppError to refuse: NOT_FOUND when the caller may not know the file exists
 * (the rule for anything confidential), FORBIDDEN when they may see it but not do this.
 */
export interface FileOwnerPolicy {
  readonly ownerType: string;
  /** Called before the bytes are sent; may record the access (e.g. confidential reads). */
  authorizeDownload(user: AuthUser | null, file: FileEntity): Promise<void>;
  /** Called inside the deleting transaction, before the row goes. */
  authorizeDelete(user: AuthUser, file: FileEntity): Promise<void>;
}

/**
 * The policies of the features that own files, registered at start-up (`onModuleInit`).
 * A file whose owner type has no policy is not found: nothing is served by default.
 */
@Injectable()
export class FileOwners {
  private readonly policies = new Map<string, FileOwnerPolicy>();

  register(policy: FileOwnerPolicy): void {
    if (this.policies.has(policy.ownerType))
      throw new Error(`File owner type already registered: ${policy.ownerType}`);
    this.policies.set(policy.ownerType, policy);
  }

  policyOf(ownerType: string): FileOwnerPolicy | null {
    return this.policies.get(ownerType) ?? null;
  }
}
