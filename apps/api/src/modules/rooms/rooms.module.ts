import { Module } from '@nestjs/common';
import { PRIVATE_ROOMS } from './private-rooms';
import { RoomsService } from './rooms.service';

/**
 * Rooms (minimal, decision 0016): today only PrivateRooms.open for partnerships and project
 * groups; issue 6 adds messages, membership and real time here, behind the same interface.
 */
@Module({
  providers: [RoomsService, { provide: PRIVATE_ROOMS, useExisting: RoomsService }],
  exports: [PRIVATE_ROOMS],
})
export class RoomsModule {}
