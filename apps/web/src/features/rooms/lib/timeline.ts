import type { RoomMessagePayload } from '@oip/domain';
/** A message as the room page holds it (GraphQL and socket events give the same shape). */
export type TimelineMessage = RoomMessagePayload;

/**
 * A room's messages in seq order, each seq once. Messages come from three sources in any
 * order (the first page, live events, catch-up and older pages): merging by seq makes the
 * result independent of the order, and `contiguousUntil` says up to where nothing is missing.
 */
export interface Timeline {
  messages: TimelineMessage[];
  hasOlder: boolean;
}

/** A message from GraphQL (its DateTime scalars are ISO strings on the wire). */
export function fromGraphQL(
  message: Omit<TimelineMessage, 'createdAt' | 'editedAt'> & {
    createdAt: unknown;
    editedAt: unknown;
  },
): TimelineMessage {
  return {
    ...message,
    createdAt: String(message.createdAt),
    editedAt: message.editedAt ? String(message.editedAt) : null,
  };
}

export const emptyTimeline: Timeline = { messages: [], hasOlder: false };

/** Adds or replaces messages (by seq; a later version of the same message wins by edit state). */
export function mergeMessages(timeline: Timeline, incoming: readonly TimelineMessage[]): Timeline {
  if (incoming.length === 0) return timeline;
  const bySeq = new Map(timeline.messages.map((m) => [m.seq, m]));
  for (const message of incoming) bySeq.set(message.seq, normalise(message));
  const messages = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  return { ...timeline, messages };
}

/** Replaces a message that is already there (edits, deletes, reactions, hiding); ignores others. */
export function updateMessage(timeline: Timeline, message: TimelineMessage): Timeline {
  if (!timeline.messages.some((m) => m.id === message.id)) return timeline;
  return {
    ...timeline,
    messages: timeline.messages.map((m) => (m.id === message.id ? normalise(message) : m)),
  };
}

/** Older history prepended (scrolling back). */
export function prependOlder(
  timeline: Timeline,
  older: readonly TimelineMessage[],
  hasOlder: boolean,
): Timeline {
  return { ...mergeMessages(timeline, older), hasOlder };
}

/**
 * The highest seq up to which the timeline has every message from its first one: what a
 * catch-up asks "after". 0 when empty.
 */
export function contiguousUntil(timeline: Timeline): number {
  const [first, ...rest] = timeline.messages;
  if (!first) return 0;
  let last = first.seq;
  for (const message of rest) {
    if (message.seq !== last + 1) break;
    last = message.seq;
  }
  return last;
}

/** True when a message arrived beyond a hole: the client must catch up from contiguousUntil. */
export function hasGap(timeline: Timeline): boolean {
  const last = timeline.messages.at(-1);
  return last !== undefined && last.seq !== contiguousUntil(timeline);
}

/** The replies of a thread, oldest first. */
export function repliesOf(timeline: Timeline, rootId: string): TimelineMessage[] {
  return timeline.messages.filter((m) => m.parentId === rootId);
}

function normalise(message: TimelineMessage): TimelineMessage {
  return {
    ...message,
    mentions: message.mentions ?? [],
    replyCount: message.replyCount ?? 0,
    attachments: message.attachments ?? [],
    reactions: (message.reactions ?? []).map(({ emoji, userIds }) => ({ emoji, userIds })),
  };
}
