import {
  partnershipSideMay,
  partnershipTransition,
  type OrganisationRole,
  type PartnershipAction,
  type PartnershipSide,
  type PartnershipStatus,
} from '@oip/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';

/** Who looks at a partnership: the person and their role in each of its two organisations. */
export interface PartnershipViewer {
  user: AuthUser | null;
  initiatorRole: OrganisationRole | null;
  recipientRole: OrganisationRole | null;
}

const isStaff = (user: AuthUser | null) => user?.role === 'admin' || user?.role === 'moderator';
const actsFor = (role: OrganisationRole | null) => role === 'owner' || role === 'admin';

/** The sides the viewer acts for: the organisations where they are an owner or admin. */
function sidesOf(viewer: PartnershipViewer): PartnershipSide[] {
  return [
    ...(actsFor(viewer.initiatorRole) ? (['initiator'] as const) : []),
    ...(actsFor(viewer.recipientRole) ? (['recipient'] as const) : []),
  ];
}

/**
 * Who may see and do what with partnerships and project groups, in one place. Owners and admins
 * of an organisation act for it; its other members read; moderators and platform admins read
 * (they never act for an organisation); anyone else gets NOT_FOUND (a partnership's existence
 * is confidential).
 */
export const partnershipPolicy = {
  canSee(viewer: PartnershipViewer): boolean {
    return isStaff(viewer.user) || viewer.initiatorRole !== null || viewer.recipientRole !== null;
  },

  see(viewer: PartnershipViewer): void {
    if (!partnershipPolicy.canSee(viewer)) throw new AppError('NOT_FOUND');
  },

  canPerform(
    partnership: { status: PartnershipStatus },
    viewer: PartnershipViewer,
    action: PartnershipAction,
  ): boolean {
    return (
      sidesOf(viewer).some((side) => partnershipSideMay(side, action)) &&
      partnershipTransition(partnership.status, action) !== null
    );
  },

  /**
   * not visible → NOT_FOUND; not an owner/admin of the side the action belongs to → FORBIDDEN;
   * wrong status → PARTNERSHIP_NOT_PROPOSED (decisions) or PARTNERSHIP_NOT_ACTIVE (conclude).
   * Returns the status the action leads to.
   */
  perform(
    partnership: { status: PartnershipStatus },
    viewer: PartnershipViewer,
    action: PartnershipAction,
  ): PartnershipStatus {
    partnershipPolicy.see(viewer);
    if (!sidesOf(viewer).some((side) => partnershipSideMay(side, action)))
      throw new AppError('FORBIDDEN');
    const to = partnershipTransition(partnership.status, action);
    if (to === null)
      throw new AppError(
        action === 'conclude' ? 'PARTNERSHIP_NOT_ACTIVE' : 'PARTNERSHIP_NOT_PROPOSED',
        {
          status: partnership.status,
        },
      );
    return to;
  },

  viewerCan(partnership: { status: PartnershipStatus }, viewer: PartnershipViewer) {
    return {
      decide: partnershipPolicy.canPerform(partnership, viewer, 'accept'),
      withdraw: partnershipPolicy.canPerform(partnership, viewer, 'withdraw'),
      conclude: partnershipPolicy.canPerform(partnership, viewer, 'conclude'),
    };
  },

  /** Expressing interest or forming a project group on behalf of an organisation. */
  actFor(role: OrganisationRole | null): void {
    if (!actsFor(role)) throw new AppError('FORBIDDEN');
  },

  /** An organisation's partnerships and project groups: its members only. */
  readOrganisation(role: OrganisationRole | null): void {
    if (role === null) throw new AppError('FORBIDDEN');
  },
};
