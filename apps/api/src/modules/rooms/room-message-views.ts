import type { RoomMessagePayload } from '@oip/domain';
import type { EntityManager } from 'typeorm';

/** A message as clients see it (socket events and GraphQL alike). */
export type RoomMessageView = RoomMessagePayload<Date>;

/** Reactions and reply counts read per message of the page (≤ 100 rows, indexed lookups). */
const VIEW_SELECT = `
  SELECT m.id, m.room_id AS "roomId", m.seq, m.parent_id AS "parentId", m.author_id AS "authorId",
    u.full_name AS "authorName",
    CASE WHEN m.deleted_at IS NULL AND m.hidden_at IS NULL THEN m.body END AS body,
    m.mentions, m.created_at AS "createdAt", m.edited_at AS "editedAt",
    m.deleted_at IS NOT NULL AS deleted, m.hidden_at IS NOT NULL AS hidden,
    COALESCE((SELECT json_agg(json_build_object('emoji', x.emoji, 'userIds', x.users) ORDER BY x.emoji)
      FROM (SELECT emoji, array_agg(user_id ORDER BY user_id) AS users FROM room_reaction
            WHERE message_id = m.id GROUP BY emoji) x), '[]') AS reactions,
    (SELECT count(*)::int FROM room_message r WHERE r.parent_id = m.id) AS "replyCount",
    CASE WHEN m.deleted_at IS NULL AND m.hidden_at IS NULL THEN COALESCE((
      SELECT json_agg(json_build_object('id', f.id, 'name', f.name, 'size', f.size,
        'contentType', f.content_type, 'url', '/api/files/' || f.id) ORDER BY f.created_at, f.id)
      FROM room_attachment a JOIN file f ON f.id = a.file_id WHERE a.message_id = m.id), '[]') ELSE '[]' END
      AS attachments
  FROM room_message m LEFT JOIN user_account u ON u.id = m.author_id`;

/** Views of a room's messages matching `where` (on alias m), in seq order. */
export async function readViews(
  manager: EntityManager,
  where: string,
  params: unknown[],
  order: 'ASC' | 'DESC' = 'ASC',
  limit = 100,
): Promise<RoomMessageView[]> {
  return manager.query<RoomMessageView[]>(
    `${VIEW_SELECT} WHERE ${where} ORDER BY m.seq ${order} LIMIT ${Math.min(limit, 200)}`,
    params,
  );
}

export async function readView(manager: EntityManager, messageId: string) {
  const [view] = await readViews(manager, 'm.id = $1', [messageId]);
  return view ?? null;
}
