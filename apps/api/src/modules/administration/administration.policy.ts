import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';

/** Who may administer the platform's accounts, in one place. */
export const administrationPolicy = {
  /** Listing every account and granting or revoking platform roles: platform admins only. */
  administerAccounts(user: AuthUser) {
    if (user.role !== 'admin') throw new AppError('FORBIDDEN');
  },
};
