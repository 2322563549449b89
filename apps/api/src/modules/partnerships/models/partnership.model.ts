import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { PartnershipItemType, PartnershipStatus } from '@oip/domain';
import { PageInfo } from '../../../common/graphql/page-info';
import { PartnershipItemTypeEnum, PartnershipStatusEnum } from './partnership.enums';

@ObjectType({ description: 'What an organisation wrote when it expressed interest' })
export class PartnershipMessage {
  organisationId: string;

  @Field()
  body: string;

  @Field()
  createdAt: Date;
}

@ObjectType({
  description:
    'Two organisations about one challenge, offer or request: the request (PROPOSED) and the partnership (ACTIVE → CONCLUDED) are one record',
})
export class Partnership {
  @Field(() => ID)
  id: string;

  @Field(() => PartnershipStatusEnum)
  status: PartnershipStatus;

  @Field(() => PartnershipItemTypeEnum)
  itemType: PartnershipItemType;

  @Field(() => ID)
  itemId: string;

  @Field({ description: 'The item’s Italian title when interest was expressed' })
  itemTitleIt: string;

  @Field({ description: 'The item’s English title when interest was expressed' })
  itemTitleEn: string;

  initiatorOrganisationId: string;
  recipientOrganisationId: string;

  @Field(() => String, { nullable: true })
  declineReason: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was accepted, declined or withdrawn' })
  decidedAt: Date | null;

  @Field(() => Date, { nullable: true })
  concludedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The private room of both organisations' })
  roomId: string | null;
}

@ObjectType()
export class PartnershipEdge {
  @Field()
  cursor: string;

  @Field(() => Partnership)
  node: Partnership;
}

@ObjectType()
export class PartnershipConnection {
  @Field(() => [PartnershipEdge])
  edges: PartnershipEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@ObjectType({
  description:
    'A confidential project group: the owner of an item and several of its active partners on it, in one private room',
})
export class ProjectGroup {
  @Field(() => ID)
  id: string;

  @Field(() => PartnershipItemTypeEnum)
  itemType: PartnershipItemType;

  @Field(() => ID)
  itemId: string;

  @Field({ description: 'The item’s Italian title, as copied on its partnerships' })
  itemTitleIt: string;

  @Field({ description: 'The item’s English title, as copied on its partnerships' })
  itemTitleEn: string;

  ownerOrganisationId: string;
  memberOrganisationIds: string[];

  @Field(() => ID)
  roomId: string;

  @Field()
  createdAt: Date;
}

@ObjectType({
  description: "Proposals waiting for the caller's decision in one of their organisations",
})
export class PendingPartnershipDecisions {
  @Field(() => ID)
  organisationId: string;

  @Field(() => Int)
  count: number;
}
