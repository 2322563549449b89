import { ROOM_LIMITS } from '@oip/domain';
import { z } from 'zod';
import { AppError } from '../../common/errors/app-error';

/** Reactions: a short emoji (one grapheme, possibly with modifiers). */
const EMOJI =
  /^\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\ufe0f|\u200d\p{Extended_Pictographic}){0,6}$/u;

const uuid = z.uuid();
// length and emptiness are checked after trimming (checkBody), for a clearer error
const body = z.string();

export const sendPayload = z.object({
  roomId: uuid,
  body,
  parentId: uuid.nullish(),
  mentions: z.array(uuid).max(50).default([]),
  /** Files uploaded to the room by the sender and not sent yet (POST /api/rooms/:id/attachments). */
  attachmentIds: z.array(uuid).max(5).default([]),
  /** Chosen by the client per message; a retry carries the same key. */
  idempotencyKey: z.string().regex(/^[\w-]{8,64}$/),
});
export const editPayload = z.object({ messageId: uuid, body });
export const messagePayload = z.object({ messageId: uuid });
export const reactPayload = z.object({ messageId: uuid, emoji: z.string().regex(EMOJI) });
export const roomPayload = z.object({ roomId: uuid });
export const readPayload = z.object({ roomId: uuid, seq: z.number().int().min(0) });
export const catchUpPayload = z.object({
  rooms: z
    .array(z.object({ roomId: uuid, afterSeq: z.number().int().min(0) }))
    .min(1)
    .max(50),
});
export const joinPayload = z.object({ roomId: uuid, afterSeq: z.number().int().min(0).nullish() });

/** Parses a socket payload; BAD_USER_INPUT naming the first wrong field otherwise. */
export function parsePayload<S extends z.ZodType>(schema: S, payload: unknown): z.infer<S> {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return parsed.data;
  throw new AppError('BAD_USER_INPUT', { field: String(parsed.error.issues[0]?.path[0] ?? '') });
}

/** A body as stored: trimmed, not empty, at most ROOM_LIMITS.messageLength characters. */
export function checkBody(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new AppError('ROOM_MESSAGE_EMPTY');
  if ([...trimmed].length > ROOM_LIMITS.messageLength)
    throw new AppError('ROOM_MESSAGE_TOO_LONG', { max: ROOM_LIMITS.messageLength });
  return trimmed;
}
