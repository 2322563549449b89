import type { PlatformRole } from '@oip/domain';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { isUuid } from '../../common/ids';
import type { RoomMemberRole } from './entities/room-member.entity';
import type { RoomKind } from './entities/room.entity';

/** Kinds whose content is confidential to their members: platform staff get no way in. */
export const PRIVATE_KINDS: readonly RoomKind[] = ['partnership', 'project_group', 'direct'];

/** What one person may do in one room (docs/rooms.md, "Who may enter"). */
export interface RoomAccess {
  roomId: string;
  kind: RoomKind;
  title: string;
  slowModeSeconds: number;
  lastSeq: number;
  /** May read and (unless muted) write. */
  allowed: boolean;
  banned: boolean;
  mutedUntil: Date | null;
  /** May hide messages, mute and ban members, set slow mode. */
  moderates: boolean;
  memberRole: RoomMemberRole | null;
  lastReadSeq: number;
}

/**
 * Who moderates: the room's owners and moderators (member rows); in private organisation rooms
 * the owners and admins of those organisations; platform staff in rooms that are not private.
 * Who may enter, per kind: community rooms anyone signed in; a challenge's Q&A room whoever may
 * see the challenge (public and published or later, its organisation's members, invited
 * organisations' members); partnership and project-group rooms the members of the room's
 * organisations; event and direct rooms the people with a member row. A ban overrides all.
 */
const ACCESS_SQL = `
  SELECT u.id AS "userId", r.id AS "roomId", r.kind, r.title,
    r.slow_mode_seconds AS "slowModeSeconds", r.last_seq AS "lastSeq", m.role AS "memberRole",
    m.banned_at IS NOT NULL AS banned, m.muted_until AS "mutedUntil",
    COALESCE(m.last_read_seq, 0) AS "lastReadSeq",
    CASE
      WHEN r.kind = 'community' THEN true
      WHEN r.kind = 'challenge' THEN EXISTS (
        SELECT 1 FROM challenge c WHERE c.id = r.challenge_id AND (
          (c.visibility = 'public' AND c.status NOT IN ('draft', 'in_review'))
          OR EXISTS (SELECT 1 FROM membership ms WHERE ms.organisation_id = c.organisation_id AND ms.user_id = u.id)
          OR (c.status NOT IN ('draft', 'in_review') AND EXISTS (
            SELECT 1 FROM challenge_invited_organisation i JOIN membership ms ON ms.organisation_id = i.organisation_id
            WHERE i.challenge_id = c.id AND ms.user_id = u.id))))
      WHEN r.kind IN ('partnership', 'project_group') THEN org.member
      ELSE m.user_id IS NOT NULL
    END AS allowed,
    r.kind IN ('partnership', 'project_group') AND org.admin AS "organisationAdmin"
  FROM room r
  CROSS JOIN unnest($2::uuid[]) AS u(id)
  LEFT JOIN room_member m ON m.room_id = r.id AND m.user_id = u.id
  -- membership of the room's organisations (private organisation rooms)
  CROSS JOIN LATERAL (
    SELECT count(*) > 0 AS member, COALESCE(bool_or(ms.role IN ('owner', 'admin')), false) AS admin
    FROM room_organisation ro JOIN membership ms ON ms.organisation_id = ro.organisation_id
    WHERE ro.room_id = r.id AND ms.user_id = u.id
  ) org
  WHERE r.id = $1`;

type AccessRow = Omit<RoomAccess, 'moderates'> & { userId: string; organisationAdmin: boolean };

/** The access of each person to the room, in one statement (empty when the room does not exist). */
async function readAccesses(
  manager: EntityManager,
  roomId: string,
  users: readonly Pick<AuthUser, 'id' | 'role'>[],
): Promise<Map<string, RoomAccess>> {
  const rows = await manager.query<AccessRow[]>(ACCESS_SQL, [roomId, users.map((u) => u.id)]);
  const roles = new Map(users.map((u) => [u.id, u.role]));
  return new Map(
    rows.map(({ userId, organisationAdmin, ...row }) => {
      const staff = isStaff({ role: roles.get(userId)! }) && !PRIVATE_KINDS.includes(row.kind);
      const allowed = !row.banned && (row.allowed || staff);
      const moderates =
        allowed &&
        (staff ||
          organisationAdmin ||
          row.memberRole === 'owner' ||
          row.memberRole === 'moderator');
      return [userId, { ...row, allowed, moderates }];
    }),
  );
}

/** The access of `user` to `roomId`, whatever it is; null when the room does not exist. */
export async function readAccess(
  manager: EntityManager,
  roomId: string,
  user: Pick<AuthUser, 'id' | 'role'>,
): Promise<RoomAccess | null> {
  if (!isUuid(roomId)) return null;
  return (await readAccesses(manager, roomId, [user])).get(user.id) ?? null;
}

/** The access of a member who may read; NOT_FOUND for unknown rooms, ROOM_BANNED / ROOM_NOT_MEMBER otherwise. */
export async function requireAccess(
  manager: EntityManager,
  roomId: string,
  user: Pick<AuthUser, 'id' | 'role'>,
): Promise<RoomAccess> {
  const access = await readAccess(manager, roomId, user);
  if (!access) throw new AppError('NOT_FOUND');
  if (access.banned) throw new AppError('ROOM_BANNED');
  if (!access.allowed) throw new AppError('ROOM_NOT_MEMBER');
  return access;
}

/** As requireAccess, and the person moderates the room (FORBIDDEN otherwise). */
export async function requireModerator(
  manager: EntityManager,
  roomId: string,
  user: Pick<AuthUser, 'id' | 'role'>,
): Promise<RoomAccess> {
  const access = await requireAccess(manager, roomId, user);
  if (!access.moderates) throw new AppError('FORBIDDEN');
  return access;
}

/** Of `userIds`, those who may read the room (mentions only reach them); one statement. */
export async function usersWithAccess(
  manager: EntityManager,
  roomId: string,
  userIds: readonly string[],
): Promise<string[]> {
  const ids = [...new Set(userIds.filter(isUuid))].slice(0, 50);
  if (ids.length === 0) return [];
  const users = await manager.query<{ id: string; role: PlatformRole }[]>(
    `SELECT id, role FROM user_account WHERE id = ANY($1) AND deleted_at IS NULL`,
    [ids],
  );
  const accesses = await readAccesses(manager, roomId, users);
  return users.filter((u) => accesses.get(u.id)?.allowed).map((u) => u.id);
}

/** The room of a message; NOT_FOUND when there is no such message. */
export async function roomOfMessage(manager: EntityManager, messageId: string): Promise<string> {
  if (!isUuid(messageId)) throw new AppError('NOT_FOUND');
  const [row] = await manager.query<{ roomId: string }[]>(
    `SELECT room_id AS "roomId" FROM room_message WHERE id = $1`,
    [messageId],
  );
  if (!row) throw new AppError('NOT_FOUND');
  return row.roomId;
}

/** Platform moderators and admins. */
export const isStaff = (user: { role: PlatformRole }) =>
  user.role === 'moderator' || user.role === 'admin';
