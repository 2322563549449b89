import { In, type EntityManager } from 'typeorm';
import type { Seeder } from '../../database/seeds/seeder';
import { demoRoomId } from '../partnerships/partnerships.seed-data';
import { DEMO_ROOMS, demoRoomMessageId } from './rooms.seed-data';

const MINUTE = 60_000;

/**
 * Demo rooms and their history (after partnerships, whose private room gets messages).
 * Messages are numbered as the service numbers them; read markers leave some unread for pmi@.
 */
export const roomsSeeder: Seeder = {
  name: 'rooms',

  async run(manager: EntityManager) {
    const people: { id: string; email: string; fullName: string }[] = await manager.query(
      `SELECT id, email, full_name AS "fullName" FROM user_account WHERE email LIKE '%@demo.oip.it'`,
    );
    const idOf = (who: string) => people.find((p) => p.email === `${who}@demo.oip.it`)?.id;
    const now = Date.now();
    let rows = 0;
    for (const [r, room] of DEMO_ROOMS.entries()) {
      const last = room.messages.length;
      const newest = room.messages.at(-1)?.[2] ?? 0;
      if (room.kind === 'partnership') {
        // opened by the partnerships seeder
        await manager.query(`UPDATE room SET last_seq = $2, active_at = $3 WHERE id = $1`, [
          room.id,
          last,
          new Date(now - newest * MINUTE),
        ]);
      } else {
        await manager.query(
          `INSERT INTO room (id, kind, title, description, direct_key, last_seq, active_at, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, description = EXCLUDED.description,
             last_seq = EXCLUDED.last_seq, active_at = EXCLUDED.active_at`,
          [
            room.id,
            room.kind,
            room.title,
            room.description ?? '',
            room.kind === 'direct' ? room.members.map(idOf).sort().join(':') : null,
            last,
            new Date(now - newest * MINUTE),
            new Date(now - (room.messages[0]?.[2] ?? 0) * MINUTE - MINUTE),
          ],
        );
      }
      const readers = room.kind === 'partnership' ? (['pmi', 'ricerca'] as const) : room.members;
      for (const [m, who] of readers.entries()) {
        const owner = m === 0 && (room.kind === 'community' || room.kind === 'event');
        await manager.query(
          `INSERT INTO room_member (room_id, user_id, role, last_read_seq) VALUES ($1, $2, $3, $4)
           ON CONFLICT (room_id, user_id) DO UPDATE SET role = EXCLUDED.role, last_read_seq = EXCLUDED.last_read_seq`,
          [room.id, idOf(who), owner ? 'owner' : 'member', last - (room.unread?.[who] ?? 0)],
        );
        rows += 1;
      }
      for (const [i, [who, body, minutesAgo, answers]] of room.messages.entries()) {
        await manager.query(
          `INSERT INTO room_message (id, room_id, seq, author_id, body, parent_id, idempotency_key, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (id) DO UPDATE SET body = EXCLUDED.body`,
          [
            demoRoomMessageId(r * 100 + i + 1),
            room.id,
            i + 1,
            idOf(who),
            body,
            answers === undefined ? null : demoRoomMessageId(r * 100 + answers + 1),
            `demo-${r}-${i}`,
            new Date(now - minutesAgo * MINUTE),
          ],
        );
        rows += 1;
      }
      rows += 1;
    }
    return rows;
  },

  async reset(manager: EntityManager) {
    const partnershipRooms = DEMO_ROOMS.filter((room) => room.kind === 'partnership').map(
      (r) => r.id,
    );
    await manager.query(`DELETE FROM room_message WHERE room_id = ANY($1)`, [partnershipRooms]);
    await manager.query(`DELETE FROM room_member WHERE room_id = ANY($1)`, [partnershipRooms]);
    await manager.query(`UPDATE room SET last_seq = 0 WHERE id = ANY($1)`, [partnershipRooms]);
    await manager
      .getRepository('room')
      .delete({ id: In(DEMO_ROOMS.filter((room) => room.id !== demoRoomId(2)).map((r) => r.id)) });
  },
};
