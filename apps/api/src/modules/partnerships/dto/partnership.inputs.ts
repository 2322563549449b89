import { Field, ID, InputType } from '@nestjs/graphql';
import type { PartnershipItemType } from '@oip/domain';
import { PartnershipItemTypeEnum } from '../models/partnership.enums';

@InputType()
export class ExpressInterestInput {
  @Field(() => ID, { description: 'The caller must be an owner or admin of it' })
  fromOrganisationId: string;

  @Field(() => PartnershipItemTypeEnum)
  itemType: PartnershipItemType;

  @Field(() => ID, {
    description:
      'A published item: the recipient’s, or the sender’s own (then set toOrganisationId)',
  })
  itemId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Required only when the item is the sender’s own (reaching out to a match)',
  })
  toOrganisationId?: string | null;

  @Field({ description: '1 to 2000 characters' })
  message: string;
}

@InputType()
export class FormProjectGroupInput {
  @Field(() => PartnershipItemTypeEnum)
  itemType: PartnershipItemType;

  @Field(() => ID)
  itemId: string;

  @Field(() => [ID], {
    description:
      'At least two ACTIVE partnerships on that item, which the caller’s organisation owns',
  })
  partnershipIds: string[];
}
