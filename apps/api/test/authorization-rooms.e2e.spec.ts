import {
  ANON,
  authorizationWorld,
  DENY,
  describeMatrix,
  OK,
  type Cell,
  type Operation,
} from './harness/authorization';
import { createChallengeViaApi } from './harness/challenges';
import { newOrganisation } from './harness/partnerships';

const OUT = 'ROOM_NOT_MEMBER';
const MUTE = `mutation ($roomId: ID!, $userId: ID!) { muteRoomMember(roomId: $roomId, userId: $userId, minutes: 60) }`;
const BAN = `mutation ($roomId: ID!, $userId: ID!) { banRoomMember(roomId: $roomId, userId: $userId) }`;

/**
 * Who may open, join, leave and moderate rooms (cells, actors and checks in
 * harness/authorization.ts). "Its community room" is owned by the cell organisation's owner;
 * "the partnership room" joins the cell organisation and a stranger's: private to their
 * members, moderated by their owners and admins, closed to platform staff.
 */
const MATRIX: Record<string, string[]> = {
  //                                                  anonymous  no org  owner elsewhere  member  admin  owner  moderator  platform admin
  'createRoom: a community room':                       [ANON,     DENY,   DENY,            DENY,   DENY,  DENY,  OK,        OK],
  'openDirectRoom: with the stranger':                  [ANON,     OK,     OK,              OK,     OK,    OK,    OK,        OK],
  'openChallengeRoom: the cell organisation’s':         [ANON,     DENY,   DENY,            DENY,   OK,    OK,    OK,        OK],
  'joinRoom: a community room':                         [ANON,     OK,     OK,              OK,     OK,    OK,    OK,        OK],
  'leaveRoom: a community room the caller is in':       [ANON,     OK,     OK,              OK,     OK,    OK,    OK,        OK],
  'addRoomMember: to its event room':                   [ANON,     OUT,    OUT,             OUT,    OUT,   OK,    OK,        OK],
  'markRoomRead: the partnership room':                 [ANON,     OUT,    OUT,             OK,     OK,    OK,    OUT,       OUT],
  'reportRoomMessage: in the partnership room':         [ANON,     OUT,    OUT,             OK,     OK,    OK,    OUT,       OUT],
  'hideRoomMessage: in the partnership room':           [ANON,     OUT,    OUT,             DENY,   OK,    OK,    OUT,       OUT],
  'hideRoomMessage: in its community room':             [ANON,     DENY,   DENY,            DENY,   DENY,  OK,    OK,        OK],
  'muteRoomMember: the target, in its community room':  [ANON,     DENY,   DENY,            DENY,   DENY,  OK,    OK,        OK],
  'muteRoomMember: the target, in the partnership room':[ANON,     OUT,    OUT,             DENY,   OK,    OK,    OUT,       OUT],
  'banRoomMember: the target, in its community room':   [ANON,     DENY,   DENY,            DENY,   DENY,  OK,    OK,        OK],
  'banRoomMember: a partner, in the partnership room':  [ANON,     OUT,    OUT,             DENY,   DENY,  DENY,  OUT,       OUT],
  'setRoomSlowMode: its community room':                [ANON,     DENY,   DENY,            DENY,   DENY,  OK,    OK,        OK],
}; // prettier-ignore

