import type { Socket } from 'socket.io-client';
import { signUp } from './harness/accounts';
import { startTestApp, type TestApp } from './harness/app';
import { createChallengeViaApi, forceStatus } from './harness/challenges';
import { CSRF, fileForm, rest, sampleFiles } from './harness/files';
import {
  ACCEPT,
  decideAs,
  expressInterest,
  newOrganisation,
  publishedOffer,
} from './harness/partnerships';
import { addMember, dataSourceOf, outcome, setPlatformRole, type Person } from './harness/people';
import { connectAs, insertRoom, nextEvent, request, send, type MessageView } from './harness/rooms';

const MESSAGES = `query ($roomId: ID!, $first: Int, $before: Int, $after: Int, $around: Int) {
  roomMessages(roomId: $roomId, first: $first, before: $before, after: $after, around: $around) {
    hasOlder hasNewer messages { id seq body authorName deleted hidden replyCount reactions { emoji count } } } }`;
const MY_ROOMS = `query ($first: Int, $after: String) { myRooms(first: $first, after: $after) {
  nodes { id kind title unreadCount lastSeq joined moderates } pageInfo { hasNextPage endCursor } } }`;

/**
 * Rooms over GraphQL with messages sent over socket.io: history pages, search, unread counts,
 * the room a partnership opens, direct and challenge rooms, moderation and limits.
 */
