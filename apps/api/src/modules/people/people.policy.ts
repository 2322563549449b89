import { DEFAULT_PROFILE_VISIBILITY, type ProfileVisibility } from '@oip/domain';
import type { AuthUser } from '../../common/auth/auth-user';

/** Who may see whose profile, in one place. */
export const peoplePolicy = {
  /**
   * PUBLIC profiles are seen by anyone, MEMBERS profiles by signed-in people only; a person
   * without a profile row has the default visibility (MEMBERS).
   */
  canSee(visibility: ProfileVisibility | null | undefined, viewer: AuthUser | null): boolean {
    return (visibility ?? DEFAULT_PROFILE_VISIBILITY) === 'public' || viewer !== null;
  },
};