describe('authorization: room mutations × roles', () => {
  const world = authorizationWorld();

  const insertRoom = async (kind: string, ownerId?: string) => {
    const [room] = await world.query(
      `INSERT INTO room (kind, title) VALUES ($1, 'Stanza di prova') RETURNING id`,
      [kind],
    );
    if (ownerId)
      await world.query(
        `INSERT INTO room_member (room_id, user_id, role) VALUES ($1, $2, 'owner')`,
        [room!.id, ownerId],
      );
    return room!.id as string;
  };
  const insertMessage = async (roomId: string, authorId: string) => {
    const [message] = await world.query(
      `WITH r AS (UPDATE room SET last_seq = last_seq + 1 WHERE id = $1 RETURNING last_seq)
       INSERT INTO room_message (room_id, seq, author_id, body, idempotency_key)
       SELECT $1, last_seq, $2, 'Un messaggio', gen_random_uuid()::text FROM r RETURNING id`,
      [roomId, authorId],
    );
    return message!.id as string;
  };
  /** The private room of the cell organisation and a stranger's, with a message of the target's. */
  const partnershipRoom = async ({ organisationId, people }: Cell) => {
    const partner = await newOrganisation(world.people.stranger);
    const roomId = await insertRoom('partnership');
    await world.query(
      `INSERT INTO room_organisation (room_id, organisation_id) VALUES ($1, $2), ($1, $3)`,
      [roomId, organisationId, partner],
    );
    return { roomId, messageId: await insertMessage(roomId, people.target.id) };
  };
  /** A community room owned by the cell organisation's owner, with a message of the target's. */
  const communityRoom = async ({ people }: Cell) => {
    const roomId = await insertRoom('community', people.owner.id);
    return { roomId, messageId: await insertMessage(roomId, people.target.id) };
  };
  const memberRow = async (roomId: string, userId: string) =>
    (
      await world.query(`SELECT * FROM room_member WHERE room_id = $1 AND user_id = $2`, [
        roomId,
        userId,
      ])
    )[0];

  const OPERATIONS: Record<string, Operation> = {
    'createRoom: a community room': {
      document: `mutation { createRoom(input: { kind: COMMUNITY, title: "Agrifood lombardo" }) { id kind moderates } }`,
      variables: () => ({}),
      async effect({ caller }) {
        const rows = await world.query(
          `SELECT r.kind, m.role FROM room r JOIN room_member m ON m.room_id = r.id
           WHERE r.title = 'Agrifood lombardo' AND m.user_id = $1`,
          [caller!.id],
        );
        expect(rows).toEqual([{ kind: 'community', role: 'owner' }]);
      },
    },
    'openDirectRoom: with the stranger': {
      document: `mutation ($userId: ID!) { openDirectRoom(userId: $userId) { id kind title } }`,
      variables: () => ({ userId: world.people.stranger.id }),
      async effect({ caller }) {
        const rows = await world.query(
          `SELECT count(*)::int AS n FROM room r JOIN room_member a ON a.room_id = r.id AND a.user_id = $1
           JOIN room_member b ON b.room_id = r.id AND b.user_id = $2 WHERE r.kind = 'direct'`,
          [caller!.id, world.people.stranger.id],
        );
        expect(rows).toEqual([{ n: 1 }]);
      },
    },
    'openChallengeRoom: the cell organisation’s': {
      prepare: async ({ people, organisationId }) => ({
        challengeId: (await createChallengeViaApi(people.owner, organisationId)).id,
      }),
      document: `mutation ($challengeId: ID!) { openChallengeRoom(challengeId: $challengeId) { id kind challengeId } }`,
      variables: ({ given }) => ({ challengeId: given.challengeId }),
      async effect({ given, caller }) {
        const rows = await world.query(
          `SELECT m.role FROM room r JOIN room_member m ON m.room_id = r.id WHERE r.challenge_id = $1 AND m.user_id = $2`,
          [given.challengeId, caller!.id],
        );
        expect(rows).toEqual([{ role: 'owner' }]);
      },
    },
    'joinRoom: a community room': {
      prepare: async () => ({ roomId: await insertRoom('community') }),
      document: `mutation ($roomId: ID!) { joinRoom(roomId: $roomId) { id joined } }`,
      variables: ({ given }) => ({ roomId: given.roomId }),
      async effect({ given, caller }) {
        expect(await memberRow(given.roomId!, caller!.id)).toMatchObject({ role: 'member' });
      },
    },
    'leaveRoom: a community room the caller is in': {
      async prepare({ caller }) {
        const roomId = await insertRoom('community');
        if (caller)
          await world.query(`INSERT INTO room_member (room_id, user_id) VALUES ($1, $2)`, [
            roomId,
            caller.id,
          ]);
        return { roomId };
      },
      document: `mutation ($roomId: ID!) { leaveRoom(roomId: $roomId) }`,
      variables: ({ given }) => ({ roomId: given.roomId }),
      async effect({ given, caller }) {
        expect(await memberRow(given.roomId!, caller!.id)).toBeUndefined();
      },
    },
    'addRoomMember: to its event room': {
      prepare: async ({ people }) => ({ roomId: await insertRoom('event', people.owner.id) }),
      document: `mutation ($roomId: ID!, $userId: ID!) { addRoomMember(roomId: $roomId, userId: $userId) }`,
      variables: ({ given }) => ({ roomId: given.roomId, userId: world.people.stranger.id }),
      async effect({ given }) {
        expect(await memberRow(given.roomId!, world.people.stranger.id)).toMatchObject({
          role: 'member',
        });
      },
    },
    'markRoomRead: the partnership room': {
      prepare: partnershipRoom,
      document: `mutation ($roomId: ID!) { markRoomRead(roomId: $roomId, seq: 1) }`,
      variables: ({ given }) => ({ roomId: given.roomId }),
      async effect({ given, caller }) {
        expect(await memberRow(given.roomId!, caller!.id)).toMatchObject({ last_read_seq: 1 });
      },
    },
    'reportRoomMessage: in the partnership room': {
      prepare: partnershipRoom,
      document: `mutation ($messageId: ID!) { reportRoomMessage(messageId: $messageId, reason: "Fuori tema") }`,
      variables: ({ given }) => ({ messageId: given.messageId }),
      async effect({ given, caller }) {
        const rows = await world.query(
          `SELECT reporter_id, reason FROM room_report WHERE message_id = $1`,
          [given.messageId],
        );
        expect(rows).toEqual([{ reporter_id: caller!.id, reason: 'Fuori tema' }]);
      },
    },
    'hideRoomMessage: in the partnership room': {
      prepare: partnershipRoom,
      document: `mutation ($messageId: ID!) { hideRoomMessage(messageId: $messageId) { id hidden body } }`,
      variables: ({ given }) => ({ messageId: given.messageId }),
      effect: async ({ given }) => expect(await hiddenAt(given.messageId!)).not.toBeNull(),
    },
    'hideRoomMessage: in its community room': {
      prepare: communityRoom,
      document: `mutation ($messageId: ID!) { hideRoomMessage(messageId: $messageId) { id hidden body } }`,
      variables: ({ given }) => ({ messageId: given.messageId }),
      effect: async ({ given }) => expect(await hiddenAt(given.messageId!)).not.toBeNull(),
    },
    'muteRoomMember: the target, in its community room': {
      prepare: communityRoom,
      document: MUTE,
      variables: ({ given, people }) => ({ roomId: given.roomId, userId: people.target.id }),
      effect: async ({ given, people }) =>
        expect((await memberRow(given.roomId!, people.target.id))?.muted_until).not.toBeNull(),
    },
    'muteRoomMember: the target, in the partnership room': {
      prepare: partnershipRoom,
      document: MUTE,
      variables: ({ given, people }) => ({ roomId: given.roomId, userId: people.target.id }),
      effect: async ({ given, people }) =>
        expect((await memberRow(given.roomId!, people.target.id))?.muted_until).not.toBeNull(),
    },
    'banRoomMember: the target, in its community room': {
      prepare: communityRoom,
      document: BAN,
      variables: ({ given, people }) => ({ roomId: given.roomId, userId: people.target.id }),
      effect: async ({ given, people }) =>
        expect((await memberRow(given.roomId!, people.target.id))?.banned_at).not.toBeNull(),
    },
    'banRoomMember: a partner, in the partnership room': {
      prepare: partnershipRoom,
      document: BAN,
      variables: ({ given }) => ({ roomId: given.roomId, userId: world.people.stranger.id }),
      effect: async () => {
        throw new Error('nobody may ban the partner organisation’s people');
      },
    },
    'setRoomSlowMode: its community room': {
      prepare: communityRoom,
      document: `mutation ($roomId: ID!) { setRoomSlowMode(roomId: $roomId, seconds: 30) }`,
      variables: ({ given }) => ({ roomId: given.roomId }),
      async effect({ given }) {
        const [room] = await world.query(`SELECT slow_mode_seconds FROM room WHERE id = $1`, [
          given.roomId,
        ]);
        expect(room).toEqual({ slow_mode_seconds: 30 });
      },
    },
  };

  const hiddenAt = async (messageId: string) =>
    (await world.query(`SELECT hidden_at FROM room_message WHERE id = $1`, [messageId]))[0]
      ?.hidden_at;

  describeMatrix(world, MATRIX, OPERATIONS, 'rooms');
});
