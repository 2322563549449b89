import { Injectable } from '@nestjs/common';
import type { PartnershipItemType } from '@oip/domain';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { ChallengesService } from '../challenges/challenges.service';
import { MarketplaceService } from '../marketplace/marketplace.service';

/** What a partnership needs to know of its item. */
export interface PartnershipItem {
  ownerOrganisationId: string;
  titleIt: string;
  titleEn: string;
}

/**
 * The items partnerships are about, read through their own features' visibility rules. An item
 * that does not exist, that the caller may not see or that is not published is one answer:
 * PARTNERSHIP_ITEM_NOT_AVAILABLE (which of the three does not leak).
 */
@Injectable()
export class PartnershipItems {
  constructor(
    private readonly challenges: ChallengesService,
    private readonly marketplace: MarketplaceService,
  ) {}

  async available(
    user: AuthUser,
    type: PartnershipItemType,
    id: string,
    manager: EntityManager,
  ): Promise<PartnershipItem> {
    const item = await this.find(user, type, id, manager).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
      throw error;
    });
    if (!item || item.status !== 'published') throw new AppError('PARTNERSHIP_ITEM_NOT_AVAILABLE');
    // a title may be written in one language only: show the other one rather than nothing
    return {
      ownerOrganisationId: item.organisationId,
      titleIt: item.titleIt || item.titleEn,
      titleEn: item.titleEn || item.titleIt,
    };
  }

  private async find(
    user: AuthUser,
    type: PartnershipItemType,
    id: string,
    manager: EntityManager,
  ) {
    if (type === 'challenge')
      return (await this.challenges.findVisible(user, id, manager)).challenge;
    return (await this.marketplace.findVisible(user, type, id, manager)).item;
  }
}
