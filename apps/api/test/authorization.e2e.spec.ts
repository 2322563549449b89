import { GraphQLSchemaHost } from '@nestjs/graphql';
import { startTestApp, type TestApp } from './harness/app';
import {
  addMember,
  CREATE_ORGANISATION,
  createOrganisation,
  dataSourceOf,
  organisationInput,
  outcome,
  registerPerson,
  setPlatformRole,
  type Person,
} from './harness/people';
import { startSmtpServer, type TestSmtpServer } from './harness/smtp';

/**
 * Who may call each organisations mutation. Every cell runs against a fresh organisation with
 * an owner, an admin, a member and a second member (the target of member mutations); the
 * callers of the other columns belong to no organisation, to another organisation (as its
 * owner), or hold a platform role set in the database. A refused call must change nothing.
 */
const ACTORS = [
  'anonymous',
  'no organisation',
  'owner elsewhere',
  'member',
  'admin',
  'owner',
  'moderator',
  'platform admin',
] as const;
type Actor = (typeof ACTORS)[number];

const OK = 'OK';
const ANON = 'UNAUTHENTICATED';
const DENY = 'FORBIDDEN';
const LAST = 'LAST_OWNER'; // allowed to try, refused by the last-owner rule
const NONE = 'NOT_FOUND'; // allowed to try, but there is no such member
const BAD = 'VALIDATION_FAILED'; // allowed to try, the input is refused
type Expected = typeof OK | typeof ANON | typeof DENY | typeof LAST | typeof NONE | typeof BAD;

// prettier-ignore
const MATRIX: Record<string, Expected[]> = {
  //                                   anonymous  no org  owner elsewhere  member  admin  owner  moderator  platform admin
  'createOrganisation':                 [ANON,     OK,     OK,              OK,     OK,    OK,    OK,        OK  ],
  'updateOrganisation':                 [ANON,     DENY,   DENY,            DENY,   OK,    OK,    DENY,      OK  ],
  'updateOrganisation: invalid input':  [ANON,     DENY,   DENY,            DENY,   BAD,   BAD,   DENY,      BAD ],
  'verifyOrganisation':                 [ANON,     DENY,   DENY,            DENY,   DENY,  DENY,  OK,        OK  ],
  'changeMemberRole: member → ADMIN':   [ANON,     DENY,   DENY,            DENY,   OK,    OK,    DENY,      OK  ],
  'changeMemberRole: member → OWNER':   [ANON,     DENY,   DENY,            DENY,   DENY,  OK,    DENY,      OK  ],
  'changeMemberRole: owner → MEMBER':   [ANON,     DENY,   DENY,            DENY,   DENY,  LAST,  DENY,      LAST],
  'changeMemberRole: a non-member':     [ANON,     DENY,   DENY,            DENY,   NONE,  NONE,  DENY,      NONE],
  'removeMember: a member':             [ANON,     DENY,   DENY,            DENY,   OK,    OK,    DENY,      OK  ],
  'removeMember: the owner':            [ANON,     DENY,   DENY,            DENY,   DENY,  LAST,  DENY,      LAST],
  'removeMember: a non-member':         [ANON,     DENY,   DENY,            DENY,   NONE,  NONE,  DENY,      NONE],
  'leaveOrganisation':                  [ANON,     NONE,   NONE,            OK,     OK,    LAST,  NONE,      NONE],
  'transferOwnership: to a member':     [ANON,     DENY,   DENY,            DENY,   DENY,  OK,    DENY,      OK  ],
};

interface Cell {
  organisationId: string;
  caller: Person | null;
}

interface Operation {
  document: string;
  variables(cell: Cell): Record<string, unknown>;
  /** What an allowed call must have changed. */
  effect(cell: Cell): Promise<void>;
}

