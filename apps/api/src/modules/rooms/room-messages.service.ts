import { ROOM_LIMITS } from '@oip/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { checkPageSize } from '../../common/graphql/keyset-cursor';
import { DomainEvents } from '../../common/events/domain-events';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { RoomAttachmentsService } from './room-attachments.service';
import { requireAccess, roomOfMessage, usersWithAccess } from './room-access';
import { readView, readViews, type RoomMessageView } from './room-message-views';
import { checkBody } from './room-payloads';

export interface SendInput {
  roomId: string;
  body: string;
  parentId?: string | null;
  mentions: string[];
  attachmentIds?: string[];
  idempotencyKey: string;
}

export interface HistoryPage {
  messages: RoomMessageView[];
  hasOlder: boolean;
  hasNewer: boolean;
}

const UNIQUE_VIOLATION = '23505';

/**
 * The write of a message, one statement: the UPDATE takes the room row's lock (held to the
 * end of the statement's transaction), so seq order is commit order (decision 0020); the
 * sender's read marker moves to it. A repeated idempotency key fails the whole statement.
 */
const WRITE_MESSAGE = `
  WITH numbered AS (
    UPDATE room SET last_seq = last_seq + 1, active_at = now() WHERE id = $1 RETURNING last_seq
  ), message AS (
    INSERT INTO room_message (room_id, seq, author_id, body, parent_id, idempotency_key, mentions)
    SELECT $1, last_seq, $2, $3, $4, $5, $6 FROM numbered
    RETURNING id, seq, created_at
  ), attached AS (
    UPDATE room_attachment SET message_id = (SELECT id FROM message)
    WHERE file_id = ANY($7::uuid[]) AND room_id = $1 AND uploaded_by = $2 AND message_id IS NULL
  ), reader AS (
    INSERT INTO room_member (room_id, user_id, last_read_seq) SELECT $1, $2, seq FROM message
    ON CONFLICT (room_id, user_id)
    DO UPDATE SET last_read_seq = GREATEST(room_member.last_read_seq, EXCLUDED.last_read_seq)
  )
  SELECT id, seq, created_at AS "createdAt" FROM message`;

/**
 * Messages: stored in one transaction before anyone hears of them (the caller broadcasts the
 * returned view), numbered per room under the room row's lock so seq order is commit order and
 * a client that knows its last seq can ask for exactly what it missed.
 */
