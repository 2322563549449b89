import { io, type Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../src/config/config.module';
import type { AppConfig } from '../../src/config/env';
import type { TestApp, TestClient } from './app';

/** What every room event answers. */
export interface Ack<T = Record<string, unknown>> {
  ok: boolean;
  error?: { code: string; message: { it: string; en: string } } & Record<string, unknown>;
  [key: string]: unknown;
  data?: T;
}

export interface MessageView {
  id: string;
  roomId: string;
  seq: number;
  parentId: string | null;
  authorId: string | null;
  body: string | null;
  createdAt: string;
  deleted: boolean;
  hidden: boolean;
  editedAt: string | null;
  mentions: string[];
  reactions: { emoji: string; userIds: string[] }[];
}

/** The origin the app allows (its PUBLIC_URL's). */
export function allowedOrigin(api: TestApp): string {
  return api.app.get<AppConfig>(APP_CONFIG).roomsAllowedOrigins[0]!;
}

/**
 * A real socket.io client connected to `api` as the signed-in `client` (its session cookie),
 * with an allowed Origin unless `origin` says otherwise. Resolves once connected; rejects with
 * the server's reason when the handshake is refused.
 */
export function connectAs(
  api: TestApp,
  client: TestClient | null,
  options: { origin?: string | null; url?: string } = {},
): Promise<Socket> {
  const origin = options.origin === undefined ? allowedOrigin(api) : options.origin;
  const headers: Record<string, string> = {};
  if (client?.cookie) headers.cookie = client.cookie;
  if (origin) headers.origin = origin;
  const socket = io(options.url ?? api.url, {
    path: '/socket.io',
    transports: ['websocket'],
    extraHeaders: headers,
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** Emits an event and waits for its acknowledgement (5 s at most). */
export async function request<T = Record<string, unknown>>(
  socket: Socket,
  event: string,
  payload: unknown,
): Promise<Ack & T> {
  return (await socket.timeout(5000).emitWithAck(event, payload)) as Ack & T;
}

/** The next `event` the socket receives that `match`es (5 s at most). */
export function nextEvent<T>(
  socket: Socket,
  event: string,
  match: (payload: T) => boolean = () => true,
  timeoutMs = 5000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (payload: T) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}

/** Resolves once `condition` holds (checked every 20 ms, 5 s at most). */
export async function waitFor(condition: () => boolean, timeoutMs = 5000) {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Collects every `message:new` a socket receives. */
export function collectMessages(socket: Socket): MessageView[] {
  const received: MessageView[] = [];
  socket.on('message:new', (message: MessageView) => received.push(message));
  return received;
}

let keys = 0;
/** A fresh idempotency key. */
export function key(): string {
  keys += 1;
  return `test-${process.pid}-${Date.now()}-${keys}`;
}

/** Sends a message and returns its acknowledgement; throws when the server refused it. */
export async function send(
  socket: Socket,
  roomId: string,
  body: string,
  extra: Record<string, unknown> = {},
) {
  const ack = await request<{ message: MessageView; duplicate: boolean }>(socket, 'message:send', {
    roomId,
    body,
    idempotencyKey: key(),
    ...extra,
  });
  if (!ack.ok) throw new Error(`message refused: ${JSON.stringify(ack.error)}`);
  return ack;
}

/** A community room inserted directly (opening one through GraphQL is tested on its own). */
export async function insertRoom(
  api: TestApp,
  kind = 'community',
  title = 'Manifattura 4.0',
): Promise<string> {
  const [room] = await api.app
    .get(DataSource)
    .query<{ id: string }[]>(`INSERT INTO room (kind, title) VALUES ($1, $2) RETURNING id`, [
      kind,
      title,
    ]);
  return room!.id;
}

export async function messageCount(api: TestApp, roomId: string): Promise<number> {
  const [row] = await api.app
    .get(DataSource)
    .query<{ n: number }[]>(`SELECT count(*)::int AS n FROM room_message WHERE room_id = $1`, [
      roomId,
    ]);
  return row!.n;
}
