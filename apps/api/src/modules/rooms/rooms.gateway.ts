import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { ERROR_MESSAGES, isErrorCode, type ErrorCode } from '@oip/domain';
import { createAdapter } from '@socket.io/postgres-adapter';
import type { Server as HttpServer, IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import { Server, type Socket } from 'socket.io';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/auth-user';
import { SESSION_COOKIE } from '../../common/auth/session-cookie';
import { AppError } from '../../common/errors/app-error';
import { APP_CONFIG, APP_LOGGER } from '../../config/config.module';
import { AdapterPool } from './adapter-pool';
import type { AppConfig } from '../../config/env';
import { SessionsService } from '../accounts/sessions.service';
import { RoomMembersService } from './room-members.service';
import { RoomMessagesService } from './room-messages.service';
import {
  catchUpPayload,
  editPayload,
  joinPayload,
  messagePayload,
  parsePayload,
  reactPayload,
  readPayload,
  roomPayload,
  sendPayload,
} from './room-payloads';
import { RoomEvents, roomChannel, userChannel } from './room-events';

/** How often a connection's session is checked again (a signed-out session stops working). */
const SESSION_RECHECK_MS = 60_000;
/** Typing is relayed at most this often per connection and room. */
const TYPING_THROTTLE_MS = 2_000;

/**
 * What other instances may see of a connection (fetchSockets sends it through PostgreSQL):
 * only who it is, for presence. Never the session token or the account.
 */
interface SocketData {
  userId: string;
  name: string;
}
/** A connection's own state, kept in this instance only. */
interface ConnectionState {
  user: AuthUser;
  token: string;
  checkedAt: number;
  typingAt: Map<string, number>;
}
type RoomSocket = Socket<
  Record<string, never>,
  Record<string, never>,
  Record<string, never>,
  SocketData
>;
type Ack = (answer: unknown) => void;

/**
 * Live traffic of the rooms (docs/rooms.md): socket.io on the API's own HTTP server, shared
 * between instances by the PostgreSQL adapter (LISTEN/NOTIFY). The handshake needs an allowed
 * Origin and the session cookie; every event is checked against the room's access rules and
 * answered with an acknowledgement `{ ok: true, … }` or `{ ok: false, error }` — a bad event
 * never closes the connection.
 */
@Injectable()
export class RoomsGateway implements OnModuleDestroy {
  private io: Server | null = null;
  private pool: AdapterPool | null = null;
  private readonly states = new WeakMap<RoomSocket, ConnectionState>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
    private readonly sessions: SessionsService,
    private readonly messages: RoomMessagesService,
    private readonly members: RoomMembersService,
    private readonly events: RoomEvents,
  ) {}

  /** Starts socket.io on the application's HTTP server (called once by createApp). */
  attach(httpServer: HttpServer): void {
    const origins = new Set(this.config.roomsAllowedOrigins);
    this.pool = new AdapterPool(
      { connectionString: this.config.DATABASE_URL, max: 2, application_name: 'oip-rooms-adapter' },
      (err) => this.logger.warn({ err }, 'rooms adapter connection lost (it reconnects)'),
    );
    this.pool.on('error', (err) => this.logger.warn({ err }, 'rooms adapter pool error'));
    const io = new Server(httpServer, {
      path: '/socket.io',
      serveClient: false,
      maxHttpBufferSize: 1_000_000,
      allowRequest: (req, callback) => callback(null, allowedOrigin(req, origins)),
    });
    io.adapter(
      createAdapter(this.pool, {
        tableName: 'socket_io_attachment',
        errorHandler: (err) => this.logger.warn({ err }, 'rooms adapter error'),
      }),
    );
    io.use((socket, next) => {
      void this.authenticate(socket as RoomSocket).then(
        () => next(),
        () => next(new Error('UNAUTHENTICATED')),
      );
    });
    io.on('connection', (socket) => this.connected(socket as RoomSocket));
    this.io = io;
    this.events.attach(io);
  }

  async onModuleDestroy(): Promise<void> {
    const io = this.io;
    this.io = null;
    if (!io) return;
    this.events.detach();
    io.local.disconnectSockets(true);
    io.engine.close();
    // tells the other instances this one is gone (a NOTIFY on the pool's one free client)…
    await Promise.resolve(io.of('/').adapter.close()).catch(() => undefined);
    // …so a query queued behind it returns once that NOTIFY is sent
    await this.pool?.query('SELECT 1').catch(() => undefined);
    await this.pool?.shutdown().catch(() => undefined);
  }

  private async authenticate(socket: RoomSocket) {
    const token = cookieValue(socket.request.headers.cookie, SESSION_COOKIE);
    const user = token ? await this.sessions.authenticate(token) : null;
    if (!user || !token) throw new AppError('UNAUTHENTICATED');
    socket.data = { userId: user.id, name: user.fullName };
    this.states.set(socket, { user, token, checkedAt: Date.now(), typingAt: new Map() });
  }

  private connected(socket: RoomSocket) {
    const state = this.states.get(socket)!;
    void socket.join(userChannel(state.user.id));
    const on = <S extends z.ZodType>(
      event: string,
      schema: S,
      handler: (user: AuthUser, payload: z.infer<S>) => Promise<Record<string, unknown>>,
    ) =>
      socket.on(
        event as never,
        ((payload: unknown, ack: unknown) => {
          const reply: Ack = typeof ack === 'function' ? (ack as Ack) : () => undefined;
          void this.currentUser(socket)
            .then((user) => handler(user, parsePayload(schema, payload)))
            .then(
              (answer) => reply({ ok: true, ...answer }),
              (error: unknown) => reply({ ok: false, error: this.ackError(error, event) }),
            );
        }) as never,
      );

    on('room:join', joinPayload, async (user, { roomId, afterSeq }) => {
      const access = await this.members.enter(user, roomId);
      await socket.join(roomChannel(roomId));
      socket
        .to(roomChannel(roomId))
        .emit('presence' as never, presence(roomId, user, true) as never);
      const missed = afterSeq != null ? await this.messages.catchUp(user, roomId, afterSeq) : null;
      return {
        room: { id: roomId, lastSeq: access.lastSeq, lastReadSeq: access.lastReadSeq },
        present: await this.present(roomId),
        missed,
      };
    });
    on('room:leave', roomPayload, async (user, { roomId }) => {
      await socket.leave(roomChannel(roomId));
      socket
        .to(roomChannel(roomId))
        .emit('presence' as never, presence(roomId, user, false) as never);
      return {};
    });
    on('message:send', sendPayload, async (user, input) => {
      const { view, created } = await this.messages.send(user, input);
      if (created) this.events.messageNew(view);
      return { message: view, duplicate: !created };
    });
    on('message:edit', editPayload, async (user, { messageId, body }) => {
      const view = await this.messages.edit(user, messageId, body);
      this.events.messageUpdated(view);
      return { message: view };
    });
    on('message:delete', messagePayload, async (user, { messageId }) => {
      const view = await this.messages.remove(user, messageId);
      this.events.messageUpdated(view);
      return { message: view };
    });
    on('reaction:toggle', reactPayload, async (user, { messageId, emoji }) => {
      const view = await this.messages.toggleReaction(user, messageId, emoji);
      this.events.messageUpdated(view);
      return { message: view };
    });
    on('room:catchup', catchUpPayload, async (user, { rooms }) => {
      const pages = [];
      for (const { roomId, afterSeq } of rooms)
        pages.push({ roomId, ...(await this.messages.catchUp(user, roomId, afterSeq)) });
      return { rooms: pages };
    });
    on('room:read', readPayload, async (user, { roomId, seq }) => {
      const unread = await this.messages.markRead(user, roomId, seq);
      this.events.read(user.id, roomId, seq, unread);
      return { unread };
    });
    on('typing', roomPayload, async (user, { roomId }) => {
      if (!socket.rooms.has(roomChannel(roomId))) throw new AppError('ROOM_NOT_MEMBER');
      const last = state.typingAt.get(roomId) ?? 0;
      if (Date.now() - last >= TYPING_THROTTLE_MS) {
        state.typingAt.set(roomId, Date.now());
        socket
          .to(roomChannel(roomId))
          .emit('typing' as never, { roomId, userId: user.id, name: user.fullName } as never);
      }
      return {};
    });
    socket.on('disconnecting', () => {
      for (const channel of socket.rooms)
        if (channel.startsWith('room:'))
          socket
            .to(channel)
            .emit('presence' as never, presence(channel.slice(5), state.user, false) as never);
    });
  }

  /** The connection's person, with the session checked again once a minute. */
  private async currentUser(socket: RoomSocket): Promise<AuthUser> {
    const state = this.states.get(socket)!;
    if (Date.now() - state.checkedAt < SESSION_RECHECK_MS) return state.user;
    const user = await this.sessions.authenticate(state.token);
    if (!user) {
      setImmediate(() => socket.disconnect(true));
      throw new AppError('UNAUTHENTICATED');
    }
    state.user = user;
    state.checkedAt = Date.now();
    return user;
  }

  /** Who is connected to a room now, on every instance (this one only if another does not answer in time). */
  private async present(roomId: string) {
    // an instance that went away must not hold a join up for long
    const sockets = await this.io!.in(roomChannel(roomId))
      .timeout(1000)
      .fetchSockets()
      .catch(() => this.io!.local.in(roomChannel(roomId)).fetchSockets());
    const people = new Map<string, string>();
    for (const s of sockets) {
      const data = s.data as SocketData | undefined;
      if (data?.userId) people.set(data.userId, data.name);
    }
    return [...people].map(([userId, name]) => ({ userId, name }));
  }

  private ackError(error: unknown, event: string) {
    const code: ErrorCode =
      error instanceof AppError && isErrorCode(error.code) ? error.code : 'INTERNAL_SERVER_ERROR';
    if (code === 'INTERNAL_SERVER_ERROR')
      this.logger.error({ err: error, event }, 'room event failed');
    const details = error instanceof AppError ? { ...error.extensions } : {};
    delete details.code;
    return { code, message: ERROR_MESSAGES[code], ...details };
  }
}

function presence(roomId: string, user: AuthUser, online: boolean) {
  return { roomId, userId: user.id, name: user.fullName, online };
}

/** Browsers always send Origin on a WebSocket or cross-origin request: it must be one we serve. */
function allowedOrigin(req: IncomingMessage, origins: ReadonlySet<string>): boolean {
  const origin = req.headers.origin;
  return typeof origin === 'string' && origins.has(origin.replace(/\/+$/, ''));
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      try {
        const value = decodeURIComponent(rest.join('='));
        return value.length <= 100 ? value : null;
      } catch {
        return null;
      }
    }
  }
  return null;
}
