import {
  ANON,
  authorizationWorld,
  BAD,
  DENY,
  describeMatrix,
  NONE,
  OK,
  type Operation,
} from './harness/authorization';
import { CREATE_ORGANISATION, organisationInput, type Person } from './harness/people';

/**
 * Who may call each organisations mutation (the cells, actors and checks are described in
 * harness/authorization.ts). Invitations and join requests: authorization-membership.
 */
const LAST = 'LAST_OWNER'; // allowed to try, refused by the last-owner rule

// prettier-ignore
const MATRIX: Record<string, string[]> = {
  //                                   anonymous  no org  owner elsewhere  member  admin  owner  moderator  platform admin
  'createOrganisation':                 [ANON,     OK,     OK,              OK,     OK,    OK,    OK,        OK  ],
  'updateOrganisation':                 [ANON,     DENY,   DENY,            DENY,   OK,    OK,    DENY,      OK  ],
  'updateOrganisation: invalid input':  [ANON,     DENY,   DENY,            DENY,   BAD,   BAD,   DENY,      BAD ],
  'verifyOrganisation':                 [ANON,     DENY,   DENY,            DENY,   DENY,  DENY,  OK,        OK  ],
  'deactivateOrganisation':             [ANON,     DENY,   DENY,            DENY,   DENY,  OK,    OK,        OK  ],
  'reactivateOrganisation':             [ANON,     DENY,   DENY,            DENY,   DENY,  OK,    OK,        OK  ],
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

describe('authorization: organisations mutations × roles', () => {
  const world = authorizationWorld();
  let created = 0;

  const roleOf = async (organisationId: string, person: Person): Promise<string | null> => {
    const [row] = await world.query(
      `SELECT role FROM membership WHERE organisation_id = $1 AND user_id = $2`,
      [organisationId, person.id],
    );
    return (row?.role as string | undefined) ?? null;
  };

  const deactivatedAt = async (organisationId: string) =>
    (
      await world.query(`SELECT deactivated_at FROM organisation WHERE id = $1`, [organisationId])
    )[0]?.deactivated_at;
  const auditOf = (action: string, organisationId: string) =>
    world.query(`SELECT actor_id FROM audit_event WHERE action = $1 AND subject_id = $2`, [
      action,
      organisationId,
    ]);

  const OPERATIONS: Record<string, Operation> = {
    createOrganisation: {
      document: CREATE_ORGANISATION,
      variables: () => ({ input: organisationInput({ displayName: `Nuova ${++created}` }) }),
      async effect({ caller }) {
        const [row] = await world.query(
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
        const [row] = await world.query(`SELECT display_name FROM organisation WHERE id = $1`, [
          organisationId,
        ]);
        expect(row?.display_name).toBe('Nome Cambiato');
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
        const [row] = await world.query(`SELECT verified_at FROM organisation WHERE id = $1`, [
          organisationId,
        ]);
        expect(row?.verified_at).toBeInstanceOf(Date);
        const audit = await world.query(
          `SELECT actor_id FROM audit_event WHERE action = 'organisation.verified' AND subject_id = $1`,
          [organisationId],
        );
        expect(audit).toEqual([{ actor_id: caller!.id }]);
      },
    },
    deactivateOrganisation: {
      document: `mutation ($id: ID!) { deactivateOrganisation(id: $id) { id active } }`,
      variables: ({ organisationId }) => ({ id: organisationId }),
      async effect({ organisationId, caller }) {
        expect(await deactivatedAt(organisationId)).toBeInstanceOf(Date);
        expect(await auditOf('organisation.deactivated', organisationId)).toEqual([
          { actor_id: caller!.id },
        ]);
      },
    },
    reactivateOrganisation: {
      document: `mutation ($id: ID!) { reactivateOrganisation(id: $id) { id active } }`,
      variables: ({ organisationId }) => ({ id: organisationId }),
      async prepare({ organisationId }) {
        await world.query(`UPDATE organisation SET deactivated_at = now() WHERE id = $1`, [
          organisationId,
        ]);
        return {};
      },
      async effect({ organisationId, caller }) {
        expect(await deactivatedAt(organisationId)).toBeNull();
        expect(await auditOf('organisation.reactivated', organisationId)).toEqual([
          { actor_id: caller!.id },
        ]);
      },
    },
    'changeMemberRole: member → ADMIN': {
      document: `mutation ($org: ID!, $user: ID!) { changeMemberRole(organisationId: $org, userId: $user, role: ADMIN) }`,
      variables: ({ organisationId, people }) => ({ org: organisationId, user: people.target.id }),
      async effect({ organisationId, people }) {
        expect(await roleOf(organisationId, people.target)).toBe('admin');
      },
    },
    'changeMemberRole: member → OWNER': {
      document: `mutation ($org: ID!, $user: ID!) { changeMemberRole(organisationId: $org, userId: $user, role: OWNER) }`,
      variables: ({ organisationId, people }) => ({ org: organisationId, user: people.target.id }),
      async effect({ organisationId, people }) {
        expect(await roleOf(organisationId, people.target)).toBe('owner');
        expect(await roleOf(organisationId, people.owner)).toBe('owner');
      },
    },
    'changeMemberRole: owner → MEMBER': {
      document: `mutation ($org: ID!, $user: ID!) { changeMemberRole(organisationId: $org, userId: $user, role: MEMBER) }`,
      variables: ({ organisationId, people }) => ({ org: organisationId, user: people.owner.id }),
      effect: () => Promise.reject(new Error('the only owner is never demoted')),
    },
    'changeMemberRole: a non-member': {
      document: `mutation ($org: ID!, $user: ID!) { changeMemberRole(organisationId: $org, userId: $user, role: ADMIN) }`,
      variables: ({ organisationId, people }) => ({
        org: organisationId,
        user: people.stranger.id,
      }),
      effect: () => Promise.reject(new Error('a non-member has no role to change')),
    },
    'removeMember: a member': {
      document: `mutation ($org: ID!, $user: ID!) { removeMember(organisationId: $org, userId: $user) }`,
      variables: ({ organisationId, people }) => ({ org: organisationId, user: people.target.id }),
      async effect({ organisationId, people }) {
        expect(await roleOf(organisationId, people.target)).toBeNull();
      },
    },
    'removeMember: the owner': {
      document: `mutation ($org: ID!, $user: ID!) { removeMember(organisationId: $org, userId: $user) }`,
      variables: ({ organisationId, people }) => ({ org: organisationId, user: people.owner.id }),
      effect: () => Promise.reject(new Error('the only owner is never removed')),
    },
    'removeMember: a non-member': {
      document: `mutation ($org: ID!, $user: ID!) { removeMember(organisationId: $org, userId: $user) }`,
      variables: ({ organisationId, people }) => ({
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
      variables: ({ organisationId, people }) => ({ org: organisationId, user: people.target.id }),
      async effect({ organisationId, people }) {
        expect(await roleOf(organisationId, people.target)).toBe('owner');
        expect(await roleOf(organisationId, people.owner)).toBe('admin');
      },
    },
  };

  describeMatrix(world, MATRIX, OPERATIONS, 'organisations');
});
