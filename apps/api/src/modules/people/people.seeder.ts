import { In, type EntityManager } from 'typeorm';
import type { Seeder } from '../../database/seeds/seeder';
import { UserAccountEntity } from '../accounts/entities/user-account.entity';
import { PersonProfileEntity } from './entities/person-profile.entity';

interface DemoProfile {
  email: string;
  headline: string;
  bio: string;
  expertise: string[];
  languages: string[];
}

/** Public profiles of the demo people, so the people directory is alive from the first start. */
const DEMO_PROFILES: DemoProfile[] = [
  {
    email: 'pmi@demo.oip.it',
    headline: 'Innovation manager in una PMI meccanica',
    bio: 'Cerco partner per il controllo qualità con visione artificiale.',
    expertise: ['lavorazioni cnc', 'qualità', 'industria 4.0'],
    languages: ['it', 'en'],
  },
  {
    email: 'ricerca@demo.oip.it',
    headline: 'Ricercatore in meccatronica',
    bio: 'Robot collaborativi e sistemi di visione per le PMI.',
    expertise: ['robotica', 'meccatronica'],
    languages: ['it', 'en', 'de'],
  },
  {
    email: 'startup@demo.oip.it',
    headline: 'Fondatrice di una startup agritech',
    bio: 'Sensori a basso costo per l’agricoltura di precisione.',
    expertise: ['agricoltura di precisione', 'sensori iot'],
    languages: ['it', 'en'],
  },
  {
    email: 'moderatore@demo.oip.it',
    headline: 'Cluster manager',
    bio: 'Facilito la collaborazione tra imprese e ricerca nella manifattura digitale.',
    expertise: ['reti di imprese', 'trasferimento tecnologico'],
    languages: ['it', 'en', 'fr'],
  },
  {
    email: 'giovanni.bruno@demo.oip.it',
    headline: 'Investment manager',
    bio: 'Seed e serie A per startup deep tech lombarde.',
    expertise: ['venture capital', 'due diligence'],
    languages: ['it', 'en'],
  },
  {
    email: 'chiara.ricci@demo.oip.it',
    headline: 'Docente di materiali compositi',
    bio: 'Compositi riciclabili per aerospazio e automotive.',
    expertise: ['materiali compositi', 'riciclo'],
    languages: ['it', 'en'],
  },
  {
    email: 'luca.marino@demo.oip.it',
    headline: 'Responsabile di laboratorio',
    bio: 'Interazione uomo-robot e sicurezza delle celle collaborative.',
    expertise: ['cobot', 'sicurezza funzionale'],
    languages: ['it'],
  },
  {
    email: 'francesca.greco@demo.oip.it',
    headline: 'Clinical research manager',
    bio: 'Sperimentazioni cliniche di dispositivi medici in oncologia.',
    expertise: ['dispositivi medici', 'oncologia'],
    languages: ['it', 'en'],
  },
  {
    email: 'andrea.conti@demo.oip.it',
    headline: 'Metallurgista',
    bio: 'Stampa 3D in metallo e recupero degli scarti di fonderia.',
    expertise: ['additive manufacturing', 'metallurgia'],
    languages: ['it', 'en'],
  },
  {
    email: 'valentina.costa@demo.oip.it',
    headline: 'Direttrice R&S in un gruppo siderurgico',
    bio: 'Decarbonizzazione dei forni elettrici ad arco.',
    expertise: ['decarbonizzazione', 'efficienza energetica'],
    languages: ['it', 'en', 'es'],
  },
  {
    email: 'matteo.fontana@demo.oip.it',
    headline: 'Responsabile qualità lattiero-casearia',
    bio: 'Imballaggi compostabili e shelf life dei formaggi.',
    expertise: ['tracciabilità', 'shelf life'],
    languages: ['it'],
  },
  {
    email: 'alessia.barbieri@demo.oip.it',
    headline: 'CEO di una startup di mobilità',
    bio: 'Logistica dell’ultimo miglio con dati urbani in tempo reale.',
    expertise: ['mobilità condivisa', 'dati urbani'],
    languages: ['it', 'en'],
  },
];

export const peopleSeeder: Seeder = {
  name: 'people',

  async run(manager: EntityManager) {
    const accounts = await manager
      .getRepository(UserAccountEntity)
      .findBy({ email: In(DEMO_PROFILES.map((profile) => profile.email)) });
    const rows = DEMO_PROFILES.flatMap(({ email, ...profile }) => {
      const account = accounts.find((candidate) => candidate.email === email);
      return account
        ? [
            {
              ...profile,
              userId: account.id,
              fullName: account.fullName,
              links: [],
              visibility: 'public' as const,
            },
          ]
        : [];
    });
    await manager.getRepository(PersonProfileEntity).upsert(rows, ['userId']);
    return rows.length;
  },

  async reset() {
    // profiles go with the demo accounts (ON DELETE CASCADE) when the accounts seeder resets
  },
};
