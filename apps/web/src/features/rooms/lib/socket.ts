import { io, type Socket } from 'socket.io-client';

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline';

/** What every room event answers (docs/rooms.md). */
export interface Ack {
  ok: boolean;
  error?: { code: string; [detail: string]: unknown };
  [key: string]: unknown;
}

let socket: Socket | null = null;
let status: ConnectionStatus = 'connecting';
const listeners = new Set<() => void>();

function setStatus(next: ConnectionStatus) {
  if (next === status) return;
  status = next;
  for (const listener of listeners) listener();
}

/**
 * The page's one real-time connection (same origin, the session cookie goes with it), opened
 * on first use. socket.io reconnects by itself; the browser going offline closes it at once
 * (rather than after the heartbeat times out) and coming back online reopens it: the rooms
 * then catch up from their last seq.
 */
export function roomSocket(): Socket {
  if (socket) return socket;
  const created = io({ path: '/socket.io', transports: ['websocket', 'polling'] });
  created.on('connect', () => setStatus('connected'));
  created.on('disconnect', () => setStatus(navigator.onLine ? 'reconnecting' : 'offline'));
  created.io.on('reconnect_attempt', () =>
    setStatus(navigator.onLine ? 'reconnecting' : 'offline'),
  );
  window.addEventListener('offline', () => {
    setStatus('offline');
    created.disconnect();
  });
  window.addEventListener('online', () => {
    setStatus('reconnecting');
    created.connect();
  });
  socket = created;
  return created;
}

export function connectionStatus(): ConnectionStatus {
  return status;
}

export function onConnectionStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Emits an event and resolves with its acknowledgement; a timeout or no connection is NETWORK_ERROR. */
export async function request(event: string, payload: unknown, timeoutMs = 10_000): Promise<Ack> {
  const current = roomSocket();
  if (!current.connected) return { ok: false, error: { code: 'NETWORK_ERROR' } };
  try {
    return (await current.timeout(timeoutMs).emitWithAck(event, payload)) as Ack;
  } catch {
    return { ok: false, error: { code: 'NETWORK_ERROR' } };
  }
}

/** A new idempotency key: a retried send carries the same one. */
export function newKey(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
