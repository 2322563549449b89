/** Limits of real-time rooms: the API enforces them, the web shows them. */
export const ROOM_LIMITS = {
  /** Characters of one message (trimmed). */
  messageLength: 10_000,
  /** Characters of a report's reason. */
  reportReasonLength: 500,
  /** Files one message may carry (and unsent uploads one person may hold in a room). */
  attachmentsPerMessage: 5,
  /** Messages in one history page. */
  historyPage: 50,
  /** Messages in one catch-up batch. */
  catchUp: 200,
} as const;

/**
 * A room message as clients receive it, from socket events and GraphQL alike. `Time` is a
 * Date in the API and an ISO string on the wire.
 */
export interface RoomMessagePayload<Time = string> {
  id: string;
  roomId: string;
  seq: number;
  parentId: string | null;
  authorId: string | null;
  authorName: string | null;
  /** Markdown source; null once deleted or while hidden by a moderator. */
  body: string | null;
  mentions: string[];
  createdAt: Time;
  editedAt: Time | null;
  deleted: boolean;
  hidden: boolean;
  reactions: { emoji: string; userIds: string[] }[];
  replyCount: number;
  /** Files sent with it (download at `url`; none once deleted or hidden). */
  attachments: { id: string; name: string; size: number; contentType: string; url: string }[];
}
