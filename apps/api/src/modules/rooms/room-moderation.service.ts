import { ROOM_LIMITS } from '@oip/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { checkPageSize } from '../../common/graphql/keyset-cursor';
import { isUuid } from '../../common/ids';
import { PRIVATE_KINDS, requireAccess, requireModerator, roomOfMessage } from './room-access';
import { RoomEvents } from './room-events';
import { readView, readViews, type RoomMessageView } from './room-message-views';

export interface RoomReportRow {
  id: string;
  messageId: string;
  reason: string;
  createdAt: Date;
  reporterName: string | null;
  /** The reported text, also when hidden or deleted (moderators only). */
  body: string;
  message: RoomMessageView;
}

/** The longest mute, in minutes (30 days). */
export const MAX_MUTE_MINUTES = 60 * 24 * 30;

/**
 * Reports, hiding, mutes, bans and slow mode. A room's moderators are its owners and
 * moderators, and platform staff for rooms that are not private (room-access.ts).
 */
@Injectable()
export class RoomModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: RoomEvents,
  ) {}

  /** Any member may report a message once, with a reason. */
  async report(user: AuthUser, messageId: string, reason: string): Promise<void> {
    const roomId = await roomOfMessage(this.dataSource.manager, messageId);
    await requireAccess(this.dataSource.manager, roomId, user);
    const text = reason.trim();
    if (!text || text.length > ROOM_LIMITS.reportReasonLength)
      throw new AppError('BAD_USER_INPUT', { field: 'reason' });
    await this.dataSource.query(
      `INSERT INTO room_report (message_id, reporter_id, reason) VALUES ($1, $2, $3)
       ON CONFLICT (message_id, reporter_id) DO UPDATE SET reason = EXCLUDED.reason, resolved_at = NULL`,
      [messageId, user.id, text],
    );
  }

  /** Hides (or shows again) a message; its open reports are resolved. */
  async hide(user: AuthUser, messageId: string, hidden: boolean): Promise<RoomMessageView> {
    const roomId = await roomOfMessage(this.dataSource.manager, messageId);
    await requireModerator(this.dataSource.manager, roomId, user);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE room_message SET hidden_at = CASE WHEN $2 THEN COALESCE(hidden_at, now()) END WHERE id = $1`,
        [messageId, hidden],
      );
      await manager.query(
        `UPDATE room_report SET resolved_at = now() WHERE message_id = $1 AND resolved_at IS NULL`,
        [messageId],
      );
    });
    const view = (await readView(this.dataSource.manager, messageId))!;
    this.events.messageUpdated(view);
    return view;
  }

  /** Mutes a member for `minutes` (0 lifts it): they read but cannot write. */
  async mute(user: AuthUser, roomId: string, userId: string, minutes: number): Promise<void> {
    if (!Number.isInteger(minutes) || minutes < 0 || minutes > MAX_MUTE_MINUTES)
      throw new AppError('BAD_USER_INPUT', { field: 'minutes', max: MAX_MUTE_MINUTES });
    await this.checkTarget(user, roomId, userId);
    await this.dataSource.query(
      `INSERT INTO room_member (room_id, user_id, muted_until)
       VALUES ($1, $2, CASE WHEN $3 > 0 THEN now() + make_interval(mins => $3) END)
       ON CONFLICT (room_id, user_id) DO UPDATE SET muted_until = EXCLUDED.muted_until`,
      [roomId, userId, minutes],
    );
    this.events.roomUpdated(roomId, { muted: userId, minutes });
  }

  /** Bans a member (they lose access at once, on every instance) or lifts the ban. */
  async ban(user: AuthUser, roomId: string, userId: string, banned: boolean): Promise<void> {
    await this.checkTarget(user, roomId, userId);
    await this.dataSource.query(
      `INSERT INTO room_member (room_id, user_id, banned_at) VALUES ($1, $2, CASE WHEN $3 THEN now() END)
       ON CONFLICT (room_id, user_id) DO UPDATE SET banned_at = EXCLUDED.banned_at`,
      [roomId, userId, banned],
    );
    if (banned) this.events.removed(userId, roomId);
  }

  /** Seconds between two messages of a member (0: off; moderators are exempt). */
  async setSlowMode(user: AuthUser, roomId: string, seconds: number): Promise<void> {
    if (!Number.isInteger(seconds) || seconds < 0 || seconds > 3600)
      throw new AppError('BAD_USER_INPUT', { field: 'seconds', max: 3600 });
    await requireModerator(this.dataSource.manager, roomId, user);
    await this.dataSource.query(`UPDATE room SET slow_mode_seconds = $2 WHERE id = $1`, [
      roomId,
      seconds,
    ]);
    this.events.roomUpdated(roomId, { slowModeSeconds: seconds });
  }

  /** Open reports of a room, oldest first (moderators). */
  async reports(user: AuthUser, roomId: string, first: number): Promise<RoomReportRow[]> {
    checkPageSize(first, 50);
    await requireModerator(this.dataSource.manager, roomId, user);
    const rows = await this.dataSource.query<Omit<RoomReportRow, 'message'>[]>(
      `SELECT rp.id, rp.message_id AS "messageId", rp.reason, rp.created_at AS "createdAt",
         u.full_name AS "reporterName", m.body
       FROM room_report rp JOIN room_message m ON m.id = rp.message_id
       LEFT JOIN user_account u ON u.id = rp.reporter_id
       WHERE m.room_id = $1 AND rp.resolved_at IS NULL ORDER BY rp.created_at, rp.id LIMIT $2`,
      [roomId, first],
    );
    const views = await readViews(this.dataSource.manager, 'm.id = ANY($1)', [
      [...new Set(rows.map((r) => r.messageId))],
    ]);
    const byId = new Map(views.map((v) => [v.id, v]));
    return rows.map((row) => ({ ...row, message: byId.get(row.messageId)! }));
  }

  /** A message's earlier texts, newest first (moderators). */
  async revisions(
    user: AuthUser,
    messageId: string,
  ): Promise<{ body: string; replacedAt: Date }[]> {
    const roomId = await roomOfMessage(this.dataSource.manager, messageId);
    await requireModerator(this.dataSource.manager, roomId, user);
    return this.dataSource.query(
      `SELECT body, replaced_at AS "replacedAt" FROM room_message_revision WHERE message_id = $1
       ORDER BY replaced_at DESC LIMIT 50`,
      [messageId],
    );
  }

  /**
   * A moderator may act on anyone but themselves and the room's owners; in a private
   * organisation room, only on the people of an organisation they administer (the partner
   * organisation's people are its own admins' business).
   */
  private async checkTarget(user: AuthUser, roomId: string, userId: string) {
    const access = await requireModerator(this.dataSource.manager, roomId, user);
    if (!isUuid(userId)) throw new AppError('NOT_FOUND');
    if (userId === user.id) throw new AppError('FORBIDDEN');
    const [target] = await this.dataSource.query<{ role: string | null; colleague: boolean }[]>(
      `SELECT (SELECT role FROM room_member WHERE room_id = $1 AND user_id = u.id) AS role,
         EXISTS (SELECT 1 FROM room_organisation ro
           JOIN membership mine ON mine.organisation_id = ro.organisation_id AND mine.user_id = $3
             AND mine.role IN ('owner', 'admin')
           JOIN membership theirs ON theirs.organisation_id = ro.organisation_id AND theirs.user_id = u.id
           WHERE ro.room_id = $1) AS colleague
       FROM user_account u WHERE u.id = $2 AND u.deleted_at IS NULL`,
      [roomId, userId, user.id],
    );
    if (!target) throw new AppError('NOT_FOUND');
    if (target.role === 'owner') throw new AppError('FORBIDDEN');
    if (PRIVATE_KINDS.includes(access.kind) && !target.colleague) throw new AppError('FORBIDDEN');
  }
}
