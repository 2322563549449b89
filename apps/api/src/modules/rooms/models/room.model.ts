import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../../../common/graphql/page-info';
import type { RoomKind } from '../entities/room.entity';

export const RoomKindEnum = {
  COMMUNITY: 'community',
  CHALLENGE: 'challenge',
  PARTNERSHIP: 'partnership',
  PROJECT_GROUP: 'project_group',
  EVENT: 'event',
  DIRECT: 'direct',
} as const satisfies Record<string, RoomKind>;
registerEnumType(RoomKindEnum, {
  name: 'RoomKind',
  description: 'What a room is for; who may enter follows from it',
});

export const CreatableRoomKindEnum = { COMMUNITY: 'community', EVENT: 'event' } as const;
registerEnumType(CreatableRoomKindEnum, {
  name: 'CreatableRoomKind',
  description: 'Rooms platform staff open by hand',
});

@ObjectType({ description: 'A discussion room, as the caller sees it' })
export class Room {
  @Field(() => ID)
  id: string;

  @Field(() => RoomKindEnum)
  kind: RoomKind;

  @Field({ description: 'For direct rooms, the other person’s name' })
  title: string;

  @Field()
  description: string;

  @Field(() => ID, { nullable: true, description: 'The challenge of a Q&A room' })
  challengeId: string | null;

  @Field(() => Int, { description: 'Seconds between two messages of a member; 0: off' })
  slowModeSeconds: number;

  @Field(() => Int, { description: 'The sequence number of the latest message (0: none yet)' })
  lastSeq: number;

  @Field(() => Int, { description: 'The latest message the caller has read' })
  lastReadSeq: number;

  @Field(() => Int)
  unreadCount: number;

  @Field({ description: 'Opened, or last message' })
  activeAt: Date;

  @Field({ description: 'The caller has entered this room' })
  joined: boolean;

  @Field({ description: 'The caller may hide messages, mute and ban members, set slow mode' })
  moderates: boolean;
}

@ObjectType()
export class RoomPage {
  @Field(() => [Room])
  nodes: Room[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType()
export class RoomReaction {
  @Field()
  emoji: string;

  @Field(() => Int)
  count: number;

  @Field(() => [ID])
  userIds: string[];
}

@ObjectType({ description: 'A file sent in a room (download at url)' })
export class RoomFile {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Float, { description: 'Bytes' })
  size: number;

  @Field()
  contentType: string;

  @Field()
  url: string;
}

@ObjectType({ description: 'A message; body is null once deleted or while hidden' })
export class RoomMessage {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  roomId: string;

  @Field(() => Int, { description: 'Its place in the room: 1, 2, 3… with no gap' })
  seq: number;

  @Field(() => ID, { nullable: true, description: 'The thread’s first message, for replies' })
  parentId: string | null;

  @Field(() => ID, { nullable: true })
  authorId: string | null;

  @Field(() => String, { nullable: true })
  authorName: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown (render it sanitised)' })
  body: string | null;

  @Field(() => [ID])
  mentions: string[];

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  editedAt: Date | null;

  @Field()
  deleted: boolean;

  @Field()
  hidden: boolean;

  @Field(() => [RoomReaction])
  reactions: RoomReaction[];

  @Field(() => Int)
  replyCount: number;

  @Field(() => [RoomFile], { description: 'Files sent with it (none once deleted or hidden)' })
  attachments: RoomFile[];
}

@ObjectType()
export class RoomHistory {
  @Field(() => [RoomMessage], { description: 'Oldest first' })
  messages: RoomMessage[];

  @Field()
  hasOlder: boolean;

  @Field()
  hasNewer: boolean;
}

@ObjectType({ description: 'Someone who may read a room' })
export class RoomPerson {
  @Field(() => ID)
  userId: string;

  @Field()
  name: string;

  @Field({ description: 'owner, moderator or member' })
  role: string;
}

@ObjectType({ description: 'An open report of a message (moderators)' })
export class RoomReport {
  @Field(() => ID)
  id: string;

  @Field()
  reason: string;

  @Field()
  createdAt: Date;

  @Field(() => String, { nullable: true })
  reporterName: string | null;

  @Field({ description: 'The reported text, also when hidden or deleted' })
  body: string;

  @Field(() => RoomMessage)
  message: RoomMessage;
}

@ObjectType({ description: 'A message’s text before an edit or delete (moderators)' })
export class RoomMessageRevision {
  @Field()
  body: string;

  @Field()
  replacedAt: Date;
}
