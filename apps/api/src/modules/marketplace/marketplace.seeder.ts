import { DEFAULT_MARKETPLACE_EXPIRY_MONTHS } from '@oip/domain';
import { In, type EntityManager } from 'typeorm';
import type { Seeder } from '../../database/seeds/seeder';
import { CollaborationRequestEntity } from './entities/collaboration-request.entity';
import { TechnologyOfferEntity } from './entities/technology-offer.entity';
import {
  DEMO_OFFERS,
  DEMO_REQUESTS,
  demoOrganisationId,
  type DemoOffer,
  type DemoRequest,
} from './marketplace.seed-data';
import { addMonths } from './marketplace.service';

const DAY = 86_400_000;

/**
 * Technology offers by the demo research organisations and startups, collaboration requests by
 * the demo companies (after organisations). Authors and contact persons are the organisations'
 * owners and admins. Published items get their expiry job when the API starts.
 */
export const marketplaceSeeder: Seeder = {
  name: 'marketplace',

  async run(manager: EntityManager) {
    const people: { organisation_id: string; user_id: string }[] = await manager.query(
      `SELECT organisation_id, user_id FROM membership
        WHERE role IN ('owner', 'admin') ORDER BY role DESC, user_id`,
    );
    const writersOf = (organisation: number) =>
      people
        .filter((row) => row.organisation_id === demoOrganisationId(organisation))
        .map((row) => row.user_id);
    const now = Date.now();
    const shared = (demo: DemoOffer | DemoRequest) => {
      const publishedAt =
        demo.status === 'draft' ? null : new Date(now - demo.publishedDaysAgo * DAY);
      return {
        id: demo.id,
        organisationId: demoOrganisationId(demo.organisation),
        createdBy: writersOf(demo.organisation)[0] ?? null,
        status: demo.status,
        titleIt: demo.it.title,
        titleEn: demo.en.title,
        descriptionIt: demo.it.description,
        descriptionEn: demo.en.description,
        s3Ecosystems: demo.s3Ecosystems,
        atecoSections: demo.atecoSections,
        tags: demo.tags,
        partnershipTypes: demo.partnershipTypes,
        publishedAt,
        expiresAt:
          publishedAt && demo.status !== 'archived'
            ? addMonths(publishedAt, DEFAULT_MARKETPLACE_EXPIRY_MONTHS)
            : null,
      };
    };
    await manager.getRepository(TechnologyOfferEntity).upsert(
      DEMO_OFFERS.map((demo) => ({
        ...shared(demo),
        trl: demo.trl,
        ipStatus: demo.ipStatus,
        contactPersonIds: writersOf(demo.organisation).slice(0, 2),
      })),
      ['id'],
    );
    await manager.getRepository(CollaborationRequestEntity).upsert(
      DEMO_REQUESTS.map((demo) => ({
        ...shared(demo),
        partnerKinds: demo.partnerKinds,
        trlMin: demo.trlMin,
        trlMax: demo.trlMax,
        acceptsLowerTrl: demo.acceptsLowerTrl,
        budgetBand: demo.budgetBand,
      })),
      ['id'],
    );
    return DEMO_OFFERS.length + DEMO_REQUESTS.length;
  },

  async reset(manager: EntityManager) {
    await manager
      .getRepository(TechnologyOfferEntity)
      .delete({ id: In(DEMO_OFFERS.map((demo) => demo.id)) });
    await manager
      .getRepository(CollaborationRequestEntity)
      .delete({ id: In(DEMO_REQUESTS.map((demo) => demo.id)) });
  },
};