describe('rooms', () => {
  let api: TestApp;
  const sockets: Socket[] = [];
  let people = 0;
  const person = async (name: string, verified = true): Promise<Person> => {
    people += 1;
    const email = `p${people}@rooms-gql.test`;
    const signed = await signUp(api, email, name, { verified });
    return { ...signed, email, fullName: name };
  };
  const open = async (who: Person) => {
    const socket = await connectAs(api, who.client);
    sockets.push(socket);
    return socket;
  };
  const gql = async <T>(who: Person, query: string, variables: Record<string, unknown> = {}) => {
    const { body } = await who.client.graphql<T>(query, variables);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as T;
  };

  beforeAll(async () => {
    api = await startTestApp({ ROOMS_RATE_LIMIT: '100' });
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(() => api.close());

  it('pages through history older, newer and around a message, with no gap', async () => {
    const anna = await person('Anna Colombo');
    const roomId = await insertRoom(api, 'community', 'Storia');
    const a = await open(anna);
    await request(a, 'room:join', { roomId });
    for (let i = 1; i <= 25; i += 1) await send(a, roomId, `messaggio ${i}`);
    type Page = { roomMessages: { hasOlder: boolean; hasNewer: boolean; messages: MessageView[] } };
    const seqs = (page: Page) => page.roomMessages.messages.map((m) => m.seq);

    const latest = await gql<Page>(anna, MESSAGES, { roomId, first: 10 });
    expect(seqs(latest)).toEqual([16, 17, 18, 19, 20, 21, 22, 23, 24, 25]);
    expect(latest.roomMessages).toMatchObject({ hasOlder: true, hasNewer: false });
    const older = await gql<Page>(anna, MESSAGES, { roomId, first: 10, before: 16 });
    expect(seqs(older)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    const oldest = await gql<Page>(anna, MESSAGES, { roomId, first: 10, before: 6 });
    expect(seqs(oldest)).toEqual([1, 2, 3, 4, 5]);
    expect(oldest.roomMessages.hasOlder).toBe(false);
    const newer = await gql<Page>(anna, MESSAGES, { roomId, first: 4, after: 2 });
    expect(seqs(newer)).toEqual([3, 4, 5, 6]);
    expect(newer.roomMessages.hasNewer).toBe(true);
    const around = await gql<Page>(anna, MESSAGES, { roomId, first: 5, around: 12 });
    expect(seqs(around)).toEqual([10, 11, 12, 13, 14]);

    const tooMany = await anna.client.graphql(MESSAGES, { roomId, first: 51 });
    expect(outcome(tooMany.body)).toBe('BAD_USER_INPUT');
  });

  it('searches a room in Italian and English, never deleted or hidden messages', async () => {
    const anna = await person('Anna Colombo');
    const roomId = await insertRoom(api, 'community', 'Ricerca');
    const a = await open(anna);
    await request(a, 'room:join', { roomId });
    await send(a, roomId, 'Cerchiamo partner per la **manutenzione predittiva** dei macchinari');
    await send(a, roomId, 'We need predictive maintenance sensors');
    const gone = await send(a, roomId, 'Manutenzione straordinaria annullata');
    await request(a, 'message:delete', { messageId: gone.message.id });
    const search = (query: string) =>
      gql<{ searchRoomMessages: { body: string }[] }>(
        anna,
        `query ($roomId: ID!, $query: String!) { searchRoomMessages(roomId: $roomId, query: $query) { body } }`,
        { roomId, query },
      );
    expect((await search('manutenzioni')).searchRoomMessages.map((m) => m.body)).toEqual([
      'Cerchiamo partner per la **manutenzione predittiva** dei macchinari',
    ]);
    expect((await search('sensor')).searchRoomMessages).toHaveLength(1);
  });

  it('counts unread messages per room and person, and lists rooms by latest activity', async () => {
    const anna = await person('Anna Colombo');
    const bruno = await person('Bruno Ferrari');
    const quiet = await insertRoom(api, 'community', 'Tranquilla');
    const busy = await insertRoom(api, 'community', 'Vivace');
    const [a, b] = [await open(anna), await open(bruno)];
    for (const roomId of [quiet, busy]) {
      await request(a, 'room:join', { roomId });
      await request(b, 'room:join', { roomId });
    }
    await send(a, quiet, 'uno');
    for (const body of ['a', 'b', 'c']) await send(a, busy, body);
    type Rooms = { myRooms: { nodes: { id: string; unreadCount: number }[] } };
    const unread = (rooms: Rooms) => rooms.myRooms.nodes.map((r) => [r.id, r.unreadCount]);
    expect(unread(await gql<Rooms>(bruno, MY_ROOMS))).toEqual([
      [busy, 3],
      [quiet, 1],
    ]);
    expect(unread(await gql<Rooms>(anna, MY_ROOMS))).toEqual([
      [busy, 0],
      [quiet, 0],
    ]);
    await request(b, 'room:read', { roomId: busy, seq: 2 });
    expect(unread(await gql<Rooms>(bruno, MY_ROOMS))).toEqual([
      [busy, 1],
      [quiet, 1],
    ]);
    const first = await gql<{
      myRooms: { nodes: { id: string }[]; pageInfo: { endCursor: string } };
    }>(bruno, MY_ROOMS, { first: 1 });
    const second = await gql<Rooms>(bruno, MY_ROOMS, {
      first: 1,
      after: first.myRooms.pageInfo.endCursor,
    });
    expect([first.myRooms.nodes[0]!.id, second.myRooms.nodes[0]!.id]).toEqual([busy, quiet]);
  });

  it('opens a private room for both organisations when a partnership is accepted, and only for them', async () => {
    const lab = await person('Laura Bianchi');
    const labColleague = await person('Luca Bianchi');
    const sme = await person('Sara Verdi');
    const outsider = await person('Otto Neri');
    const moderator = await person('Marta Gialli');
    await setPlatformRole(api, moderator.id, 'moderator');
    const labOrg = await newOrganisation(lab, 'research_centre');
    await addMember(api, labOrg, labColleague.id, 'member');
    const smeOrg = await newOrganisation(sme);
    const offerId = await publishedOffer(api, lab, labOrg);
    const interest = await expressInterest(sme, { from: smeOrg, itemId: offerId });
    const accepted = await decideAs(lab, ACCEPT, interest.id);
    const roomId = accepted.roomId!;

    const s = await open(sme);
    const c = await open(labColleague);
    await request(s, 'room:join', { roomId });
    await request(c, 'room:join', { roomId });
    const arrival = nextEvent<MessageView>(c, 'message:new');
    await send(s, roomId, 'Quando possiamo vederci?');
    expect((await arrival).body).toBe('Quando possiamo vederci?');

    for (const who of [lab, labColleague, sme]) {
      const rooms = await gql<{ myRooms: { nodes: { id: string; kind: string }[] } }>(
        who,
        MY_ROOMS,
      );
      expect(rooms.myRooms.nodes).toContainEqual(
        expect.objectContaining({ id: roomId, kind: 'PARTNERSHIP' }),
      );
      const history = await gql<{ roomMessages: { messages: { body: string }[] } }>(who, MESSAGES, {
        roomId,
      });
      expect(history.roomMessages.messages.map((m) => m.body)).toEqual([
        'Quando possiamo vederci?',
      ]);
    }
    for (const who of [outsider, moderator]) {
      const rooms = await gql<{ myRooms: { nodes: { id: string }[] } }>(who, MY_ROOMS);
      expect(rooms.myRooms.nodes.map((r) => r.id)).not.toContain(roomId);
      expect(outcome((await who.client.graphql(MESSAGES, { roomId })).body)).toBe(
        'ROOM_NOT_MEMBER',
      );
      const socket = await open(who);
      expect((await request(socket, 'room:join', { roomId })).error?.code).toBe('ROOM_NOT_MEMBER');
    }
    const anonymous = await api.client().graphql(MESSAGES, { roomId });
    expect(outcome(anonymous.body)).toBe('UNAUTHENTICATED');
  });

  it('opens one direct room per pair, private to the two', async () => {
    const anna = await person('Anna Colombo');
    const bruno = await person('Bruno Ferrari');
    const carla = await person('Carla Gallo');
    const OPEN = `mutation ($userId: ID!) { openDirectRoom(userId: $userId) { id kind title } }`;
    const first = await gql<{ openDirectRoom: { id: string; title: string } }>(anna, OPEN, {
      userId: bruno.id,
    });
    const again = await gql<{ openDirectRoom: { id: string; title: string } }>(bruno, OPEN, {
      userId: anna.id,
    });
    expect(again.openDirectRoom.id).toBe(first.openDirectRoom.id);
    expect(first.openDirectRoom.title).toBe('Bruno Ferrari');
    expect(again.openDirectRoom.title).toBe('Anna Colombo');
    expect(outcome((await anna.client.graphql(OPEN, { userId: anna.id })).body)).toBe(
      'DIRECT_ROOM_SELF',
    );
    const c = await open(carla);
    const refused = await request(c, 'message:send', {
      roomId: first.openDirectRoom.id,
      body: 'Intrusa',
      idempotencyKey: 'intrusa-0001',
    });
    expect(refused.error?.code).toBe('ROOM_NOT_MEMBER');
  });

  it('lets whoever may see a published public challenge into its Q&A room', async () => {
    const owner = await person('Olga Rossi');
    const visitor = await person('Vito Marrone');
    const organisationId = await newOrganisation(owner);
    const { id: challengeId } = await createChallengeViaApi(owner, organisationId);
    const OPEN = `mutation ($challengeId: ID!) { openChallengeRoom(challengeId: $challengeId) { id kind } }`;
    const SEEN = `query ($id: ID!) { challenge(id: $id) { qaRoomId viewerCanOpenQaRoom } }`;
    type Seen = { challenge: { qaRoomId: string | null; viewerCanOpenQaRoom: boolean } };
    // the challenge page: no room yet, and its owner may open it
    expect((await gql<Seen>(owner, SEEN, { id: challengeId })).challenge).toEqual({
      qaRoomId: null,
      viewerCanOpenQaRoom: true,
    });
    const { openChallengeRoom } = await gql<{ openChallengeRoom: { id: string } }>(owner, OPEN, {
      challengeId,
    });
    const v = await open(visitor);
    expect((await request(v, 'room:join', { roomId: openChallengeRoom.id })).error?.code).toBe(
      'ROOM_NOT_MEMBER',
    );
    await forceStatus(api, challengeId, 'published');
    // a visitor finds the room from the challenge page, and may not open rooms for it
    expect((await gql<Seen>(visitor, SEEN, { id: challengeId })).challenge).toEqual({
      qaRoomId: openChallengeRoom.id,
      viewerCanOpenQaRoom: false,
    });
    expect((await request(v, 'room:join', { roomId: openChallengeRoom.id })).ok).toBe(true);
    const again = await gql<{ openChallengeRoom: { id: string } }>(owner, OPEN, { challengeId });
    expect(again.openChallengeRoom.id).toBe(openChallengeRoom.id);
  });

  it('gives people their room activity in “download my data”, and erasing the account unnames their messages', async () => {
    const anna = await person('Anna Colombo');
    const roomId = await insertRoom(api, 'community', 'Privacy');
    const a = await open(anna);
    await request(a, 'room:join', { roomId });
    const { message } = await send(a, roomId, 'Prima stesura');
    await request(a, 'message:edit', { messageId: message.id, body: 'Testo definitivo' });
    await request(a, 'reaction:toggle', { messageId: message.id, emoji: '🎉' });
    const exported = await fetch(`${api.url}/api/me/export`, {
      headers: { cookie: anna.client.cookie! },
    });
    const { activity } = (await exported.json()) as { activity: Record<string, unknown[]> };
    expect(activity.roomMessagesWritten).toEqual([
      expect.objectContaining({
        id: message.id,
        roomTitle: 'Privacy',
        body: 'Testo definitivo',
        earlierVersions: [expect.objectContaining({ body: 'Prima stesura' })],
      }),
    ]);
    expect(activity.roomReactions).toEqual([{ messageId: message.id, emoji: '🎉' }]);
    expect(activity.roomMemberships).toEqual([expect.objectContaining({ roomId, lastReadSeq: 1 })]);

    await gql(anna, `mutation ($email: String!) { deleteMyAccount(confirmEmail: $email) }`, {
      email: anna.email,
    });
    const bruno = await person('Bruno Ferrari');
    const history = await gql<{
      roomMessages: { messages: { authorName: string; body: string; reactions: unknown[] }[] };
    }>(bruno, MESSAGES, { roomId });
    expect(history.roomMessages.messages).toEqual([
      expect.objectContaining({
        authorName: 'Utente eliminato',
        body: 'Testo definitivo',
        reactions: [],
      }),
    ]);
    const members = await dataSourceOf(api).query(`SELECT 1 FROM room_member WHERE user_id = $1`, [
      anna.id,
    ]);
    expect(members).toEqual([]);
  });

  it('sends files through the files endpoint: readable by the room, nobody else', async () => {
    const anna = await person('Anna Colombo');
    const bruno = await person('Bruno Ferrari');
    const outsider = await person('Otto Neri');
    const roomId = await insertRoom(api, 'direct', 'Anna · Bruno');
    await dataSourceOf(api).query(
      `INSERT INTO room_member (room_id, user_id) VALUES ($1, $2), ($1, $3)`,
      [roomId, anna.id, bruno.id],
    );
    const files = await sampleFiles();
    const upload = (who: Person, room = roomId) =>
      rest(api, 'POST', `/api/rooms/${room}/attachments`, {
        cookie: who.client.cookie,
        headers: CSRF,
        body: fileForm(files['brief.pdf']!.data, 'scheda tecnica.pdf', 'application/pdf'),
      });
    expect((await upload(outsider)).json).toMatchObject({ code: 'ROOM_NOT_MEMBER' });
    const uploaded = await upload(anna);
    expect(uploaded.status).toBe(201);
    const fileId = String(uploaded.json!.id);
    // before it is sent, only the uploader may fetch it
    expect(
      (await rest(api, 'GET', `/api/files/${fileId}`, { cookie: bruno.client.cookie })).status,
    ).toBe(404);

    const a = await open(anna);
    const b = await open(bruno);
    await request(a, 'room:join', { roomId });
    const theirs = await upload(bruno);
    const refused = await request(a, 'message:send', {
      roomId,
      body: 'Con il file di Bruno',
      idempotencyKey: 'attach-0001',
      attachmentIds: [String(theirs.json!.id)],
    });
    expect(refused.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attachmentIds' });

    await request(b, 'room:join', { roomId });
    const arrival = nextEvent<MessageView & { attachments: { id: string; name: string }[] }>(
      b,
      'message:new',
    );
    const { message } = await send(a, roomId, 'Ecco la scheda', { attachmentIds: [fileId] });
    expect((await arrival).attachments).toEqual([
      expect.objectContaining({
        id: fileId,
        name: 'scheda tecnica.pdf',
        url: `/api/files/${fileId}`,
      }),
    ]);
    const download = await rest(api, 'GET', `/api/files/${fileId}`, {
      cookie: bruno.client.cookie,
    });
    expect(download.status).toBe(200);
    expect(download.bytes.equals(files['brief.pdf']!.data)).toBe(true);
    expect(
      (await rest(api, 'GET', `/api/files/${fileId}`, { cookie: outsider.client.cookie })).status,
    ).toBe(404);
    expect((await rest(api, 'GET', `/api/files/${fileId}`)).status).toBe(404);
    // sent files stay with their message
    expect(
      (
        await rest(api, 'DELETE', `/api/files/${fileId}`, {
          cookie: anna.client.cookie,
          headers: CSRF,
        })
      ).status,
    ).toBe(403);
    const again = await request(a, 'message:send', {
      roomId,
      body: 'Di nuovo',
      idempotencyKey: 'attach-0002',
      attachmentIds: [fileId],
    });
    expect(again.error?.code).toBe('BAD_USER_INPUT');
    const history = await gql<{
      roomMessages: { messages: { id: string; attachments: { name: string }[] }[] };
    }>(
      bruno,
      `query ($roomId: ID!) { roomMessages(roomId: $roomId) { messages { id attachments { name size contentType url } } } }`,
      { roomId },
    );
    expect(history.roomMessages.messages.find((m) => m.id === message.id)?.attachments).toEqual([
      expect.objectContaining({ name: 'scheda tecnica.pdf' }),
    ]);
  });

  describe('moderation and limits', () => {
    let owner: Person;
    let member: Person;
    let roomId: string;
    beforeEach(async () => {
      owner = await person('Olga Rossi');
      member = await person('Mario Verdi');
      roomId = await insertRoom(api, 'community', 'Moderata');
      await dataSourceOf(api).query(
        `INSERT INTO room_member (room_id, user_id, role) VALUES ($1, $2, 'owner')`,
        [roomId, owner.id],
      );
    });

    it('limits messages per person with a clear error, across rooms', async () => {
      const limited = await startTestApp(
        { ROOMS_RATE_LIMIT: '3', ROOMS_RATE_WINDOW_SECONDS: '60' },
        { database: api.db },
      );
      try {
        const other = await insertRoom(api, 'community', 'Altra');
        const socket = await connectAs(limited, member.client, { url: limited.url });
        sockets.push(socket);
        await request(socket, 'room:join', { roomId });
        await request(socket, 'room:join', { roomId: other });
        for (const body of ['1', '2']) await send(socket, roomId, body);
        await send(socket, other, '3');
        const refused = await request(socket, 'message:send', {
          roomId,
          body: '4',
          idempotencyKey: 'rate-0004',
        });
        expect(refused).toMatchObject({
          ok: false,
          error: { code: 'ROOM_RATE_LIMITED', limit: 3, windowSeconds: 60 },
        });
        expect(refused.error?.message.en).toMatch(/too fast/);
        expect(socket.connected).toBe(true);
      } finally {
        await limited.close();
      }
    });

    it('applies slow mode to members, not to moderators', async () => {
      await gql(
        owner,
        `mutation ($roomId: ID!) { setRoomSlowMode(roomId: $roomId, seconds: 60) }`,
        { roomId },
      );
      const m = await open(member);
      const o = await open(owner);
      await request(m, 'room:join', { roomId });
      await request(o, 'room:join', { roomId });
      await send(m, roomId, 'primo');
      const refused = await request(m, 'message:send', {
        roomId,
        body: 'secondo',
        idempotencyKey: 'slow-0002',
      });
      expect(refused.error).toMatchObject({ code: 'ROOM_SLOW_MODE', seconds: 60 });
      await send(o, roomId, 'moderatore 1');
      await send(o, roomId, 'moderatore 2');
    });

    it('mutes and bans: a muted member reads but cannot write; a banned one is out at once', async () => {
      const m = await open(member);
      await request(m, 'room:join', { roomId });
      await gql(
        owner,
        `mutation ($roomId: ID!, $userId: ID!) { muteRoomMember(roomId: $roomId, userId: $userId, minutes: 10) }`,
        {
          roomId,
          userId: member.id,
        },
      );
      const muted = await request(m, 'message:send', {
        roomId,
        body: 'zitto?',
        idempotencyKey: 'mute-0001',
      });
      expect(muted.error?.code).toBe('ROOM_MUTED');
      expect((await request(m, 'room:catchup', { rooms: [{ roomId, afterSeq: 0 }] })).ok).toBe(
        true,
      );

      const o = await open(owner);
      await request(o, 'room:join', { roomId });
      const removed = nextEvent<{ roomId: string }>(m, 'room:removed');
      await gql(
        owner,
        `mutation ($roomId: ID!, $userId: ID!) { banRoomMember(roomId: $roomId, userId: $userId) }`,
        {
          roomId,
          userId: member.id,
        },
      );
      expect((await removed).roomId).toBe(roomId);
      const received: MessageView[] = [];
      m.on('message:new', (message: MessageView) => received.push(message));
      await send(o, roomId, 'dopo il bando');
      await new Promise((r) => setTimeout(r, 200));
      expect(received).toEqual([]);
      expect((await request(m, 'room:join', { roomId })).error?.code).toBe('ROOM_BANNED');
      expect(outcome((await member.client.graphql(MESSAGES, { roomId })).body)).toBe('ROOM_BANNED');
    });

    it('takes reports to moderators, who hide the message (text kept for them) and see earlier versions', async () => {
      const m = await open(member);
      await request(m, 'room:join', { roomId });
      const { message } = await send(m, roomId, 'Prima versione');
      await request(m, 'message:edit', {
        messageId: message.id,
        body: 'Offerta imperdibile, clicca qui',
      });
      await gql(
        owner,
        `mutation ($id: ID!) { reportRoomMessage(messageId: $id, reason: "Spam") }`,
        { id: message.id },
      );
      const REPORTS = `query ($roomId: ID!) { roomReports(roomId: $roomId) { reason body message { id hidden } } }`;
      expect(outcome((await member.client.graphql(REPORTS, { roomId })).body)).toBe('FORBIDDEN');
      const reports = await gql<{ roomReports: unknown[] }>(owner, REPORTS, { roomId });
      expect(reports.roomReports).toEqual([
        {
          reason: 'Spam',
          body: 'Offerta imperdibile, clicca qui',
          message: { id: message.id, hidden: false },
        },
      ]);
      const hiddenEvent = nextEvent<MessageView>(m, 'message:updated', (v) => v.hidden);
      const hidden = await gql<{ hideRoomMessage: { hidden: boolean; body: string | null } }>(
        owner,
        `mutation ($id: ID!) { hideRoomMessage(messageId: $id) { hidden body } }`,
        { id: message.id },
      );
      expect(hidden.hideRoomMessage).toEqual({ hidden: true, body: null });
      expect((await hiddenEvent).body).toBeNull();
      expect(
        (await gql<{ roomReports: unknown[] }>(owner, REPORTS, { roomId })).roomReports,
      ).toEqual([]);
      const revisions = await gql<{ roomMessageRevisions: { body: string }[] }>(
        owner,
        `query ($id: ID!) { roomMessageRevisions(messageId: $id) { body } }`,
        { id: message.id },
      );
      expect(revisions.roomMessageRevisions.map((r) => r.body)).toEqual(['Prima versione']);
    });
  });
});
