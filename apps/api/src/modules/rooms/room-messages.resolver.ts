import { ROOM_LIMITS } from '@oip/domain';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/decorators';
import { pageComplexity } from '../../common/graphql/page-complexity';
import { RoomHistory, RoomMessage, RoomMessageRevision, RoomReport } from './models/room.model';
import type { RoomMessageView } from './room-message-views';
import { RoomMessagesService } from './room-messages.service';
import { RoomModerationService } from './room-moderation.service';

/** History, threads, search and moderation of messages (sending is a socket.io event). */
@Resolver(() => RoomMessage)
export class RoomMessagesResolver {
  constructor(
    private readonly messages: RoomMessagesService,
    private readonly moderation: RoomModerationService,
  ) {}

  @Query(() => RoomHistory, {
    description: `A page of a room's messages, oldest first: the latest, or before / after a seq, or around one (${ROOM_LIMITS.historyPage} at most)`,
    complexity: pageComplexity(ROOM_LIMITS.historyPage),
  })
  async roomMessages(
    @CurrentUser() user: AuthUser,
    @Args('roomId', { type: () => ID }) roomId: string,
    @Args('first', { type: () => Int, defaultValue: 30 }) first: number,
    @Args('before', { type: () => Int, nullable: true }) before: number | null,
    @Args('after', { type: () => Int, nullable: true }) after: number | null,
    @Args('around', { type: () => Int, nullable: true }) around: number | null,
  ): Promise<RoomHistory> {
    const page = await this.messages.history(user, roomId, { first, before, after, around });
    return { ...page, messages: page.messages.map(toMessage) };
  }

  @Query(() => [RoomMessage], {
    description: `A thread: its first message and the replies, oldest first (${ROOM_LIMITS.historyPage} at most)`,
    complexity: pageComplexity(ROOM_LIMITS.historyPage),
  })
  async roomThread(
    @CurrentUser() user: AuthUser,
    @Args('messageId', { type: () => ID }) messageId: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ) {
    return (await this.messages.thread(user, messageId, first)).map(toMessage);
  }

  @Query(() => [RoomMessage], {
    description:
      'Messages of a room matching the words (Italian and English), newest first; 50 at most',
    complexity: pageComplexity(50),
  })
  async searchRoomMessages(
    @CurrentUser() user: AuthUser,
    @Args('roomId', { type: () => ID }) roomId: string,
    @Args('query') query: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ) {
    return (await this.messages.search(user, roomId, query, first)).map(toMessage);
  }

  @Query(() => [RoomReport], {
    description: 'Open reports of a room, oldest first (its moderators); 50 at most',
    complexity: pageComplexity(50),
  })
  async roomReports(
    @CurrentUser() user: AuthUser,
    @Args('roomId', { type: () => ID }) roomId: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ) {
    const reports = await this.moderation.reports(user, roomId, first);
    return reports.map((r) => ({ ...r, message: toMessage(r.message) }));
  }

  @Query(() => [RoomMessageRevision], {
    description:
      'Earlier texts of an edited or deleted message, newest first (the room’s moderators)',
  })
  async roomMessageRevisions(
    @CurrentUser() user: AuthUser,
    @Args('messageId', { type: () => ID }) messageId: string,
  ) {
    return this.moderation.revisions(user, messageId);
  }

  @Mutation(() => Boolean, { description: 'Reports a message to the room’s moderators' })
  async reportRoomMessage(
    @CurrentUser() user: AuthUser,
    @Args('messageId', { type: () => ID }) messageId: string,
    @Args('reason') reason: string,
  ) {
    await this.moderation.report(user, messageId, reason);
    return true;
  }

  @Mutation(() => RoomMessage, {
    description: 'Hides a message, or shows it again (moderators); resolves its reports',
  })
  async hideRoomMessage(
    @CurrentUser() user: AuthUser,
    @Args('messageId', { type: () => ID }) messageId: string,
    @Args('hidden', { defaultValue: true }) hidden: boolean,
  ) {
    return toMessage(await this.moderation.hide(user, messageId, hidden));
  }

  @Mutation(() => Boolean, {
    description: 'Mutes a member for some minutes (0 lifts it); moderators',
  })
  async muteRoomMember(
    @CurrentUser() user: AuthUser,
    @Args('roomId', { type: () => ID }) roomId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('minutes', { type: () => Int }) minutes: number,
  ) {
    await this.moderation.mute(user, roomId, userId, minutes);
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Bans a member from the room, or lifts the ban; moderators',
  })
  async banRoomMember(
    @CurrentUser() user: AuthUser,
    @Args('roomId', { type: () => ID }) roomId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('banned', { defaultValue: true }) banned: boolean,
  ) {
    await this.moderation.ban(user, roomId, userId, banned);
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Sets slow mode: seconds between two messages of a member (0: off); moderators',
  })
  async setRoomSlowMode(
    @CurrentUser() user: AuthUser,
    @Args('roomId', { type: () => ID }) roomId: string,
    @Args('seconds', { type: () => Int }) seconds: number,
  ) {
    await this.moderation.setSlowMode(user, roomId, seconds);
    return true;
  }
}

export function toMessage(view: RoomMessageView): RoomMessage {
  return {
    ...view,
    createdAt: new Date(view.createdAt),
    editedAt: view.editedAt ? new Date(view.editedAt) : null,
    reactions: view.reactions.map((r) => ({ ...r, count: r.userIds.length })),
  };
}
