import type { OrganisationRole } from '@oip/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';

/** The roles in an organisation that edit it and manage its members (and hear of join requests). */
export const MEMBER_MANAGER_ROLES: readonly OrganisationRole[] = ['owner', 'admin'];

/**
 * Who may do what to an organisation, in one place. `role` is the person's role in that
 * organisation (null when not a member). Platform admins may do anything; moderators verify.
 */
export const organisationPolicy = {
  create(user: AuthUser) {
    if (!user.emailVerified) throw new AppError('EMAIL_NOT_VERIFIED');
  },
  edit(user: AuthUser, role: OrganisationRole | null) {
    if (user.role !== 'admin' && !(role && MEMBER_MANAGER_ROLES.includes(role)))
      throw new AppError('FORBIDDEN');
  },
  manageMembers(user: AuthUser, role: OrganisationRole | null) {
    organisationPolicy.edit(user, role);
  },
  /** Only owners hand over ownership or appoint owners. */
  manageOwners(user: AuthUser, role: OrganisationRole | null) {
    if (user.role !== 'admin' && role !== 'owner') throw new AppError('FORBIDDEN');
  },
  /** Deactivating and reactivating: the owners, moderators and platform admins. */
  setActive(user: AuthUser, role: OrganisationRole | null) {
    if (user.role !== 'admin' && user.role !== 'moderator' && role !== 'owner')
      throw new AppError('FORBIDDEN');
  },
  verify(user: AuthUser) {
    if (user.role !== 'admin' && user.role !== 'moderator') throw new AppError('FORBIDDEN');
  },
};
