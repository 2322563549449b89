import {
  contiguousUntil,
  emptyTimeline,
  hasGap,
  mergeMessages,
  prependOlder,
  updateMessage,
  type TimelineMessage,
} from '../lib/timeline';

const message = (seq: number, body = `m${seq}`): TimelineMessage => ({
  id: `id-${seq}`,
  roomId: 'r',
  seq,
  parentId: null,
  authorId: 'a',
  authorName: 'Anna',
  body,
  mentions: [],
  createdAt: '2026-11-30T10:00:00Z',
  editedAt: null,
  deleted: false,
  hidden: false,
  replyCount: 0,
  reactions: [],
  attachments: [],
});

describe('room timeline', () => {
  it('keeps messages in seq order, once each, whatever order they arrive in', () => {
    let timeline = mergeMessages(emptyTimeline, [message(3), message(1)]);
    timeline = mergeMessages(timeline, [message(2), message(3)]);
    expect(timeline.messages.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('knows up to where nothing is missing, and when a live message skipped some', () => {
    const timeline = mergeMessages(emptyTimeline, [message(4), message(5), message(8)]);
    expect(contiguousUntil(timeline)).toBe(5);
    expect(hasGap(timeline)).toBe(true);
    const caughtUp = mergeMessages(timeline, [message(6), message(7)]);
    expect(contiguousUntil(caughtUp)).toBe(8);
    expect(hasGap(caughtUp)).toBe(false);
    expect(contiguousUntil(emptyTimeline)).toBe(0);
  });

  it('replaces edited messages it has and ignores those it never loaded', () => {
    const timeline = mergeMessages(emptyTimeline, [message(1), message(2)]);
    const edited = updateMessage(timeline, { ...message(2, 'changed'), editedAt: 'now' });
    expect(edited.messages[1]!.body).toBe('changed');
    expect(updateMessage(timeline, message(9))).toBe(timeline);
  });

  it('prepends older pages and remembers whether there is more', () => {
    const timeline = mergeMessages(emptyTimeline, [message(11), message(12)]);
    const older = prependOlder(timeline, [message(9), message(10)], false);
    expect(older.messages.map((m) => m.seq)).toEqual([9, 10, 11, 12]);
    expect(older.hasOlder).toBe(false);
  });
});
