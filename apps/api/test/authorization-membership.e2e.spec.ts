import { randomUUID } from 'node:crypto';
import {
  ANON,
  authorizationWorld,
  DENY,
  describeMatrix,
  NONE,
  OK,
  type Cell,
  type Operation,
} from './harness/authorization';
import { createOrganisation, linkToken, type Person } from './harness/people';

/**
 * Who may call each invitation and join-request mutation (the cells, actors and checks are
 * described in harness/authorization.ts). "Another organisation" is a third one, created for
 * the cell by a person who is none of the columns: its owners decide, nobody else but platform
 * admins. An invitation is accepted only by the owner of the invited address.
 */
const MEMBER = 'ALREADY_MEMBER';
const MISMATCH = 'INVITATION_EMAIL_MISMATCH';
const TOKEN = 'TOKEN_INVALID';

// prettier-ignore
const MATRIX: Record<string, string[]> = {
  //                                                     anonymous  no org    owner elsewhere  member    admin     owner     moderator  platform admin
  'inviteMember: a new address as MEMBER':                [ANON,     DENY,     DENY,            DENY,     OK,       OK,       DENY,      OK      ],
  'inviteMember: a new address as ADMIN':                 [ANON,     DENY,     DENY,            DENY,     OK,       OK,       DENY,      OK      ],
  'inviteMember: a member’s address':                     [ANON,     DENY,     DENY,            DENY,     MEMBER,   MEMBER,   DENY,      MEMBER  ],
  'inviteMember: an unknown organisation':                [ANON,     NONE,     NONE,            NONE,     NONE,     NONE,     NONE,      NONE    ],
  'revokeInvitation: a pending invitation':               [ANON,     DENY,     DENY,            DENY,     OK,       OK,       DENY,      OK      ],
  'revokeInvitation: another organisation’s invitation':  [ANON,     DENY,     DENY,            DENY,     DENY,     DENY,     DENY,      OK      ],
  'revokeInvitation: an unknown id':                      [ANON,     NONE,     NONE,            NONE,     NONE,     NONE,     NONE,      NONE    ],
  'acceptInvitation: addressed to the caller':            [ANON,     OK,       OK,              OK,       OK,       OK,       OK,        OK      ],
  'acceptInvitation: addressed to someone else':          [ANON,     MISMATCH, MISMATCH,        MISMATCH, MISMATCH, MISMATCH, MISMATCH,  MISMATCH],
  'acceptInvitation: an unknown link':                    [ANON,     TOKEN,    TOKEN,           TOKEN,    TOKEN,    TOKEN,    TOKEN,     TOKEN   ],
  'requestToJoin':                                        [ANON,     OK,       OK,              MEMBER,   MEMBER,   MEMBER,   OK,        OK      ],
  'requestToJoin: an unknown organisation':               [ANON,     NONE,     NONE,            NONE,     NONE,     NONE,     NONE,      NONE    ],
  'approveJoinRequest':                                   [ANON,     DENY,     DENY,            DENY,     OK,       OK,       DENY,      OK      ],
  'approveJoinRequest: another organisation’s request':   [ANON,     DENY,     DENY,            DENY,     DENY,     DENY,     DENY,      OK      ],
  'approveJoinRequest: an unknown id':                    [ANON,     NONE,     NONE,            NONE,     NONE,     NONE,     NONE,      NONE    ],
  'rejectJoinRequest':                                    [ANON,     DENY,     DENY,            DENY,     OK,       OK,       DENY,      OK      ],
  'rejectJoinRequest: another organisation’s request':    [ANON,     DENY,     DENY,            DENY,     DENY,     DENY,     DENY,      OK      ],
  'rejectJoinRequest: an unknown id':                     [ANON,     NONE,     NONE,            NONE,     NONE,     NONE,     NONE,      NONE    ],
};

