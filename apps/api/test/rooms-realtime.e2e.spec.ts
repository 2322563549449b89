import type { Socket } from 'socket.io-client';
import { signUp, type SignedUp } from './harness/accounts';
import { startTestApp, type TestApp } from './harness/app';
import { DomainEvents, type DomainEventMap } from '../src/common/events/domain-events';
import { dataSourceOf } from './harness/people';
import {
  collectMessages,
  connectAs,
  insertRoom,
  key,
  messageCount,
  nextEvent,
  request,
  send,
  waitFor,
  type MessageView,
} from './harness/rooms';

/**
 * Real-time rooms through real socket.io clients against the real server and database:
 * handshake, storing before broadcasting, acknowledgements, idempotency, ordering, bad
 * payloads and catch-up after a disconnect.
 */
describe('rooms over socket.io', () => {
  let api: TestApp;
  let anna: SignedUp;
  let bruno: SignedUp;
  let roomId: string;
  const sockets: Socket[] = [];
  const open = async (person: SignedUp | null, options = {}) => {
    const socket = await connectAs(api, person?.client ?? null, options);
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    api = await startTestApp({ ROOMS_RATE_LIMIT: '50' });
    anna = await signUp(api, 'anna@rooms.test', 'Anna Colombo');
    bruno = await signUp(api, 'bruno@rooms.test', 'Bruno Ferrari');
    roomId = await insertRoom(api);
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(() => api.close());

  describe('handshake', () => {
    it('refuses a connection without a session cookie', async () => {
      await expect(open(null)).rejects.toThrow('UNAUTHENTICATED');
    });

    it('refuses a connection from an origin that is not allowed, or with no origin', async () => {
      await expect(open(anna, { origin: 'https://evil.example' })).rejects.toThrow();
      await expect(open(anna, { origin: null })).rejects.toThrow();
    });

    it('refuses a signed-out session', async () => {
      const carla = await signUp(api, 'carla@rooms.test', 'Carla Gallo');
      const cookie = carla.client.cookie;
      await carla.client.graphql(`mutation { signOut }`);
      carla.client.cookie = cookie;
      await expect(open(carla)).rejects.toThrow('UNAUTHENTICATED');
    });
  });

  it('stores a message before broadcasting it, and acknowledges it with its id, seq and time', async () => {
    const a = await open(anna);
    const b = await open(bruno);
    expect((await request(a, 'room:join', { roomId })).ok).toBe(true);
    expect((await request(b, 'room:join', { roomId })).ok).toBe(true);
    const arrival = nextEvent<MessageView>(b, 'message:new', (m) => m.body === 'Ciao **a tutti**');
    const ack = await send(a, roomId, '  Ciao **a tutti**  ');
    expect(ack).toMatchObject({ ok: true, duplicate: false });
    expect(ack.message).toMatchObject({
      roomId,
      body: 'Ciao **a tutti**',
      authorId: anna.id,
      seq: 1,
    });
    expect(Date.parse(ack.message.createdAt)).not.toBeNaN();
    const received = await arrival;
    expect(received.id).toBe(ack.message.id);
    const [row] = await dataSourceOf(api).query(
      `SELECT body, seq FROM room_message WHERE id = $1`,
      [received.id],
    );
    expect(row).toEqual({ body: 'Ciao **a tutti**', seq: 1 });
  });

  it('stores a retried send once and answers the retry with the stored message', async () => {
    const a = await open(anna);
    await request(a, 'room:join', { roomId });
    const before = await messageCount(api, roomId);
    const idempotencyKey = key();
    const payload = { roomId, body: 'Una volta sola', idempotencyKey };
    const [first, second] = await Promise.all([
      request<{ message: MessageView; duplicate: boolean }>(a, 'message:send', payload),
      request<{ message: MessageView; duplicate: boolean }>(a, 'message:send', payload),
    ]);
    const third = await request<{ message: MessageView; duplicate: boolean }>(
      a,
      'message:send',
      payload,
    );
    expect([first.ok, second.ok, third.ok]).toEqual([true, true, true]);
    expect(new Set([first.message.id, second.message.id, third.message.id]).size).toBe(1);
    expect(third.duplicate).toBe(true);
    expect(await messageCount(api, roomId)).toBe(before + 1);
  });

  it('answers bad events with an error acknowledgement, stores nothing and keeps the connection', async () => {
    const a = await open(anna);
    await request(a, 'room:join', { roomId });
    const before = await messageCount(api, roomId);
    const direct = await insertRoom(api, 'direct', 'Bruno · Carla');
    const cases: [unknown, string][] = [
      [{ roomId, body: 'x'.repeat(10_001), idempotencyKey: key() }, 'ROOM_MESSAGE_TOO_LONG'],
      [{ roomId, body: '   ', idempotencyKey: key() }, 'ROOM_MESSAGE_EMPTY'],
      [
        { roomId: '00000000-0000-4000-8000-000000000000', body: 'x', idempotencyKey: key() },
        'NOT_FOUND',
      ],
      [{ roomId: direct, body: 'x', idempotencyKey: key() }, 'ROOM_NOT_MEMBER'],
      [{ roomId, body: 42, idempotencyKey: key() }, 'BAD_USER_INPUT'],
      [{ roomId: 'not-a-uuid', body: 'x', idempotencyKey: key() }, 'BAD_USER_INPUT'],
      [{ roomId, body: 'x' }, 'BAD_USER_INPUT'],
      ['just a string', 'BAD_USER_INPUT'],
      [null, 'BAD_USER_INPUT'],
    ];
    for (const [payload, code] of cases) {
      const ack = await request(a, 'message:send', payload);
      expect({ payload, ok: ack.ok, code: ack.error?.code }).toEqual({ payload, ok: false, code });
      expect(ack.error?.message.it).toEqual(expect.any(String));
    }
    expect(a.connected).toBe(true);
    expect(await messageCount(api, roomId)).toBe(before);
    expect((await send(a, roomId, 'Ancora qui')).ok).toBe(true);
    // 10,000 characters exactly is accepted
    expect((await send(a, roomId, 'y'.repeat(10_000))).ok).toBe(true);
  });

  it('refuses every event on a room the person may not enter', async () => {
    const a = await open(anna);
    const direct = await insertRoom(api, 'direct', 'Bruno · Carla');
    const [message] = await dataSourceOf(api).query<{ id: string }[]>(
      `WITH r AS (UPDATE room SET last_seq = 1 WHERE id = $1 RETURNING id)
       INSERT INTO room_message (room_id, seq, author_id, body, idempotency_key)
       SELECT id, 1, $2, 'privato', 'seed-1' FROM r RETURNING id`,
      [direct, bruno.id],
    );
    const events: [string, unknown][] = [
      ['room:join', { roomId: direct }],
      ['room:catchup', { rooms: [{ roomId: direct, afterSeq: 0 }] }],
      ['room:read', { roomId: direct, seq: 1 }],
      ['typing', { roomId: direct }],
      ['message:edit', { messageId: message!.id, body: 'cambiato' }],
      ['message:delete', { messageId: message!.id }],
      ['reaction:toggle', { messageId: message!.id, emoji: '👍' }],
    ];
    for (const [event, payload] of events) {
      const ack = await request(a, event, payload);
      expect({ event, ok: ack.ok, code: ack.error?.code }).toEqual({
        event,
        ok: false,
        code: 'ROOM_NOT_MEMBER',
      });
    }
    const [row] = await dataSourceOf(api).query(
      `SELECT body, deleted_at, (SELECT count(*)::int FROM room_reaction WHERE message_id = $1) AS reactions
       FROM room_message WHERE id = $1`,
      [message!.id],
    );
    expect(row).toEqual({ body: 'privato', deleted_at: null, reactions: 0 });
  });

  it('numbers concurrent messages 1, 2, 3… with no gap, the same order for everyone', async () => {
    const room = await insertRoom(api, 'community', 'Ordine');
    const senders = await Promise.all([open(anna), open(bruno), open(anna)]);
    const listener = await open(bruno);
    for (const socket of [...senders, listener])
      await request(socket, 'room:join', { roomId: room });
    const received = collectMessages(listener);
    const acks = await Promise.all(
      Array.from({ length: 30 }, (_, i) => send(senders[i % 3]!, room, `messaggio ${i}`)),
    );
    expect(acks.every((ack) => ack.ok)).toBe(true);
    const seqs = acks.map((ack) => ack.message.seq).sort((x, y) => x - y);
    expect(seqs).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    await waitFor(() => received.length === 30);
    expect(new Set(received.map((m) => m.id)).size).toBe(30);
    const caught = await request<{ rooms: { messages: MessageView[] }[] }>(
      listener,
      'room:catchup',
      {
        rooms: [{ roomId: room, afterSeq: 0 }],
      },
    );
    expect(caught.rooms[0]!.messages.map((m) => m.seq)).toEqual(seqs);
  });

  it('gives a client that comes back everything it missed, in order, once', async () => {
    const room = await insertRoom(api, 'community', 'Rientro');
    const a = await open(anna);
    let b = await open(bruno);
    await request(a, 'room:join', { roomId: room });
    await request(b, 'room:join', { roomId: room });
    await send(a, room, 'prima');
    const seen = (await nextEventOrAck(b, room)).seq;
    b.close();
    for (const body of ['uno', 'due', 'tre']) await send(a, room, body);
    b = await open(bruno);
    const join = await request<{ missed: { messages: MessageView[]; hasNewer: boolean } }>(
      b,
      'room:join',
      {
        roomId: room,
        afterSeq: seen,
      },
    );
    expect(join.missed.messages.map((m) => m.body)).toEqual(['uno', 'due', 'tre']);
    expect(join.missed.messages.map((m) => m.seq)).toEqual([seen + 1, seen + 2, seen + 3]);
    expect(join.missed.hasNewer).toBe(false);
  });

  it('edits, deletes (soft, revisions kept), reacts and replies in threads, and tells the room', async () => {
    const room = await insertRoom(api, 'community', 'Modifiche');
    const a = await open(anna);
    const b = await open(bruno);
    await request(a, 'room:join', { roomId: room });
    await request(b, 'room:join', { roomId: room });
    const { message } = await send(a, room, 'Bozza');

    const edited = nextEvent<MessageView>(
      b,
      'message:updated',
      (m) => m.id === message.id && !!m.editedAt,
    );
    expect(
      (await request(a, 'message:edit', { messageId: message.id, body: 'Versione finale' })).ok,
    ).toBe(true);
    expect((await edited).body).toBe('Versione finale');
    const notMine = await request(b, 'message:edit', { messageId: message.id, body: 'mio' });
    expect(notMine.error?.code).toBe('ROOM_MESSAGE_NOT_EDITABLE');

    const reply = await send(b, room, 'Risposta', { parentId: message.id });
    expect(reply.message.parentId).toBe(message.id);
    const nested = await send(a, room, 'Risposta alla risposta', { parentId: reply.message.id });
    expect(nested.message.parentId).toBe(message.id);

    const reacted = nextEvent<MessageView>(a, 'message:updated', (m) => m.reactions.length > 0);
    expect((await request(b, 'reaction:toggle', { messageId: message.id, emoji: '👍' })).ok).toBe(
      true,
    );
    expect((await reacted).reactions).toEqual([{ emoji: '👍', userIds: [bruno.id] }]);
    const bad = await request(b, 'reaction:toggle', { messageId: message.id, emoji: '<script>' });
    expect(bad.error?.code).toBe('BAD_USER_INPUT');

    const deleted = nextEvent<MessageView>(
      b,
      'message:updated',
      (m) => m.id === message.id && m.deleted,
    );
    expect((await request(a, 'message:delete', { messageId: message.id })).ok).toBe(true);
    expect((await deleted).body).toBeNull();
    const revisions = await dataSourceOf(api).query<{ body: string }[]>(
      `SELECT body FROM room_message_revision WHERE message_id = $1 ORDER BY replaced_at`,
      [message.id],
    );
    expect(revisions.map((r) => r.body)).toEqual(['Bozza', 'Versione finale']);
  });

  it('keeps the mentions of people who may read the room and tells the notifications about them', async () => {
    const room = await insertRoom(api, 'direct', 'Anna · Bruno');
    await dataSourceOf(api).query(
      `INSERT INTO room_member (room_id, user_id) VALUES ($1, $2), ($1, $3)`,
      [room, anna.id, bruno.id],
    );
    const outsider = await signUp(api, 'dario@rooms.test', 'Dario Neri');
    const events: DomainEventMap['room.message.mentioned'][] = [];
    const stop = api.app.get(DomainEvents).on('room.message.mentioned', (e) => {
      events.push(e);
    });
    try {
      const a = await open(anna);
      const { message } = await send(a, room, '@Bruno Ferrari guarda qui (e @Dario)', {
        mentions: [bruno.id, outsider.id],
      });
      expect(message.mentions).toEqual([bruno.id]);
      await waitFor(() => events.length === 1);
      expect(events[0]).toEqual({
        roomId: room,
        messageId: message.id,
        authorId: anna.id,
        userIds: [bruno.id],
      });
    } finally {
      stop();
    }
  });

  it('relays typing (throttled) and presence to the others in the room', async () => {
    const room = await insertRoom(api, 'community', 'Presenze');
    const a = await open(anna);
    await request(a, 'room:join', { roomId: room });
    const arrived = nextEvent<{ userId: string; online: boolean }>(a, 'presence', (p) => p.online);
    const b = await open(bruno);
    const join = await request<{ present: { userId: string }[] }>(b, 'room:join', { roomId: room });
    expect(join.present.map((p) => p.userId).sort()).toEqual([anna.id, bruno.id].sort());
    expect((await arrived).userId).toBe(bruno.id);

    const typings: unknown[] = [];
    a.on('typing', (t) => typings.push(t));
    for (let i = 0; i < 5; i += 1)
      expect((await request(b, 'typing', { roomId: room })).ok).toBe(true);
    await waitFor(() => typings.length >= 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(typings).toEqual([{ roomId: room, userId: bruno.id, name: 'Bruno Ferrari' }]);

    const left = nextEvent<{ userId: string; online: boolean }>(a, 'presence', (p) => !p.online);
    b.close();
    expect((await left).userId).toBe(bruno.id);
  });

  it('moves read markers forward only and tells the person’s other connections', async () => {
    const room = await insertRoom(api, 'community', 'Letture');
    const a = await open(anna);
    const b1 = await open(bruno);
    const b2 = await open(bruno);
    for (const s of [a, b1, b2]) await request(s, 'room:join', { roomId: room });
    for (const body of ['1', '2', '3']) await send(a, room, body);
    const elsewhere = nextEvent<{ roomId: string; unread: number }>(b2, 'room:read');
    expect(await request(b1, 'room:read', { roomId: room, seq: 2 })).toMatchObject({
      ok: true,
      unread: 1,
    });
    expect(await elsewhere).toMatchObject({ roomId: room, unread: 1 });
    expect(await request(b1, 'room:read', { roomId: room, seq: 1 })).toMatchObject({
      ok: true,
      unread: 1,
    });
  });
});

/** The latest message of a room as a member's client knows it. */
async function nextEventOrAck(socket: Socket, roomId: string): Promise<MessageView> {
  const caught = await request<{ rooms: { messages: MessageView[] }[] }>(socket, 'room:catchup', {
    rooms: [{ roomId, afterSeq: 0 }],
  });
  return caught.rooms[0]!.messages.at(-1)!;
}
