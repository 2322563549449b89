import type { PlatformRole } from '@oip/domain';
import { CONSENT_DOCUMENTS } from '@oip/domain';
import { In, type EntityManager } from 'typeorm';
import { hashPassword } from '../../common/auth/secrets';
import type { Seeder } from '../../database/seeds/seeder';
import { ConsentEntity } from './entities/consent.entity';
import { UserAccountEntity } from './entities/user-account.entity';

/** The password of every ready demo account (README lists them). Demo data only. */
export const DEMO_PASSWORD = 'Innovazione-Lombardia-2026';

interface DemoPerson {
  email: string;
  fullName: string;
  role?: PlatformRole;
  /** People who can sign in with DEMO_PASSWORD; the others are there to populate the directory. */
  canSignIn?: boolean;
}

export const DEMO_PEOPLE: DemoPerson[] = [
  { email: 'pmi@demo.oip.it', fullName: 'Laura Colombo', canSignIn: true },
  { email: 'ricerca@demo.oip.it', fullName: 'Marco Ferrari', canSignIn: true },
  { email: 'startup@demo.oip.it', fullName: 'Sara Galli', canSignIn: true },
  {
    email: 'moderatore@demo.oip.it',
    fullName: 'Paolo Rinaldi',
    role: 'moderator',
    canSignIn: true,
  },
  { email: 'admin@demo.oip.it', fullName: 'Elena Moretti', role: 'admin', canSignIn: true },
  { email: 'giovanni.bruno@demo.oip.it', fullName: 'Giovanni Bruno' },
  { email: 'chiara.ricci@demo.oip.it', fullName: 'Chiara Ricci' },
  { email: 'luca.marino@demo.oip.it', fullName: 'Luca Marino' },
  { email: 'francesca.greco@demo.oip.it', fullName: 'Francesca Greco' },
  { email: 'andrea.conti@demo.oip.it', fullName: 'Andrea Conti' },
  { email: 'valentina.costa@demo.oip.it', fullName: 'Valentina Costa' },
  { email: 'matteo.fontana@demo.oip.it', fullName: 'Matteo Fontana' },
  { email: 'alessia.barbieri@demo.oip.it', fullName: 'Alessia Barbieri' },
];

/** Ready accounts (verified, consents recorded) and the people of the demo organisations. */
export const accountsSeeder: Seeder = {
  name: 'accounts',

  async run(manager: EntityManager) {
    const accounts = manager.getRepository(UserAccountEntity);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const now = new Date();
    await accounts.upsert(
      DEMO_PEOPLE.map((person) => ({
        email: person.email,
        fullName: person.fullName,
        role: person.role ?? 'member',
        passwordHash: person.canSignIn ? passwordHash : null,
        emailVerifiedAt: now,
        locale: 'it' as const,
      })),
      ['email'],
    );
    const saved = await accounts.findBy({ email: In(DEMO_PEOPLE.map((person) => person.email)) });
    const consents = manager.getRepository(ConsentEntity);
    await consents.delete({ userId: In(saved.map((account) => account.id)) });
    await consents.insert(
      saved.flatMap((account) => [
        { userId: account.id, kind: 'terms' as const, version: CONSENT_DOCUMENTS.terms },
        { userId: account.id, kind: 'privacy' as const, version: CONSENT_DOCUMENTS.privacy },
      ]),
    );
    return saved.length;
  },

  async reset(manager: EntityManager) {
    await manager
      .getRepository(UserAccountEntity)
      .delete({ email: In(DEMO_PEOPLE.map((person) => person.email)) });
  },
};
