import { Inject, Injectable } from '@nestjs/common';
import type { Server } from 'socket.io';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { RoomFanout, type RoomPush } from './room-fanout';
import type { RoomMessageView } from './room-message-views';

export const roomChannel = (roomId: string) => `room:${roomId}`;
export const userChannel = (userId: string) => `user:${userId}`;

/** The server-side event that carries a room's event to the other instances. */
const ROOM_PUSH = 'rooms:push';

/**
 * What the server pushes to connected clients, after the change is committed. A room's events
 * reach the other instances through the PostgreSQL adapter (`serverSideEmit`); every instance
 * delivers them to its own connections through a `RoomFanout`, which coalesces new messages in
 * large, busy rooms. Nothing is pushed before the gateway is attached (CLI, schema printing).
 */
@Injectable()
export class RoomEvents {
  private io: Server | null = null;
  private fanout: RoomFanout | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  attach(io: Server): void {
    this.io = io;
    const rooms = io.of('/').adapter.rooms;
    this.fanout = new RoomFanout({
      emit: (channel, event, payload) =>
        io.local.to(channel).emit(event as never, payload as never),
      audience: (channel) => rooms.get(channel)?.size ?? 0,
      windowMs: this.config.ROOMS_BATCH_WINDOW_MS,
      minAudience: this.config.ROOMS_BATCH_MIN_AUDIENCE,
    });
    io.on(
      ROOM_PUSH as never,
      ((roomId: string, push: RoomPush) => this.fanout?.push(roomChannel(roomId), push)) as never,
    );
  }

  /** Pending coalesced events go out now (the instance is stopping). */
  detach(): void {
    this.fanout?.close();
    this.fanout = null;
    this.io = null;
  }

  messageNew(view: RoomMessageView): void {
    this.toRoom(view.roomId, { event: 'message:new', payload: view });
  }

  messageUpdated(view: RoomMessageView): void {
    this.toRoom(view.roomId, { event: 'message:updated', payload: view });
  }

  /** The person's other tabs and devices move their unread count too. */
  read(userId: string, roomId: string, seq: number, unread: number): void {
    this.io?.to(userChannel(userId)).emit('room:read', { roomId, seq, unread });
  }

  /** A member banned: their connections leave the room's channel at once, on every instance. */
  removed(userId: string, roomId: string): void {
    this.io?.in(userChannel(userId)).socketsLeave(roomChannel(roomId));
    this.io?.to(userChannel(userId)).emit('room:removed', { roomId });
  }

  roomUpdated(roomId: string, change: Record<string, unknown>): void {
    this.toRoom(roomId, { event: 'room:updated', payload: { roomId, ...change } });
  }

  private toRoom(roomId: string, push: RoomPush): void {
    if (!this.io || !this.fanout) return;
    this.fanout.push(roomChannel(roomId), push);
    this.io.serverSideEmit(ROOM_PUSH as never, roomId as never, push as never);
  }
}
