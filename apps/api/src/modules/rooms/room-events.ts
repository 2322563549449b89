import { Injectable } from '@nestjs/common';
import type { Server } from 'socket.io';
import type { RoomMessageView } from './room-message-views';

export const roomChannel = (roomId: string) => `room:${roomId}`;
export const userChannel = (userId: string) => `user:${userId}`;

/**
 * What the server pushes to connected clients, after the change is committed. Through the
 * PostgreSQL adapter a push reaches the room's members on every instance. Nothing is pushed
 * before the gateway is attached (CLI, schema printing).
 */
@Injectable()
export class RoomEvents {
  private io: Server | null = null;

  attach(io: Server): void {
    this.io = io;
  }

  messageNew(view: RoomMessageView): void {
    this.io?.to(roomChannel(view.roomId)).emit('message:new', view);
  }

  messageUpdated(view: RoomMessageView): void {
    this.io?.to(roomChannel(view.roomId)).emit('message:updated', view);
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
    this.io?.to(roomChannel(roomId)).emit('room:updated', { roomId, ...change });
  }
}
