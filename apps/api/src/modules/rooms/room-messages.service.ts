import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { DomainEvents } from '../../common/events/domain-events';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { requireAccess, roomOfMessage, usersWithAccess } from './room-access';
import { readView, readViews, type RoomMessageView } from './room-message-views';
import { checkBody, MAX_CATCH_UP, MAX_HISTORY_PAGE } from './room-payloads';

export interface SendInput {
  roomId: string;
  body: string;
  parentId?: string | null;
  mentions: string[];
  idempotencyKey: string;
}

export interface HistoryPage {
  messages: RoomMessageView[];
  hasOlder: boolean;
  hasNewer: boolean;
}

const UNIQUE_VIOLATION = '23505';

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
  ) {}

  /** Stores a message (or returns the one stored under the same idempotency key). */
  async send(
    user: AuthUser,
    input: SendInput,
  ): Promise<{ view: RoomMessageView; created: boolean }> {
    const body = checkBody(input.body);
    const existing = await this.byKey(this.dataSource.manager, user.id, input.idempotencyKey);
    if (existing) return { view: existing, created: false };
    try {
      const stored = await this.dataSource.transaction((manager) =>
        this.insert(manager, user, { ...input, body }),
      );
      const view = (await readView(this.dataSource.manager, stored.id))!;
      if (stored.mentions.length)
        this.events.emit('room.message.mentioned', {
          roomId: view.roomId,
          messageId: view.id,
          authorId: user.id,
          userIds: stored.mentions,
        });
      return { view, created: true };
    } catch (error) {
      // the same key sent twice at once: the other send stored it
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      const again = await this.byKey(this.dataSource.manager, user.id, input.idempotencyKey);
      if (!again) throw error;
      return { view: again, created: false };
    }
  }

  private async insert(manager: EntityManager, user: AuthUser, input: SendInput) {
    // the lock serialises a room's writers: seq is taken and committed in order
    await manager.query(`SELECT 1 FROM room WHERE id = $1 FOR UPDATE`, [input.roomId]);
    const access = await requireAccess(manager, input.roomId, user);
    if (access.mutedUntil && access.mutedUntil > new Date())
      throw new AppError('ROOM_MUTED', { until: access.mutedUntil.toISOString() });
    await this.checkRate(
      manager,
      user.id,
      input.roomId,
      access.moderates ? 0 : access.slowModeSeconds,
    );
    const parentId = input.parentId
      ? await this.threadRoot(manager, input.roomId, input.parentId)
      : null;
    const mentions = await usersWithAccess(manager, input.roomId, input.mentions);
    const [numbered] = await manager.query<{ seq: number }[]>(
      `WITH numbered AS (UPDATE room SET last_seq = last_seq + 1, active_at = now() WHERE id = $1 RETURNING last_seq)
       SELECT last_seq AS seq FROM numbered`,
      [input.roomId],
    );
    const seq = numbered!.seq;
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO room_message (room_id, seq, author_id, body, parent_id, idempotency_key, mentions)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [input.roomId, seq, user.id, input.body, parentId, input.idempotencyKey, mentions],
    );
    // the sender has read what they wrote
    await manager.query(
      `INSERT INTO room_member (room_id, user_id, last_read_seq) VALUES ($1, $2, $3)
       ON CONFLICT (room_id, user_id) DO UPDATE SET last_read_seq = GREATEST(room_member.last_read_seq, $3)`,
      [input.roomId, user.id, seq],
    );
    return { id: row!.id, mentions };
  }

  /** The per-person limit (all rooms, counted in PostgreSQL so every instance agrees) and the room's slow mode. */
  private async checkRate(
    manager: EntityManager,
    userId: string,
    roomId: string,
    slowSeconds: number,
  ) {
    const [row] = await manager.query<{ recent: number; lastHere: Date | null }[]>(
      `SELECT (SELECT count(*)::int FROM room_message WHERE author_id = $1
                 AND created_at > now() - make_interval(secs => $2)) AS recent,
              (SELECT max(created_at) FROM room_message WHERE author_id = $1 AND room_id = $3
                 AND created_at > now() - make_interval(secs => $4)) AS "lastHere"`,
      [userId, this.config.ROOMS_RATE_WINDOW_SECONDS, roomId, slowSeconds],
    );
    if (row!.recent >= this.config.ROOMS_RATE_LIMIT)
      throw new AppError('ROOM_RATE_LIMITED', {
        limit: this.config.ROOMS_RATE_LIMIT,
        windowSeconds: this.config.ROOMS_RATE_WINDOW_SECONDS,
      });
    if (slowSeconds > 0 && row!.lastHere)
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
    if (!Number.isInteger(page.first) || page.first < 1 || page.first > MAX_HISTORY_PAGE)
      throw new AppError('BAD_USER_INPUT', { field: 'first', max: MAX_HISTORY_PAGE });
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

  /** Everything after `afterSeq`, in order (at most MAX_CATCH_UP; `hasNewer` says ask again). */
  async catchUp(user: AuthUser, roomId: string, afterSeq: number): Promise<HistoryPage> {
    return this.page(user, roomId, { after: afterSeq, first: MAX_CATCH_UP });
  }

  /** A thread: its first message and the replies, oldest first. */
  async thread(user: AuthUser, messageId: string, first: number): Promise<RoomMessageView[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_HISTORY_PAGE)
      throw new AppError('BAD_USER_INPUT', { field: 'first', max: MAX_HISTORY_PAGE });
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
    if (!Number.isInteger(first) || first < 1 || first > 50)
      throw new AppError('BAD_USER_INPUT', { field: 'first', max: 50 });
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