@Injectable()
export class RoomMessagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: DomainEvents,
    private readonly attachments: RoomAttachmentsService,
  ) {}

  /**
   * Stores a message (or returns the one stored under the same idempotency key). The checks
   * run first, in parallel; the write is one statement, so the room's row lock (which orders
   * seq) is held only while the row is numbered and inserted.
   */
  async send(
    user: AuthUser,
    input: SendInput,
  ): Promise<{ view: RoomMessageView; created: boolean }> {
    const body = checkBody(input.body);
    const manager = this.dataSource.manager;
    const existing = await this.byKey(manager, user.id, input.idempotencyKey);
    if (existing) return { view: existing, created: false };
    const [access, recent] = await Promise.all([
      requireAccess(manager, input.roomId, user),
      this.recentMessages(user.id, input.roomId),
    ]);
    if (access.mutedUntil && access.mutedUntil > new Date())
      throw new AppError('ROOM_MUTED', { until: access.mutedUntil.toISOString() });
    this.checkRate(recent, access.moderates ? 0 : access.slowModeSeconds);
    const attachmentIds = input.attachmentIds ?? [];
    const [parentId, mentions] = await Promise.all([
      input.parentId ? this.threadRoot(manager, input.roomId, input.parentId) : null,
      usersWithAccess(manager, input.roomId, input.mentions),
      this.attachments.checkAttachable(manager, user, input.roomId, attachmentIds),
    ]);
    let stored: { id: string; seq: number; createdAt: Date };
    try {
      const rows = await manager.query<(typeof stored)[]>(WRITE_MESSAGE, [
        input.roomId,
        user.id,
        body,
        parentId,
        input.idempotencyKey,
        mentions,
        attachmentIds,
      ]);
      stored = rows[0]!;
    } catch (error) {
      // the same key sent twice at once: the other send stored it
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      const again = await this.byKey(manager, user.id, input.idempotencyKey);
      if (!again) throw error;
      return { view: again, created: false };
    }
    if (mentions.length)
      this.events.emit('room.message.mentioned', {
        roomId: input.roomId,
        messageId: stored.id,
        authorId: user.id,
        userIds: mentions,
      });
    // with files, the stored view (their names and sizes); otherwise built from what is known
    if (attachmentIds.length) return { view: (await readView(manager, stored.id))!, created: true };
    const view: RoomMessageView = {
      ...stored,
      attachments: [],
      roomId: input.roomId,
      parentId,
      authorId: user.id,
      authorName: user.fullName,
      body,
      mentions,
      editedAt: null,
      deleted: false,
      hidden: false,
      reactions: [],
      replyCount: 0,
    };
    return { view, created: true };
  }

  /** The person's messages of the rate window (all rooms) and seconds since their last one here. */
  private async recentMessages(userId: string, roomId: string) {
    const [row] = await this.dataSource.query<{ count: number; secondsSinceHere: number | null }[]>(
      `SELECT (SELECT count(*)::int FROM room_message WHERE author_id = $1
                 AND created_at > now() - make_interval(secs => $2)) AS count,
              (SELECT EXTRACT(EPOCH FROM now() - max(created_at))::float FROM room_message
                 WHERE author_id = $1 AND room_id = $3) AS "secondsSinceHere"`,
      [userId, this.config.ROOMS_RATE_WINDOW_SECONDS, roomId],
    );
    return row!;
  }

  /**
   * The per-person limit (all rooms, counted in PostgreSQL so every instance agrees; two sends
   * of one person racing may both pass) and the room's slow mode.
   */
  private checkRate(
    recent: { count: number; secondsSinceHere: number | null },
    slowSeconds: number,
  ) {
    if (recent.count >= this.config.ROOMS_RATE_LIMIT)
      throw new AppError('ROOM_RATE_LIMITED', {
        limit: this.config.ROOMS_RATE_LIMIT,
        windowSeconds: this.config.ROOMS_RATE_WINDOW_SECONDS,
      });
    if (
      slowSeconds > 0 &&
      recent.secondsSinceHere !== null &&
      recent.secondsSinceHere < slowSeconds
    )
      throw new AppError('ROOM_SLOW_MODE', { seconds: slowSeconds });
  }

  /** Replies hang off a thread's first message, one level deep. */
  private async threadRoot(manager: EntityManager, roomId: string, parentId: string) {
    const [parent] = await manager.query<{ id: string; parentId: string | null }[]>(
      `SELECT id, parent_id AS "parentId" FROM room_message WHERE id = $1 AND room_id = $2`,
      [parentId, roomId],
    );
    if (!parent) throw new AppError('BAD_USER_INPUT', { field: 'parentId' });
    return parent.parentId ?? parent.id;
  }

  private async byKey(manager: EntityManager, authorId: string, key: string) {
    const [view] = await readViews(manager, 'm.author_id = $1 AND m.idempotency_key = $2', [
      authorId,
      key,
    ]);
    return view ?? null;
  }

  /** Edits the author's own message; the text before is kept for moderators. */
  async edit(user: AuthUser, messageId: string, text: string): Promise<RoomMessageView> {
    const body = checkBody(text);
    await this.dataSource.transaction(async (manager) => {
      const message = await this.ownMessage(manager, user, messageId);
      await manager.query(`INSERT INTO room_message_revision (message_id, body) VALUES ($1, $2)`, [
        messageId,
        message.body,
      ]);
      await manager.query(`UPDATE room_message SET body = $2, edited_at = now() WHERE id = $1`, [
        messageId,
        body,
      ]);
    });
    return (await readView(this.dataSource.manager, messageId))!;
  }

  /** Deletes the author's own message (soft: "deleted" is shown, the text kept for moderators). */
  async remove(user: AuthUser, messageId: string): Promise<RoomMessageView> {
    await this.dataSource.transaction(async (manager) => {
      const message = await this.ownMessage(manager, user, messageId);
      await manager.query(`INSERT INTO room_message_revision (message_id, body) VALUES ($1, $2)`, [
        messageId,
        message.body,
      ]);
      await manager.query(`UPDATE room_message SET deleted_at = now() WHERE id = $1`, [messageId]);
    });
    return (await readView(this.dataSource.manager, messageId))!;
  }

  private async ownMessage(manager: EntityManager, user: AuthUser, messageId: string) {
    const [message] = await manager.query<
      { roomId: string; authorId: string | null; body: string; deletedAt: Date | null }[]
    >(
      `SELECT room_id AS "roomId", author_id AS "authorId", body, deleted_at AS "deletedAt"
       FROM room_message WHERE id = $1 FOR UPDATE`,
      [messageId],
    );
    if (!message) throw new AppError('NOT_FOUND');
    await requireAccess(manager, message.roomId, user);
    if (message.authorId !== user.id || message.deletedAt)
      throw new AppError('ROOM_MESSAGE_NOT_EDITABLE');
    return message;
  }

  /** Adds the reaction, or takes it away when the person had it. */
  async toggleReaction(user: AuthUser, messageId: string, emoji: string): Promise<RoomMessageView> {
    const manager = this.dataSource.manager;
    const roomId = await roomOfMessage(this.dataSource.manager, messageId);
    await requireAccess(manager, roomId, user);
    // (a CTE, so the driver answers rows: a bare DELETE … RETURNING answers [rows, count])
    const [gone] = await manager.query<{ removed: number }[]>(
      `WITH gone AS (DELETE FROM room_reaction WHERE message_id = $1 AND emoji = $2 AND user_id = $3 RETURNING 1)
       SELECT count(*)::int AS removed FROM gone`,
      [messageId, emoji, user.id],
    );
    if (gone!.removed === 0)
      await manager.query(
        `INSERT INTO room_reaction (message_id, emoji, user_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        [messageId, emoji, user.id],
      );
    return (await readView(manager, messageId))!;
  }

  /**
   * One page of history: the latest, or older than `before`, newer than `after`, or around a
   * seq (half before, half after). Keyset on seq.
   */
  async history(
    user: AuthUser,
    roomId: string,
    page: { before?: number | null; after?: number | null; around?: number | null; first: number },
  ): Promise<HistoryPage> {
    checkPageSize(page.first, ROOM_LIMITS.historyPage);
    return this.page(user, roomId, page);
  }

  private async page(
    user: AuthUser,
    roomId: string,
    page: { before?: number | null; after?: number | null; around?: number | null; first: number },
  ): Promise<HistoryPage> {
    const manager = this.dataSource.manager;
    const access = await requireAccess(manager, roomId, user);
    const n = page.first;
    let messages: RoomMessageView[];
    if (page.after != null) {
      messages = await readViews(
        manager,
        'm.room_id = $1 AND m.seq > $2',
        [roomId, page.after],
        'ASC',
        n,
      );
    } else if (page.around != null) {
      const half = Math.ceil(n / 2);
      const older = await readViews(
        manager,
        'm.room_id = $1 AND m.seq < $2',
        [roomId, page.around],
        'DESC',
        n - half,
      );
      const newer = await readViews(
        manager,
        'm.room_id = $1 AND m.seq >= $2',
        [roomId, page.around],
        'ASC',
        half,
      );
      messages = [...older.reverse(), ...newer];
    } else {
      const before = page.before ?? access.lastSeq + 1;
      messages = (
        await readViews(manager, 'm.room_id = $1 AND m.seq < $2', [roomId, before], 'DESC', n)
      ).reverse();
    }
    const first = messages[0]?.seq;
    const last = messages.at(-1)?.seq;
    return {
      messages,
      hasOlder: first !== undefined ? first > 1 : (page.after ?? 0) > 0,
      hasNewer: last !== undefined ? last < access.lastSeq : false,
    };
  }

  /** Everything after `afterSeq`, in order (at most ROOM_LIMITS.catchUp; `hasNewer` says ask again). */
  async catchUp(user: AuthUser, roomId: string, afterSeq: number): Promise<HistoryPage> {
    return this.page(user, roomId, { after: afterSeq, first: ROOM_LIMITS.catchUp });
  }

  /** A thread: its first message and the replies, oldest first. */
  async thread(user: AuthUser, messageId: string, first: number): Promise<RoomMessageView[]> {
    checkPageSize(first, ROOM_LIMITS.historyPage);
    const roomId = await roomOfMessage(this.dataSource.manager, messageId);
    await requireAccess(this.dataSource.manager, roomId, user);
    return readViews(
      this.dataSource.manager,
      'm.room_id = $1 AND (m.id = $2 OR m.parent_id = $2)',
      [roomId, messageId],
      'ASC',
      first,
    );
  }

  /** Full-text search in one room, Italian and English, newest first; deleted and hidden messages never match. */
  async search(
    user: AuthUser,
    roomId: string,
    text: string,
    first: number,
  ): Promise<RoomMessageView[]> {
    checkPageSize(first, 50);
    const query = text.trim().slice(0, 200);
    if (!query) throw new AppError('BAD_USER_INPUT', { field: 'query' });
    await requireAccess(this.dataSource.manager, roomId, user);
    return readViews(
      this.dataSource.manager,
      `m.room_id = $1 AND m.deleted_at IS NULL AND m.hidden_at IS NULL
       AND m.search @@ (websearch_to_tsquery('oip_it', $2) || websearch_to_tsquery('oip_en', $2))`,
      [roomId, query],
      'DESC',
      first,
    );
  }

  /** Moves the person's read marker forward (never back); returns their unread count. */
  async markRead(user: AuthUser, roomId: string, seq: number): Promise<number> {
    const manager = this.dataSource.manager;
    const access = await requireAccess(manager, roomId, user);
    const upTo = Math.min(seq, access.lastSeq);
    const [row] = await manager.query<{ lastReadSeq: number }[]>(
      `INSERT INTO room_member (room_id, user_id, last_read_seq) VALUES ($1, $2, $3)
       ON CONFLICT (room_id, user_id) DO UPDATE SET last_read_seq = GREATEST(room_member.last_read_seq, $3)
       RETURNING last_read_seq AS "lastReadSeq"`,
      [roomId, user.id, upTo],
    );
    return Math.max(0, access.lastSeq - row!.lastReadSeq);
  }
}
