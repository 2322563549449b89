import type { Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { signUp, type SignedUp } from './harness/accounts';
import { startTestApp, type TestApp } from './harness/app';
import {
  connectAs,
  insertRoom,
  nextEvent,
  request,
  send,
  waitFor,
  type MessageView,
} from './harness/rooms';

/**
 * Two API processes' worth of servers over one database, sharing rooms through socket.io's
 * PostgreSQL adapter (LISTEN/NOTIFY): messages cross between them, and a client moved from one
 * to the other — also because its server went away — catches up from the stored messages.
 */
/** The per-person rate limit is tested on its own. */
const MANY = { ROOMS_RATE_LIMIT: '100' };

describe('rooms across instances', () => {
  let one: TestApp;
  let two: TestApp;
  let anna: SignedUp;
  let bruno: SignedUp;
  const sockets: Socket[] = [];
  const open = async (api: TestApp, person: SignedUp) => {
    const socket = await connectAs(api, person.client, { url: api.url });
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    one = await startTestApp(MANY);
    two = await startTestApp(MANY, { database: one.db });
    anna = await signUp(one, 'anna@instances.test', 'Anna Colombo');
    bruno = await signUp(two, 'bruno@instances.test', 'Bruno Ferrari');
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(async () => {
    await two.close();
    await one.close();
  });

  it('delivers a message sent through one instance to members connected to the other', async () => {
    const roomId = await insertRoom(one);
    const a = await open(one, anna);
    const b = await open(two, bruno);
    await request(a, 'room:join', { roomId });
    await request(b, 'room:join', { roomId });
    for (const [from, to, body] of [
      [a, b, 'da uno a due'],
      [b, a, 'da due a uno'],
    ] as const) {
      const arrival = nextEvent<MessageView>(to, 'message:new', (m) => m.body === body);
      const ack = await send(from, roomId, body);
      expect((await arrival).id).toBe(ack.message.id);
    }
  });

  it('sees who is present on both instances', async () => {
    const roomId = await insertRoom(one, 'community', 'Presenze');
    const a = await open(one, anna);
    await request(a, 'room:join', { roomId });
    const b = await open(two, bruno);
    const join = await request<{ present: { userId: string }[] }>(b, 'room:join', { roomId });
    expect(join.present.map((p) => p.userId).sort()).toEqual([anna.id, bruno.id].sort());
  });

  it('lets a client moved to the other instance catch up with no gap and no duplicate', async () => {
    const roomId = await insertRoom(one, 'community', 'Trasloco');
    const a = await open(one, anna);
    const b = await open(one, bruno);
    await request(a, 'room:join', { roomId });
    await request(b, 'room:join', { roomId });
    const received: MessageView[] = [];
    b.on('message:new', (m: MessageView) => received.push(m));
    for (const body of ['uno', 'due']) await send(a, roomId, body);
    await waitFor(() => received.length === 2);
    b.close();
    for (const body of ['tre', 'quattro', 'cinque']) await send(a, roomId, body);
    const moved = await open(two, bruno);
    const lastSeen = Math.max(...received.map((m) => m.seq));
    const join = await request<{ missed: { messages: MessageView[] } }>(moved, 'room:join', {
      roomId,
      afterSeq: lastSeen,
    });
    const all = [...received, ...join.missed.messages];
    expect(all.map((m) => m.body)).toEqual(['uno', 'due', 'tre', 'quattro', 'cinque']);
    expect(all.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
    // and it is live again: the next message arrives through the adapter
    const arrival = nextEvent<MessageView>(moved, 'message:new', (m) => m.body === 'sei');
    await send(a, roomId, 'sei');
    expect((await arrival).seq).toBe(6);
  });

  it('closes cleanly right after starting: no adapter connection is left behind', async () => {
    const quick = await startTestApp(MANY);
    await quick.app.close();
    try {
      const own = await new DataSource({ type: 'postgres', url: quick.db.url }).initialize();
      try {
        expect(
          await own.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'oip-rooms-adapter'`,
          ),
        ).toEqual([{ n: 0 }]);
      } finally {
        await own.destroy();
      }
    } finally {
      await quick.db.drop();
    }
  });

  it('catches up after the server a client was on went away', async () => {
    const three = await startTestApp(MANY, { database: one.db });
    try {
      const roomId = await insertRoom(one, 'community', 'Riavvio');
      const a = await open(one, anna);
      const b = await open(three, bruno);
      await request(a, 'room:join', { roomId });
      await request(b, 'room:join', { roomId });
      const first = nextEvent<MessageView>(b, 'message:new');
      await send(a, roomId, 'prima del riavvio');
      const seen = (await first).seq;
      const dropped = new Promise((resolve) => b.once('disconnect', resolve));
      await three.close();
      await dropped;
      for (const body of ['durante', 'il', 'riavvio']) await send(a, roomId, body);
      const back = await open(two, bruno);
      const join = await request<{ missed: { messages: MessageView[] } }>(back, 'room:join', {
        roomId,
        afterSeq: seen,
      });
      expect(join.missed.messages.map((m) => [m.seq, m.body])).toEqual([
        [2, 'durante'],
        [3, 'il'],
        [4, 'riavvio'],
      ]);
    } finally {
      await three.close().catch(() => undefined);
    }
  });
});
