import { RoomFanout } from './room-fanout';

describe('RoomFanout', () => {
  let sent: [string, string, unknown][];
  let audience: number;
  const fanout = (windowMs = 40) =>
    new RoomFanout({
      emit: (channel, event, payload) => sent.push([channel, event, payload]),
      audience: () => audience,
      windowMs,
      minAudience: 10,
    });

  beforeEach(() => {
    jest.useFakeTimers({ now: 1_000_000 });
    sent = [];
    audience = 100;
  });
  afterEach(() => jest.useRealTimers());

  it('sends a quiet large room’s first message at once, then one frame per window, in order', () => {
    const rooms = fanout();
    rooms.push('room:a', { event: 'message:new', payload: 1 });
    expect(sent).toEqual([['room:a', 'message:new', 1]]);
    jest.advanceTimersByTime(10);
    rooms.push('room:a', { event: 'message:new', payload: 2 });
    jest.advanceTimersByTime(10);
    rooms.push('room:a', { event: 'message:new', payload: 3 });
    expect(sent).toHaveLength(1);
    jest.advanceTimersByTime(19);
    expect(sent).toHaveLength(1);
    jest.advanceTimersByTime(1); // 40 ms after the first frame
    expect(sent).toEqual([
      ['room:a', 'message:new', 1],
      ['room:a', 'messages:new', [2, 3]],
    ]);
    // a lone message in the next window goes as itself, at the window's end
    rooms.push('room:a', { event: 'message:new', payload: 4 });
    jest.advanceTimersByTime(40);
    expect(sent.at(-1)).toEqual(['room:a', 'message:new', 4]);
    // after a quiet window: at once again
    jest.advanceTimersByTime(100);
    rooms.push('room:a', { event: 'message:new', payload: 5 });
    expect(sent.at(-1)).toEqual(['room:a', 'message:new', 5]);
  });

  it('never lets an edit overtake the messages waiting before it', () => {
    const rooms = fanout();
    rooms.push('room:a', { event: 'message:new', payload: 1 });
    rooms.push('room:a', { event: 'message:new', payload: 2 });
    rooms.push('room:a', { event: 'message:updated', payload: 2 });
    rooms.push('room:a', { event: 'message:new', payload: 3 });
    rooms.push('room:a', { event: 'message:new', payload: 4 });
    jest.advanceTimersByTime(40);
    expect(sent.map(([, event, payload]) => [event, payload])).toEqual([
      ['message:new', 1],
      ['message:new', 2],
      ['message:updated', 2],
      ['messages:new', [3, 4]],
    ]);
  });

  it('delays nothing in small rooms, or when the window is 0', () => {
    audience = 9;
    const small = fanout();
    for (const n of [1, 2, 3]) small.push('room:a', { event: 'message:new', payload: n });
    expect(sent).toHaveLength(3);
    audience = 1000;
    const never = fanout(0);
    for (const n of [4, 5]) never.push('room:b', { event: 'message:new', payload: n });
    expect(sent.map(([, , payload]) => payload)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps rooms apart and sends what waits when closed', () => {
    const rooms = fanout();
    rooms.push('room:a', { event: 'message:new', payload: 'a1' });
    rooms.push('room:b', { event: 'message:new', payload: 'b1' });
    rooms.push('room:a', { event: 'message:new', payload: 'a2' });
    expect(sent).toEqual([
      ['room:a', 'message:new', 'a1'],
      ['room:b', 'message:new', 'b1'],
    ]);
    rooms.close();
    expect(sent.at(-1)).toEqual(['room:a', 'message:new', 'a2']);
    jest.advanceTimersByTime(100);
    expect(sent).toHaveLength(3);
  });
});
