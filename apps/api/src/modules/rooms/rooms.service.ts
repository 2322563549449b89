import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RoomOrganisationEntity } from './entities/room-organisation.entity';
import { RoomEntity } from './entities/room.entity';
import type { PrivateRoomRequest, PrivateRooms } from './private-rooms';

/**
 * The first implementation of PrivateRooms: a `room` row and its `room_organisation` rows,
 * nothing else yet (no messages: issue 6). `refId` is not stored: the partnership or group
 * keeps the room's id.
 */
@Injectable()
export class RoomsService implements PrivateRooms {
  async open(request: PrivateRoomRequest, manager: EntityManager): Promise<string> {
    const organisationIds = [...new Set(request.organisationIds)];
    if (organisationIds.length < 2)
      throw new Error('a private room joins at least two organisations');
    const rooms = manager.getRepository(RoomEntity);
    const room = await rooms.save(
      rooms.create({ kind: request.purpose, title: request.title.slice(0, 200) }),
    );
    await manager
      .getRepository(RoomOrganisationEntity)
      .insert(organisationIds.map((organisationId) => ({ roomId: room.id, organisationId })));
    return room.id;
  }
}