const INVITE = `mutation ($org: ID!, $email: String!, $role: InvitationRole!) {
  inviteMember(organisationId: $org, email: $email, role: $role) { id }
}`;
const REVOKE = `mutation ($id: ID!) { revokeInvitation(id: $id) }`;
const ACCEPT = `mutation ($token: String!) { acceptInvitation(token: $token) { id } }`;
const REQUEST = `mutation ($org: ID!) { requestToJoin(organisationId: $org) { id } }`;
const APPROVE = `mutation ($id: ID!) { approveJoinRequest(id: $id) { id } }`;
const REJECT = `mutation ($id: ID!) { rejectJoinRequest(id: $id) { id } }`;

describe('authorization: invitation and join-request mutations × roles', () => {
  const world = authorizationWorld();
  let thirdOwner: Person;
  let addresses = 0;
  beforeAll(async () => {
    thirdOwner = await world.newPerson('third owner');
  });

  const one = async (sql: string, parameters: unknown[]) => (await world.query(sql, parameters))[0];
  const roleOf = async (organisationId: string, userId: string) =>
    (
      await one(`SELECT role FROM membership WHERE organisation_id = $1 AND user_id = $2`, [
        organisationId,
        userId,
      ])
    )?.role ?? null;
  const thirdOrganisation = () => createOrganisation(thirdOwner, { displayName: 'Terza S.p.A.' });

  /** `by` invites `email`; the id of the invitation and the token of its mailed link. */
  async function invite(by: Person, organisationId: string, email: string) {
    const { body } = await by.client.graphql<{ inviteMember: { id: string } }>(INVITE, {
      org: organisationId,
      email,
      role: 'MEMBER',
    });
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    const mail = world.mailsTo(email).at(-1)!;
    return {
      organisationId,
      id: body.data.inviteMember.id,
      token: linkToken(mail.text, '/invitations/accept'),
    };
  }
  /** The stranger asks to join; the id of the request. */
  async function strangerAsks(organisationId: string, stranger: Person) {
    const { body } = await stranger.client.graphql<{ requestToJoin: { id: string } }>(REQUEST, {
      org: organisationId,
    });
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return { organisationId, id: body.data.requestToJoin.id };
  }

  const inviting = (role: 'MEMBER' | 'ADMIN'): Operation => ({
    document: INVITE,
    prepare: async () => ({ email: `invitee-${++addresses}@fresh.test` }),
    variables: ({ organisationId, given }) => ({ org: organisationId, email: given.email, role }),
    async effect({ organisationId, caller, given }) {
      const invitation = await one(
        `SELECT role, invited_by FROM organisation_invitation
          WHERE organisation_id = $1 AND email = $2 AND accepted_at IS NULL AND revoked_at IS NULL`,
        [organisationId, given.email],
      );
      expect(invitation).toEqual({ role: role.toLowerCase(), invited_by: caller!.id });
      expect(world.mailsTo(given.email!)[0]?.text).toContain('/invitations/accept?token=');
    },
  });
  const revoked = async (id: string) => {
    const invitation = await one(`SELECT revoked_at FROM organisation_invitation WHERE id = $1`, [
      id,
    ]);
    expect(invitation?.revoked_at).toBeInstanceOf(Date);
  };
  /** The stranger asks to join `organisation`; the caller approves or rejects. */
  const deciding = (
    document: string,
    status: 'approved' | 'rejected',
    organisation: (cell: Cell) => string | Promise<string>,
  ): Operation => ({
    document,
    prepare: async (cell) => strangerAsks(await organisation(cell), cell.people.stranger),
    variables: ({ given }) => ({ id: given.id }),
    async effect({ given, people, caller }) {
      const request = await one(
        `SELECT status, decided_by FROM organisation_join_request WHERE id = $1`,
        [given.id],
      );
      expect(request).toEqual({ status, decided_by: caller!.id });
      expect(await roleOf(given.organisationId!, people.stranger.id)).toBe(
        status === 'approved' ? 'member' : null,
      );
      expect(world.smtp.messages.at(-1)?.envelope.to).toEqual([people.stranger.email]); // told
    },
  });
  const refused = (why: string) => () => Promise.reject(new Error(why));

  const OPERATIONS: Record<string, Operation> = {
    'inviteMember: a new address as MEMBER': inviting('MEMBER'),
    'inviteMember: a new address as ADMIN': inviting('ADMIN'),
    'inviteMember: a member’s address': {
      document: INVITE,
      variables: ({ organisationId, people }) => ({
        org: organisationId,
        email: people.target.email,
        role: 'MEMBER',
      }),
      effect: refused('a member is not invited again'),
    },
    'inviteMember: an unknown organisation': {
      document: INVITE,
      variables: () => ({ org: randomUUID(), email: 'nobody@fresh.test', role: 'MEMBER' }),
      effect: refused('there is no such organisation'),
    },
    'revokeInvitation: a pending invitation': {
      document: REVOKE,
      prepare: ({ people, organisationId }) =>
        invite(people.owner, organisationId, `invitee-${++addresses}@fresh.test`),
      variables: ({ given }) => ({ id: given.id }),
      effect: ({ given }) => revoked(given.id!),
    },
    'revokeInvitation: another organisation’s invitation': {
      document: REVOKE,
      prepare: async () =>
        invite(thirdOwner, await thirdOrganisation(), `invitee-${++addresses}@fresh.test`),
      variables: ({ given }) => ({ id: given.id }),
      effect: ({ given }) => revoked(given.id!),
    },
    'revokeInvitation: an unknown id': {
      document: REVOKE,
      variables: () => ({ id: randomUUID() }),
      effect: refused('there is no such invitation'),
    },
    'acceptInvitation: addressed to the caller': {
      document: ACCEPT,
      prepare: async ({ caller }) =>
        invite(
          thirdOwner,
          await thirdOrganisation(),
          caller?.email ?? `invitee-${++addresses}@fresh.test`,
        ),
      variables: ({ given }) => ({ token: given.token }),
      async effect({ caller, given }) {
        expect(await roleOf(given.organisationId!, caller!.id)).toBe('member');
        const invitation = await one(
          `SELECT accepted_at FROM organisation_invitation WHERE id = $1`,
          [given.id],
        );
        expect(invitation?.accepted_at).toBeInstanceOf(Date);
      },
    },
    'acceptInvitation: addressed to someone else': {
      document: ACCEPT,
      prepare: async ({ people }) =>
        invite(thirdOwner, await thirdOrganisation(), people.target.email),
      variables: ({ given }) => ({ token: given.token }),
      effect: refused('only the invited address’s owner joins'),
    },
    'acceptInvitation: an unknown link': {
      document: ACCEPT,
      variables: () => ({ token: 'not-a-token-that-was-ever-mailed' }),
      effect: refused('an unknown link lets nobody in'),
    },
    requestToJoin: {
      document: REQUEST,
      variables: ({ organisationId }) => ({ org: organisationId }),
      async effect({ organisationId, caller }) {
        const requests = await world.query(
          `SELECT status FROM organisation_join_request WHERE organisation_id = $1 AND user_id = $2`,
          [organisationId, caller!.id],
        );
        expect(requests).toEqual([{ status: 'pending' }]);
      },
    },
    'requestToJoin: an unknown organisation': {
      document: REQUEST,
      variables: () => ({ org: randomUUID() }),
      effect: refused('there is no such organisation'),
    },
    approveJoinRequest: deciding(APPROVE, 'approved', (cell) => cell.organisationId),
    'approveJoinRequest: another organisation’s request': deciding(APPROVE, 'approved', () =>
      thirdOrganisation(),
    ),
    'approveJoinRequest: an unknown id': {
      document: APPROVE,
      variables: () => ({ id: randomUUID() }),
      effect: refused('there is no such request'),
    },
    rejectJoinRequest: deciding(REJECT, 'rejected', (cell) => cell.organisationId),
    'rejectJoinRequest: another organisation’s request': deciding(REJECT, 'rejected', () =>
      thirdOrganisation(),
    ),
    'rejectJoinRequest: an unknown id': {
      document: REJECT,
      variables: () => ({ id: randomUUID() }),
      effect: refused('there is no such request'),
    },
  };

  describeMatrix(world, MATRIX, OPERATIONS, 'membership');
});
