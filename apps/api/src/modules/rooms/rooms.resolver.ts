import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/decorators';
import { pageComplexity } from '../../common/graphql/page-complexity';
import { CreateRoomInput } from './dto/room.inputs';
import { Room, RoomPage, RoomPerson } from './models/room.model';
import {
  MAX_ROOM_PAGE,
  RoomMembersService,
  type RoomPage as Page,
  type RoomRow,
} from './room-members.service';
import { RoomMessagesService } from './room-messages.service';

/** Rooms: lists with unread counts, opening, joining and leaving. Messages travel by socket.io. */
@Resolver(() => Room)
export class RoomsResolver {
  constructor(
    private readonly members: RoomMembersService,
    private readonly messages: RoomMessagesService,
  ) {}

  @Query(() => RoomPage, {
    description: `The caller's rooms, latest activity first, with unread counts (${MAX_ROOM_PAGE} at most per page)`,
    complexity: pageComplexity(MAX_ROOM_PAGE),
  })
  async myRooms(
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<RoomPage> {
    return toPage(await this.members.mine(user, first, after));
  }

  @Query(() => RoomPage, {
    description: `Community rooms anyone signed in may join, by title (${MAX_ROOM_PAGE} at most per page)`,
    complexity: pageComplexity(MAX_ROOM_PAGE),
  })
  async communityRooms(
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<RoomPage> {
    return toPage(await this.members.community(user, first, after));
  }

  @Query(() => Room, { description: 'A room the caller may read (ROOM_NOT_MEMBER otherwise)' })
  async room(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return toRoom(await this.members.one(user, id));
  }

  @Query(() => [RoomPerson], {
    description: `People who may read the room, by name, optionally filtered (mentions); ${MAX_ROOM_PAGE} at most`,
    complexity: pageComplexity(MAX_ROOM_PAGE),
  })
  async roomPeople(
    @CurrentUser() user: AuthUser,
    @Args('roomId', { type: () => ID }) roomId: string,
    @Args('query', { defaultValue: '' }) query: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ) {
    return this.members.people(user, roomId, query, first);
  }

  @Mutation(() => Room, {
    description: 'Opens a community or event room (platform staff), owned by the caller',
  })
  async createRoom(@CurrentUser() user: AuthUser, @Args('input') input: CreateRoomInput) {
    return toRoom(await this.members.one(user, await this.members.create(user, input)));
  }

  @Mutation(() => Room, {
    description: 'The direct room of the caller and another person (opened on first use)',
  })
  async openDirectRoom(
    @CurrentUser() user: AuthUser,
    @Args('userId', { type: () => ID }) userId: string,
  ) {
    return toRoom(await this.members.one(user, await this.members.openDirect(user, userId)));
  }

  @Mutation(() => Room, {
    description: 'A challenge’s Q&A room (its organisation’s owners and admins, or staff, open it)',
  })
  async openChallengeRoom(
    @CurrentUser() user: AuthUser,
    @Args('challengeId', { type: () => ID }) challengeId: string,
  ) {
    return toRoom(
      await this.members.one(user, await this.members.openChallengeRoom(user, challengeId)),
    );
  }

  @Mutation(() => Room, { description: 'Joins a community room' })
  async joinRoom(
    @CurrentUser() user: AuthUser,
    @Args('roomId', { type: () => ID }) roomId: string,
  ) {
    return toRoom(await this.members.join(user, roomId));
  }

  @Mutation(() => Boolean, { description: 'Leaves a community or event room' })
  async leaveRoom(
    @CurrentUser() user: AuthUser,
    @Args('roomId', { type: () => ID }) roomId: string,
  ) {
    await this.members.leave(user, roomId);
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Adds a person to an event or community room (its moderators)',
  })
  async addRoomMember(
    @CurrentUser() user: AuthUser,
    @Args('roomId', { type: () => ID }) roomId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ) {
    await this.members.add(user, roomId, userId);
    return true;
  }

  @Mutation(() => Int, {
    description: 'Moves the caller’s read marker to `seq` (never back); returns the unread count',
  })
  async markRoomRead(
    @CurrentUser() user: AuthUser,
    @Args('roomId', { type: () => ID }) roomId: string,
    @Args('seq', { type: () => Int }) seq: number,
  ) {
    return this.messages.markRead(user, roomId, seq);
  }
}

export function toRoom(row: RoomRow): Room {
  return {
    ...row,
    title: row.kind === 'direct' && row.otherName ? row.otherName : row.title,
    unreadCount: Math.max(0, row.lastSeq - row.lastReadSeq),
    activeAt: new Date(row.activeAt),
  };
}

function toPage(page: Page): RoomPage {
  return {
    nodes: page.rows.map(toRoom),
    pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
  };
}
