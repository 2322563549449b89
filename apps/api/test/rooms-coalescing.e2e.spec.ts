import type { Socket } from 'socket.io-client';
import { signUp, type SignedUp } from './harness/accounts';
import { startTestApp, type TestApp } from './harness/app';
import { connectAs, insertRoom, request, send, waitFor, type MessageView } from './harness/rooms';

/**
 * Large, busy rooms: every instance coalesces the new messages of one window into one
 * `messages:new` frame per connection (docs/rooms.md, "Speed"). Here "large" is one connection
 * and the window is long enough to hold a few sends whatever the machine's load.
 */
const COALESCING = {
  ROOMS_RATE_LIMIT: '100',
  ROOMS_BATCH_MIN_AUDIENCE: '1',
  ROOMS_BATCH_WINDOW_MS: '1000',
};

describe('rooms: new messages coalesced in large, busy rooms', () => {
  let one: TestApp;
  let two: TestApp;
  let anna: SignedUp;
  let bruno: SignedUp;
  let carla: SignedUp;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    one = await startTestApp(COALESCING);
    two = await startTestApp(COALESCING, { database: one.db });
    anna = await signUp(one, 'anna@coalescing.test', 'Anna Colombo');
    bruno = await signUp(two, 'bruno@coalescing.test', 'Bruno Ferrari');
    carla = await signUp(one, 'carla@coalescing.test', 'Carla Rossi');
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await two.close();
    await one.close();
  });

  it('sends the first at once, the rest of the window as one frame, in order, on both instances', async () => {
    const roomId = await insertRoom(one, 'community', 'Affollata');
    const connect = async (api: TestApp, person: SignedUp) => {
      const socket = await connectAs(api, person.client, { url: api.url });
      sockets.push(socket);
      expect((await request(socket, 'room:join', { roomId })).ok).toBe(true);
      const events: [string, unknown][] = [];
      socket.onAny((event: string, payload: unknown) => {
        if (event.startsWith('message')) events.push([event, payload]);
      });
      return events;
    };
    const a = await connectAs(one, anna.client, { url: one.url });
    sockets.push(a);
    await request(a, 'room:join', { roomId });
    const sameInstance = await connect(one, carla);
    const otherInstance = await connect(two, bruno);

    const first = await send(a, roomId, 'primo');
    const second = await send(a, roomId, 'secondo');
    const third = await send(a, roomId, 'terzo');
    const edited = await request(a, 'message:edit', {
      messageId: second.message.id,
      body: 'secondo, corretto',
    });
    expect(edited.ok).toBe(true);

    const expected = [
      ['message:new', ['primo']],
      ['messages:new', ['secondo', 'terzo']],
      ['message:updated', ['secondo, corretto']],
    ];
    const bodies = (events: [string, unknown][]) =>
      events.map(([event, payload]) => [
        event,
        (Array.isArray(payload) ? payload : [payload]).map((m: MessageView) => m.body),
      ]);
    for (const events of [sameInstance, otherInstance]) {
      await waitFor(() => events.length === 3);
      expect(bodies(events)).toEqual(expected);
      const batch = events[1]![1] as MessageView[];
      expect(batch.map((m) => m.seq)).toEqual([second.message.seq, third.message.seq]);
      expect((events[0]![1] as MessageView).seq).toBe(first.message.seq);
    }
  });
});
