import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { isUuid } from '../../common/ids';
import { checkPageSize, decodeCursor, encodeCursor } from '../../common/graphql/keyset-cursor';
import type { RoomKind } from './entities/room.entity';
import { isStaff, requireAccess, requireModerator, type RoomAccess } from './room-access';
import { RoomEvents } from './room-events';

export const MAX_ROOM_PAGE = 50;

/** A room as its lists show it, with the caller's unread count. */
export interface RoomRow {
  id: string;
  kind: RoomKind;
  title: string;
  description: string;
  challengeId: string | null;
  slowModeSeconds: number;
  lastSeq: number;
  lastReadSeq: number;
  activeAt: Date;
  joined: boolean;
  /** Direct rooms: the other person's name, shown as the title. */
  otherName: string | null;
  /** The caller may hide messages, mute, ban, set slow mode. */
  moderates: boolean;
}

export interface RoomPage {
  rows: RoomRow[];
  endCursor: string | null;
  hasNextPage: boolean;
}

const ROOM_COLUMNS = `r.id, r.kind, r.title, r.description, r.challenge_id AS "challengeId",
  r.slow_mode_seconds AS "slowModeSeconds", r.last_seq AS "lastSeq", r.active_at AS "activeAt",
  COALESCE(m.last_read_seq, 0) AS "lastReadSeq", m.user_id IS NOT NULL AS joined,
  (COALESCE(m.role IN ('owner', 'moderator'), false) OR ($2 AND r.kind IN ('community', 'challenge', 'event'))
    OR (r.kind IN ('partnership', 'project_group') AND EXISTS (
      SELECT 1 FROM room_organisation ro JOIN membership ms ON ms.organisation_id = ro.organisation_id
      WHERE ro.room_id = r.id AND ms.user_id = $1 AND ms.role IN ('owner', 'admin')))) AS moderates,
  CASE WHEN r.kind = 'direct' THEN (SELECT u.full_name FROM room_member o JOIN user_account u ON u.id = o.user_id
    WHERE o.room_id = r.id AND o.user_id <> $1 LIMIT 1) END AS "otherName"`;

/**
 * Who is in which room: entering, the caller's rooms with unread counts, the community
 * directory, opening rooms (community and event by staff, a challenge's Q&A by its owners,
 * direct between two people) and adding people to event and direct rooms.
 */
