import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { ChallengesModule } from '../challenges/challenges.module';
import { FilesModule } from '../files/files.module';
import { ChallengeRoomResolver } from './challenge-room.resolver';
import { RoomAttachmentsController } from './room-attachments.controller';
import { RoomAttachmentsService } from './room-attachments.service';
import { PRIVATE_ROOMS } from './private-rooms';
import { RoomEvents } from './room-events';
import { RoomMembersService } from './room-members.service';
import { RoomMessagesResolver } from './room-messages.resolver';
import { RoomMessagesService } from './room-messages.service';
import { RoomModerationService } from './room-moderation.service';
import { RoomsGateway } from './rooms.gateway';
import { RoomsResolver } from './rooms.resolver';
import { RoomsService } from './rooms.service';

/**
 * Real-time discussion rooms (docs/rooms.md): GraphQL for rooms, history, search and
 * moderation; socket.io (RoomsGateway, attached by createApp) for live traffic. Other features
 * open private rooms through PrivateRooms only.
 */
@Module({
  imports: [AccountsModule, ChallengesModule, FilesModule],
  controllers: [RoomAttachmentsController],
  providers: [
    RoomsService,
    { provide: PRIVATE_ROOMS, useExisting: RoomsService },
    RoomEvents,
    RoomMessagesService,
    RoomMembersService,
    RoomModerationService,
    RoomAttachmentsService,
    RoomsGateway,
    RoomsResolver,
    RoomMessagesResolver,
    ChallengeRoomResolver,
  ],
  exports: [PRIVATE_ROOMS],
})
export class RoomsModule {}
