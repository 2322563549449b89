import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import type { ChallengeStatus, ChallengeVisibility, RewardType } from '@oip/domain';
import {
  ChallengeSortEnum,
  ChallengeStatusEnum,
  ChallengeVisibilityEnum,
  RewardTypeEnum,
  type ChallengeSort,
} from '../models/challenge.enums';

/** Every editable field of a challenge; texts are markdown, in Italian and/or English. */
@InputType()
export class ChallengeInput {
  @Field({ defaultValue: '' })
  titleIt: string;

  @Field({ defaultValue: '' })
  titleEn: string;

  @Field({ defaultValue: '' })
  summaryIt: string;

  @Field({ defaultValue: '' })
  summaryEn: string;

  @Field({ defaultValue: '' })
  problemIt: string;

  @Field({ defaultValue: '' })
  problemEn: string;

  @Field({ defaultValue: '' })
  expectedResultsIt: string;

  @Field({ defaultValue: '' })
  expectedResultsEn: string;

  @Field({ defaultValue: '' })
  constraintsIt: string;

  @Field({ defaultValue: '' })
  constraintsEn: string;

  @Field(() => [String], { defaultValue: [] })
  s3Ecosystems: string[];

  @Field(() => [String], { defaultValue: [] })
  tags: string[];

  @Field(() => [String], { defaultValue: [], description: 'Organisation kind codes sought' })
  soughtPartnerKinds: string[];

  @Field(() => Int, { nullable: true })
  trlMin?: number | null;

  @Field(() => Int, { nullable: true })
  trlMax?: number | null;

  @Field({ defaultValue: false, description: 'Less mature answers are welcome too' })
  acceptsLowerTrl: boolean;

  @Field(() => RewardTypeEnum)
  rewardType: RewardType;

  @Field(() => Float, { nullable: true })
  rewardAmount?: number | null;

  @Field({ defaultValue: 'EUR', description: 'ISO 4217 currency code' })
  rewardCurrency: string;

  @Field(() => Date, { nullable: true, description: 'UTC; required (and future) to publish' })
  deadline?: Date | null;

  @Field(() => ChallengeVisibilityEnum, { defaultValue: 'public' })
  visibility: ChallengeVisibility;

  @Field(() => [ID], {
    defaultValue: [],
    description: 'Organisations whose members see an INVITED challenge',
  })
  invitedOrganisationIds: string[];
}

@InputType()
export class ChallengeFilter {
  @Field(() => [ChallengeStatusEnum], { nullable: true })
  statuses?: ChallengeStatus[];

  @Field(() => [String], { nullable: true })
  s3Ecosystems?: string[];

  @Field(() => [String], { nullable: true, description: 'Challenges having all these tags' })
  tags?: string[];

  @Field(() => [RewardTypeEnum], { nullable: true })
  rewardTypes?: RewardType[];

  @Field(() => Date, { nullable: true })
  deadlineFrom?: Date;

  @Field(() => Date, { nullable: true })
  deadlineTo?: Date;

  @Field(() => ID, { nullable: true })
  organisationId?: string;
}

export { ChallengeSortEnum, type ChallengeSort };
