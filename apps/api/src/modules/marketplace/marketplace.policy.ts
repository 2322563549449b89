import {
  EDITABLE_MARKETPLACE_STATUSES,
  PUBLIC_MARKETPLACE_STATUSES,
  type MarketplaceStatus,
  type OrganisationRole,
} from '@oip/domain';
import { Brackets, type SelectQueryBuilder, type WhereExpressionBuilder } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';

/** Who looks at an offer or request: the person (null: anonymous) and their role in its owner. */
export interface MarketplaceViewer {
  user: AuthUser | null;
  ownerRole: OrganisationRole | null;
}

/** The lifecycle's moves; `delete` removes a draft that was never published. */
export type MarketplaceTransition = 'publish' | 'renew' | 'archive';
export type MarketplaceAction = MarketplaceTransition | 'delete';

/** The lifecycle: from which statuses each action may start. */
const FROM: Record<MarketplaceAction, readonly MarketplaceStatus[]> = {
  publish: ['draft'],
  renew: ['published', 'expired'],
  archive: ['published', 'expired'],
  delete: ['draft'],
};

const isStaff = (user: AuthUser | null) => user?.role === 'admin' || user?.role === 'moderator';
const isOwnerAdmin = (viewer: MarketplaceViewer) =>
  viewer.ownerRole === 'owner' || viewer.ownerRole === 'admin';

/**
 * Who may see and do what to technology offers and collaboration requests, in one place.
 * Published and expired items are public (anonymous too); drafts are seen by the owning
 * organisation's members and the moderators; archived items by the owning organisation only.
 * What the viewer may not see is NOT_FOUND (its existence does not leak). Only the owner's
 * owners and admins write. `visibleWhere` is `canSee` in SQL: keep the two in step.
 */
export const marketplacePolicy = {
  canSee(item: { status: MarketplaceStatus }, viewer: MarketplaceViewer): boolean {
    if (PUBLIC_MARKETPLACE_STATUSES.includes(item.status) || viewer.ownerRole) return true;
    return item.status === 'draft' && isStaff(viewer.user);
  },

  see(item: { status: MarketplaceStatus }, viewer: MarketplaceViewer): void {
    if (!marketplacePolicy.canSee(item, viewer)) throw new AppError('NOT_FOUND');
  },

  create(user: AuthUser, role: OrganisationRole | null): void {
    if (role !== 'owner' && role !== 'admin') throw new AppError('FORBIDDEN');
    if (!user.emailVerified) throw new AppError('EMAIL_NOT_VERIFIED');
  },

  canEdit(item: { status: MarketplaceStatus }, viewer: MarketplaceViewer): boolean {
    return isOwnerAdmin(viewer) && EDITABLE_MARKETPLACE_STATUSES.includes(item.status);
  },

  edit(item: { status: MarketplaceStatus }, viewer: MarketplaceViewer): void {
    marketplacePolicy.see(item, viewer);
    if (!isOwnerAdmin(viewer)) throw new AppError('FORBIDDEN');
    if (!EDITABLE_MARKETPLACE_STATUSES.includes(item.status))
      throw new AppError('MARKETPLACE_NOT_EDITABLE', { status: item.status });
  },

  canPerform(
    item: { status: MarketplaceStatus },
    viewer: MarketplaceViewer,
    action: MarketplaceAction,
  ): boolean {
    return isOwnerAdmin(viewer) && FROM[action].includes(item.status);
  },

  /** not visible → NOT_FOUND; not the owner's admin → FORBIDDEN; wrong status → INVALID_TRANSITION. */
  perform(
    item: { status: MarketplaceStatus },
    viewer: MarketplaceViewer,
    action: MarketplaceAction,
  ): void {
    marketplacePolicy.see(item, viewer);
    if (!isOwnerAdmin(viewer)) throw new AppError('FORBIDDEN');
    if (!FROM[action].includes(item.status))
      throw new AppError('MARKETPLACE_INVALID_TRANSITION', { status: item.status, action });
  },

  viewerCan(item: { status: MarketplaceStatus }, viewer: MarketplaceViewer) {
    return {
      edit: marketplacePolicy.canEdit(item, viewer),
      publish: marketplacePolicy.canPerform(item, viewer, 'publish'),
      renew: marketplacePolicy.canPerform(item, viewer, 'renew'),
      archive: marketplacePolicy.canPerform(item, viewer, 'archive'),
      delete: marketplacePolicy.canPerform(item, viewer, 'delete'),
    };
  },

  /** `canSee` in SQL, for lists: `alias` is the offer or request table's alias. */
  visibleWhere<T extends object>(
    query: SelectQueryBuilder<T>,
    alias: string,
    user: AuthUser | null,
  ): SelectQueryBuilder<T> {
    const member = `EXISTS (SELECT 1 FROM membership vm WHERE vm.organisation_id = ${alias}.organisation_id AND vm.user_id = :viewerId)`;
    return query.andWhere(
      new Brackets((q: WhereExpressionBuilder) => {
        q.where(`${alias}.status IN ('published', 'expired')`);
        if (isStaff(user)) q.orWhere(`${alias}.status = 'draft'`);
        if (user) q.orWhere(member, { viewerId: user.id });
      }),
    );
  },
};