@Injectable()
export class RoomMembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: RoomEvents,
  ) {}

  /** Checks access and records the person as a member (their rooms list shows it from now on). */
  async enter(user: AuthUser, roomId: string): Promise<RoomAccess> {
    const access = await requireAccess(this.dataSource.manager, roomId, user);
    if (!access.memberRole)
      await this.dataSource.query(
        `INSERT INTO room_member (room_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [roomId, user.id],
      );
    return access;
  }

  /** The rooms the caller is in (member rows, and the private rooms of their organisations), latest activity first. */
  async mine(user: AuthUser, first: number, after: string | null): Promise<RoomPage> {
    checkPageSize(first, MAX_ROOM_PAGE);
    const cursor = after ? decodeCursor(after, 'timestamp') : null;
    const rows = await this.dataSource.query<RoomRow[]>(
      `SELECT ${ROOM_COLUMNS}
       FROM room r LEFT JOIN room_member m ON m.room_id = r.id AND m.user_id = $1
       WHERE (m.user_id IS NOT NULL AND m.banned_at IS NULL
              OR (m.user_id IS NULL AND r.kind IN ('partnership', 'project_group') AND EXISTS (
                SELECT 1 FROM room_organisation ro JOIN membership ms ON ms.organisation_id = ro.organisation_id
                WHERE ro.room_id = r.id AND ms.user_id = $1)))
         AND ($3::timestamptz IS NULL OR (r.active_at, r.id) < ($3::timestamptz, $4::uuid))
       ORDER BY r.active_at DESC, r.id DESC LIMIT $5`,
      [user.id, isStaff(user), cursor?.k ?? null, cursor?.id ?? null, first + 1],
    );
    return page(rows, first, (row) => ({ k: new Date(row.activeAt).toISOString(), id: row.id }));
  }

  /** Every community room (anyone signed in may join), by title. */
  async community(user: AuthUser, first: number, after: string | null): Promise<RoomPage> {
    checkPageSize(first, MAX_ROOM_PAGE);
    const cursor = after ? decodeCursor(after, 'string') : null;
    const rows = await this.dataSource.query<RoomRow[]>(
      `SELECT ${ROOM_COLUMNS}
       FROM room r LEFT JOIN room_member m ON m.room_id = r.id AND m.user_id = $1
       WHERE r.kind = 'community' AND m.banned_at IS NULL
         AND ($3::text IS NULL OR (r.title, r.id) > ($3::text, $4::uuid))
       ORDER BY r.title, r.id LIMIT $5`,
      [user.id, isStaff(user), cursor?.k ?? null, cursor?.id ?? null, first + 1],
    );
    return page(rows, first, (row) => ({ k: row.title, id: row.id }));
  }

  /** One room the caller may read. */
  async one(user: AuthUser, roomId: string): Promise<RoomRow> {
    await requireAccess(this.dataSource.manager, roomId, user);
    const [row] = await this.dataSource.query<RoomRow[]>(
      `SELECT ${ROOM_COLUMNS} FROM room r LEFT JOIN room_member m ON m.room_id = r.id AND m.user_id = $1
       WHERE r.id = $3`,
      [user.id, isStaff(user), roomId],
    );
    return row!;
  }

  /** A community or event room, opened by platform staff, who own it. */
  async create(
    user: AuthUser,
    input: { kind: 'community' | 'event'; title: string; description: string },
  ): Promise<string> {
    if (!isStaff(user)) throw new AppError('FORBIDDEN');
    const title = input.title.trim();
    if (!title || title.length > 200) throw new AppError('BAD_USER_INPUT', { field: 'title' });
    if (input.description.length > 1000)
      throw new AppError('BAD_USER_INPUT', { field: 'description' });
    return this.dataSource.transaction(async (manager) => {
      const [room] = await manager.query<{ id: string }[]>(
        `INSERT INTO room (kind, title, description) VALUES ($1, $2, $3) RETURNING id`,
        [input.kind, title, input.description.trim()],
      );
      await manager.query(
        `INSERT INTO room_member (room_id, user_id, role) VALUES ($1, $2, 'owner')`,
        [room!.id, user.id],
      );
      return room!.id;
    });
  }

  /** The one direct room of two people (opened on first use). */
  async openDirect(user: AuthUser, otherUserId: string): Promise<string> {
    if (!isUuid(otherUserId)) throw new AppError('NOT_FOUND');
    if (otherUserId === user.id) throw new AppError('DIRECT_ROOM_SELF');
    const [other] = await this.dataSource.query<{ fullName: string }[]>(
      `SELECT full_name AS "fullName" FROM user_account WHERE id = $1 AND deleted_at IS NULL`,
      [otherUserId],
    );
    if (!other) throw new AppError('NOT_FOUND');
    const key = [user.id, otherUserId].sort().join(':');
    return this.dataSource.transaction(async (manager) => {
      const [room] = await manager.query<{ id: string }[]>(
        `INSERT INTO room (kind, title, direct_key) VALUES ('direct', $1, $2)
         ON CONFLICT (direct_key) WHERE direct_key IS NOT NULL DO UPDATE SET direct_key = EXCLUDED.direct_key
         RETURNING id`,
        [`${user.fullName} · ${other.fullName}`.slice(0, 200), key],
      );
      await manager.query(
        `INSERT INTO room_member (room_id, user_id, role) VALUES ($1, $2, 'member'), ($1, $3, 'member')
         ON CONFLICT DO NOTHING`,
        [room!.id, user.id, otherUserId],
      );
      return room!.id;
    });
  }

  /** A challenge's Q&A room, opened by an owner or admin of its organisation (or staff); the same room on a second call. */
  async openChallengeRoom(user: AuthUser, challengeId: string): Promise<string> {
    if (!isUuid(challengeId)) throw new AppError('NOT_FOUND');
    const [challenge] = await this.dataSource.query<{ title: string; role: string | null }[]>(
      `SELECT c.title_it AS title, (SELECT role FROM membership WHERE organisation_id = c.organisation_id AND user_id = $2) AS role
       FROM challenge c WHERE c.id = $1`,
      [challengeId, user.id],
    );
    if (!challenge) throw new AppError('NOT_FOUND');
    if (!isStaff(user) && challenge.role !== 'owner' && challenge.role !== 'admin')
      throw new AppError('FORBIDDEN');
    return this.dataSource.transaction(async (manager) => {
      const [room] = await manager.query<{ id: string }[]>(
        `INSERT INTO room (kind, title, challenge_id) VALUES ('challenge', $1, $2)
         ON CONFLICT (challenge_id) WHERE challenge_id IS NOT NULL DO UPDATE SET challenge_id = EXCLUDED.challenge_id
         RETURNING id`,
        [`Q&A · ${challenge.title}`.slice(0, 200), challengeId],
      );
      await manager.query(
        `INSERT INTO room_member (room_id, user_id, role) VALUES ($1, $2, 'owner')
         ON CONFLICT (room_id, user_id) DO UPDATE SET role = 'owner'`,
        [room!.id, user.id],
      );
      return room!.id;
    });
  }

  /** Adds a person to an event room (a registered attendee) or a community room; moderators and owners only. */
  async add(user: AuthUser, roomId: string, userId: string): Promise<void> {
    const access = await requireModerator(this.dataSource.manager, roomId, user);
    if (access.kind !== 'event' && access.kind !== 'community') throw new AppError('FORBIDDEN');
    if (!isUuid(userId)) throw new AppError('NOT_FOUND');
    const [exists] = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM user_account WHERE id = $1 AND deleted_at IS NULL`,
      [userId],
    );
    if (!exists) throw new AppError('NOT_FOUND');
    const added = await this.dataSource.query<unknown[]>(
      `INSERT INTO room_member (room_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
      [roomId, userId],
    );
    if (added.length) this.events.roomUpdated(roomId, { memberAdded: userId });
  }

  /**
   * People who may read the room, by name (mention autocomplete, moderation): member rows, and
   * for private organisation rooms the organisations' members. `query` filters by name.
   */
  async people(
    user: AuthUser,
    roomId: string,
    query: string,
    first: number,
  ): Promise<RoomPerson[]> {
    checkPageSize(first, MAX_ROOM_PAGE);
    const access = await requireAccess(this.dataSource.manager, roomId, user);
    const byOrganisation = access.kind === 'partnership' || access.kind === 'project_group';
    return this.dataSource.query<RoomPerson[]>(
      `SELECT p.user_id AS "userId", u.full_name AS name, COALESCE(m.role, 'member') AS role
       FROM (SELECT user_id FROM room_member WHERE room_id = $1 AND banned_at IS NULL
             UNION SELECT ms.user_id FROM room_organisation ro JOIN membership ms ON ms.organisation_id = ro.organisation_id
               WHERE $2 AND ro.room_id = $1) p
       JOIN user_account u ON u.id = p.user_id AND u.deleted_at IS NULL
       LEFT JOIN room_member m ON m.room_id = $1 AND m.user_id = p.user_id
       WHERE m.banned_at IS NULL AND ($3 = '' OR u.full_name ILIKE '%' || $3 || '%')
       ORDER BY u.full_name, p.user_id LIMIT $4`,
      [
        roomId,
        byOrganisation,
        query
          .trim()
          .slice(0, 60)
          .replace(/[%_\\]/g, ''),
        first,
      ],
    );
  }

  /** Joins a community room freely. */
  async join(user: AuthUser, roomId: string): Promise<RoomRow> {
    const access = await requireAccess(this.dataSource.manager, roomId, user);
    if (access.kind !== 'community') throw new AppError('ROOM_NOT_PUBLIC');
    await this.enter(user, roomId);
    return this.one(user, roomId);
  }

  /** Leaves a community or event room (its history stays). */
  async leave(user: AuthUser, roomId: string): Promise<void> {
    const access = await requireAccess(this.dataSource.manager, roomId, user);
    if (access.kind !== 'community' && access.kind !== 'event') throw new AppError('FORBIDDEN');
    await this.dataSource.query(
      `DELETE FROM room_member WHERE room_id = $1 AND user_id = $2 AND banned_at IS NULL AND muted_until IS NULL`,
      [roomId, user.id],
    );
    this.events.removed(user.id, roomId);
  }
}

function page(
  rows: RoomRow[],
  first: number,
  key: (row: RoomRow) => { k: string; id: string },
): RoomPage {
  const kept = rows.slice(0, first);
  const last = kept.at(-1);
  return {
    rows: kept,
    endCursor: last ? encodeCursor(key(last)) : null,
    hasNextPage: rows.length > first,
  };
}

export interface RoomPerson {
  userId: string;
  name: string;
  role: string;
}
