import type { ErrorCode } from '@oip/domain';
import { AppError } from './app-error';

/**
 * Collects a stable error code per invalid field, then fails once with all of them:
 * VALIDATION_FAILED with `extensions.fields = { email: 'EMAIL_INVALID', … }`, which forms
 * show translated next to each field.
 */
export class FieldErrors {
  private readonly fields: Record<string, ErrorCode> = {};

  add(field: string, code: ErrorCode): this {
    this.fields[field] ??= code;
    return this;
  }

  check(field: string, valid: boolean, code: ErrorCode): this {
    return valid ? this : this.add(field, code);
  }

  throwIfAny(): void {
    if (Object.keys(this.fields).length)
      throw new AppError('VALIDATION_FAILED', { fields: this.fields });
  }
}