describe('authorization: organisations mutations × roles', () => {
  let smtp: TestSmtpServer;
  let api: TestApp;
  let people: Record<Exclude<Actor, 'anonymous'> | 'target' | 'stranger', Person>;
  let created = 0;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    api = await startTestApp({ SMTP_URL: smtp.url, LOGIN_MAX_FAILURES_PER_IP: '10000' });
    const register = (email: string, fullName: string) =>
      registerPerson(api, smtp, email, { fullName });
    people = {
      'no organisation': await register('nobody@unimi.it', 'Nadia Nessuno'),
      'owner elsewhere': await register('elsewhere@unibg.it', 'Oscar Altrove'),
      member: await register('member@polimi.it', 'Maria Membro'),
      admin: await register('admin@polimi.it', 'Alberto Admin'),
      owner: await register('owner@polimi.it', 'Olga Titolare'),
      moderator: await register('moderator@regione.lombardia.it', 'Marco Moderatore'),
      'platform admin': await register('root@regione.lombardia.it', 'Paola Piattaforma'),
      target: await register('target@polimi.it', 'Tino Bersaglio'),
      stranger: await register('stranger@unipv.it', 'Stefano Estraneo'),
    };
    await setPlatformRole(api, people.moderator.id, 'moderator');
    await setPlatformRole(api, people['platform admin'].id, 'admin');
    await createOrganisation(people['owner elsewhere'], { displayName: 'Altra Azienda' });
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  const query = (sql: string, parameters: unknown[] = []) =>
    dataSourceOf(api).query(sql, parameters);
  const roleOf = async (organisationId: string, person: Person): Promise<string | null> => {
    const [row] = await query(
      `SELECT role FROM membership WHERE organisation_id = $1 AND user_id = $2`,
      [organisationId, person.id],
    );
    return row?.role ?? null;
  };

  /** Everything a mutation could touch, to prove a refused one touched nothing. */
  const snapshot = async () => ({
    organisations: await query(
      `SELECT to_jsonb(o) - 'search' AS row FROM organisation o ORDER BY id`,
    ),
    memberships: await query(`SELECT * FROM membership ORDER BY organisation_id, user_id`),
    audit: await query(`SELECT * FROM audit_event ORDER BY id`),
  });

  const OPERATIONS: Record<string, Operation> = {
    createOrganisation: {
      document: CREATE_ORGANISATION,
      variables: () => ({ input: organisationInput({ displayName: `Nuova ${++created}` }) }),
      async effect({ caller }) {
        const [row] = await query(
          `SELECT o.display_name, m.role FROM organisation o JOIN membership m ON m.organisation_id = o.id
           WHERE m.user_id = $1 AND o.display_name = $2`,
          [caller!.id, `Nuova ${created}`],
        );
        expect(row).toEqual({ display_name: `Nuova ${created}`, role: 'owner' });
      },
    },
    updateOrganisation: {
      document: `mutation ($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, input: $input) { id } }`,
      variables: ({ organisationId }) => ({
        id: organisationId,
        input: organisationInput({ displayName: 'Nome Cambiato' }),
      }),
      async effect({ organisationId }) {
        const [row] = await query(`SELECT display_name FROM organisation WHERE id = $1`, [
          organisationId,
        ]);
        expect(row.display_name).toBe('Nome Cambiato');
      },
    },
    'updateOrganisation: invalid input': {
      document: `mutation ($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, input: $input) { id } }`,
      variables: ({ organisationId }) => ({
        id: organisationId,
        input: organisationInput({ displayName: '', province: 'XX' }),
      }),
      effect: () => Promise.reject(new Error('invalid input is never saved')),
    },
    verifyOrganisation: {
      document: `mutation ($id: ID!) { verifyOrganisation(id: $id, verified: true) { id } }`,
      variables: ({ organisationId }) => ({ id: organisationId }),
      async effect({ organisationId, caller }) {
        const [row] = await query(`SELECT verified_at FROM organisation WHERE id = $1`, [
          organisationId,
        ]);
        expect(row.verified_at).toBeInstanceOf(Date);
        const audit = await query(
          `SELECT actor_id FROM audit_event WHERE action = 'organisation.verified' AND subject_id = $1`,
          [organisationId],
        );
        expect(audit).toEqual([{ actor_id: caller!.id }]);
      },
    },
    'changeMemberRole: member → ADMIN': {
      document: `mutation ($org: ID!, $user: ID!) { changeMemberRole(organisationId: $org, userId: $user, role: ADMIN) }`,
      variables: ({ organisationId }) => ({ org: organisationId, user: people.target.id }),
      async effect({ organisationId }) {
        expect(await roleOf(organisationId, people.target)).toBe('admin');
      },
    },
    'changeMemberRole: member → OWNER': {
      document: `mutation ($org: ID!, $user: ID!) { changeMemberRole(organisationId: $org, userId: $user, role: OWNER) }`,
      variables: ({ organisationId }) => ({ org: organisationId, user: people.target.id }),
      async effect({ organisationId }) {
        expect(await roleOf(organisationId, people.target)).toBe('owner');
        expect(await roleOf(organisationId, people.owner)).toBe('owner');
      },
    },
    'changeMemberRole: owner → MEMBER': {
      document: `mutation ($org: ID!, $user: ID!) { changeMemberRole(organisationId: $org, userId: $user, role: MEMBER) }`,
      variables: ({ organisationId }) => ({ org: organisationId, user: people.owner.id }),
      effect: () => Promise.reject(new Error('the only owner is never demoted')),
    },
    'changeMemberRole: a non-member': {
      document: `mutation ($org: ID!, $user: ID!) { changeMemberRole(organisationId: $org, userId: $user, role: ADMIN) }`,
      variables: ({ organisationId }) => ({
        org: organisationId,
        user: people.stranger.id,
      }),
      effect: () => Promise.reject(new Error('a non-member has no role to change')),
    },
    'removeMember: a member': {
      document: `mutation ($org: ID!, $user: ID!) { removeMember(organisationId: $org, userId: $user) }`,
      variables: ({ organisationId }) => ({ org: organisationId, user: people.target.id }),
      async effect({ organisationId }) {
        expect(await roleOf(organisationId, people.target)).toBeNull();
      },
    },
    'removeMember: the owner': {
      document: `mutation ($org: ID!, $user: ID!) { removeMember(organisationId: $org, userId: $user) }`,
      variables: ({ organisationId }) => ({ org: organisationId, user: people.owner.id }),
      effect: () => Promise.reject(new Error('the only owner is never removed')),
    },
    'removeMember: a non-member': {
      document: `mutation ($org: ID!, $user: ID!) { removeMember(organisationId: $org, userId: $user) }`,
      variables: ({ organisationId }) => ({
        org: organisationId,
        user: people.stranger.id,
      }),
      effect: () => Promise.reject(new Error('a non-member cannot be removed')),
    },
    leaveOrganisation: {
      document: `mutation ($org: ID!) { leaveOrganisation(organisationId: $org) }`,
      variables: ({ organisationId }) => ({ org: organisationId }),
      async effect({ organisationId, caller }) {
        expect(await roleOf(organisationId, caller!)).toBeNull();
      },
    },
    'transferOwnership: to a member': {
      document: `mutation ($org: ID!, $user: ID!) { transferOwnership(organisationId: $org, userId: $user) }`,
      variables: ({ organisationId }) => ({ org: organisationId, user: people.target.id }),
      async effect({ organisationId }) {
        expect(await roleOf(organisationId, people.target)).toBe('owner');
        expect(await roleOf(organisationId, people.owner)).toBe('admin');
      },
    },
  };

  it('has a row for every organisations mutation of the schema', () => {
    const mutations = Object.keys(
      api.app.get(GraphQLSchemaHost).schema.getMutationType()!.getFields(),
    );
    // invitations and join requests have their own role tests (invitations.e2e.spec.ts)
    const organisationMutations = mutations.filter(
      (name) => /organisation|member|ownership/i.test(name) && name !== 'inviteMember',
    );
    expect(organisationMutations).toHaveLength(7);
    const covered = new Set(Object.keys(MATRIX).map((row) => row.split(':')[0]));
    expect([...covered].sort()).toEqual(organisationMutations.sort());
    expect(Object.keys(OPERATIONS).sort()).toEqual(Object.keys(MATRIX).sort());
  });

  describe.each(Object.entries(MATRIX))('%s', (name, row) => {
    it.each(ACTORS.map((actor, column) => [actor, row[column]!] as const))(
      'by %s → %s',
      async (actor, expected) => {
        const operation = OPERATIONS[name]!;
        const organisationId = await createOrganisation(people.owner, {
          displayName: 'Bersaglio S.r.l.',
        });
        await addMember(api, organisationId, people.admin.id, 'admin');
        await addMember(api, organisationId, people.member.id, 'member');
        await addMember(api, organisationId, people.target.id, 'member');
        const caller = actor === 'anonymous' ? null : people[actor];
        const cell = { organisationId, caller };

        const before = await snapshot();
        const { body } = await (caller?.client ?? api.client()).graphql(
          operation.document,
          operation.variables(cell),
        );
        expect(outcome(body)).toBe(expected);
        if (expected === OK) await operation.effect(cell);
        else expect(await snapshot()).toEqual(before);
      },
    );
  });
});
