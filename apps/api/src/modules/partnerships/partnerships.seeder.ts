import { In, type EntityManager } from 'typeorm';
import type { Seeder } from '../../database/seeds/seeder';
import {
  DEMO_OFFERS,
  DEMO_REQUESTS,
  demoOrganisationId,
} from '../marketplace/marketplace.seed-data';
import { RoomOrganisationEntity } from '../rooms/entities/room-organisation.entity';
import { RoomEntity } from '../rooms/entities/room.entity';
import { PartnershipMessageEntity } from './entities/partnership-message.entity';
import { PartnershipEntity } from './entities/partnership.entity';
import {
  DEMO_PARTNERSHIPS,
  demoMessageId,
  demoPartnershipId,
  demoRoomId,
} from './partnerships.seed-data';

const DAY = 86_400_000;

/**
 * Demo partnerships (after the marketplace, whose items they are about): proposed, active with
 * its room, concluded with its room, declined with a reason. Authors are the organisations'
 * first owners or admins.
 */
export const partnershipsSeeder: Seeder = {
  name: 'partnerships',

  async run(manager: EntityManager) {
    const writers: { organisation_id: string; user_id: string }[] = await manager.query(
      `SELECT organisation_id, user_id FROM membership
        WHERE role IN ('owner', 'admin') ORDER BY role DESC, user_id`,
    );
    const writerOf = (organisation: number) =>
      writers.find((row) => row.organisation_id === demoOrganisationId(organisation))?.user_id ??
      null;
    const titles = new Map(
      [...DEMO_OFFERS, ...DEMO_REQUESTS].map((item) => [
        item.id,
        { it: item.it.title, en: item.en.title },
      ]),
    );
    const now = Date.now();
    const daysAgo = (days: number | undefined) =>
      days === undefined ? null : new Date(now - days * DAY);
    let rows = 0;
    for (const demo of DEMO_PARTNERSHIPS) {
      const initiator = demoOrganisationId(demo.initiator);
      const recipient = demoOrganisationId(demo.recipient);
      const title = titles.get(demo.itemId)!;
      const opened = demo.decidedDaysAgo !== undefined && demo.status !== 'declined';
      const roomId = opened ? demoRoomId(demo.n) : null;
      if (roomId) {
        await manager.getRepository(RoomEntity).upsert(
          {
            id: roomId,
            kind: 'partnership',
            title: title.it,
            createdAt: daysAgo(demo.decidedDaysAgo)!,
          },
          ['id'],
        );
        await manager
          .createQueryBuilder()
          .insert()
          .into(RoomOrganisationEntity)
          .values([initiator, recipient].map((organisationId) => ({ roomId, organisationId })))
          .orIgnore()
          .execute();
        rows += 3;
      }
      const decider =
        demo.status === 'withdrawn' ? writerOf(demo.initiator) : writerOf(demo.recipient);
      await manager.getRepository(PartnershipEntity).upsert(
        {
          id: demoPartnershipId(demo.n),
          initiatorOrganisationId: initiator,
          recipientOrganisationId: recipient,
          itemType: demo.itemType,
          itemId: demo.itemId,
          itemTitleIt: title.it,
          itemTitleEn: title.en,
          status: demo.status,
          createdBy: writerOf(demo.initiator),
          declineReason: demo.declineReason ?? null,
          decidedBy: demo.decidedDaysAgo === undefined ? null : decider,
          decidedAt: daysAgo(demo.decidedDaysAgo),
          concludedBy: demo.concludedDaysAgo === undefined ? null : writerOf(demo.recipient),
          concludedAt: daysAgo(demo.concludedDaysAgo),
          roomId,
          createdAt: daysAgo(demo.createdDaysAgo)!,
        },
        ['id'],
      );
      await manager.getRepository(PartnershipMessageEntity).upsert(
        demo.messages.map(([organisation, body], index) => ({
          id: demoMessageId(demo.n * 10 + index),
          partnershipId: demoPartnershipId(demo.n),
          organisationId: demoOrganisationId(organisation),
          authorId: writerOf(organisation),
          body,
          createdAt: daysAgo(demo.createdDaysAgo)!,
        })),
        ['id'],
      );
      rows += 1 + demo.messages.length;
    }
    return rows;
  },

  async reset(manager: EntityManager) {
    await manager
      .getRepository(PartnershipEntity)
      .delete({ id: In(DEMO_PARTNERSHIPS.map((demo) => demoPartnershipId(demo.n))) });
    await manager
      .getRepository(RoomEntity)
      .delete({ id: In(DEMO_PARTNERSHIPS.map((demo) => demoRoomId(demo.n))) });
  },
};
