import { In, type EntityManager } from 'typeorm';
import type { Seeder } from '../../database/seeds/seeder';
import { UserAccountEntity } from '../accounts/entities/user-account.entity';
import { MembershipEntity } from './entities/membership.entity';
import { OrganisationEntity } from './entities/organisation.entity';
import { DEMO_ORGANISATIONS } from './organisations.seed-data';

/** Organisations of every kind across the Lombard provinces, with their members (after accounts). */
export const organisationsSeeder: Seeder = {
  name: 'organisations',

  async run(manager: EntityManager) {
    const organisations = manager.getRepository(OrganisationEntity);
    // parents before children: the list is ordered that way
    for (const demo of DEMO_ORGANISATIONS) {
      await organisations.upsert(
        {
          id: demo.id,
          kind: demo.kind,
          legalName: demo.legalName,
          displayName: demo.displayName,
          vatNumber: demo.vatNumber,
          website: demo.website ?? null,
          country: 'IT',
          region: 'Lombardia',
          province: demo.province,
          sizeBand: demo.sizeBand,
          atecoSection: demo.atecoSection,
          s3Ecosystems: demo.s3Ecosystems,
          competences: demo.competences,
          trlMin: demo.trl?.[0] ?? null,
          trlMax: demo.trl?.[1] ?? null,
          descriptionIt: demo.it,
          descriptionEn: demo.en,
          parentId: demo.parentId ?? null,
          verifiedAt: demo.verified ? new Date() : null,
        },
        ['id'],
      );
    }
    const emails = [
      ...new Set(DEMO_ORGANISATIONS.flatMap((demo) => demo.members.map(([email]) => email))),
    ];
    const people = await manager.getRepository(UserAccountEntity).findBy({ email: In(emails) });
    const idOf = new Map(people.map((person) => [person.email, person.id]));
    const memberships = DEMO_ORGANISATIONS.flatMap((demo) =>
      demo.members.flatMap(([email, role]) => {
        const userId = idOf.get(email);
        return userId ? [{ organisationId: demo.id, userId, role }] : [];
      }),
    );
    await manager.getRepository(MembershipEntity).upsert(memberships, ['organisationId', 'userId']);
    return DEMO_ORGANISATIONS.length + memberships.length;
  },

  async reset(manager: EntityManager) {
    // children first (the parent link is ON DELETE SET NULL, but keep it tidy); memberships cascade
    await manager
      .getRepository(OrganisationEntity)
      .delete({ id: In(DEMO_ORGANISATIONS.map((demo) => demo.id).reverse()) });
  },
};
