import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  ChallengeAction,
  ChallengeStatus,
  ChallengeVisibility,
  RewardType,
} from '@oip/domain';
import { PageInfo } from '../../../common/graphql/page-info';
import { Person } from '../../people/models/person.model';
import { LocalizedText } from '../../taxonomies/models/taxonomy.model';
import {
  ChallengeActionEnum,
  ChallengeStatusEnum,
  ChallengeVisibilityEnum,
  RewardTypeEnum,
} from './challenge.enums';

/**
 * An innovation challenge. Texts are markdown as written (`problem`, …) and, through the
 * `…Html` fields, sanitised HTML (@oip/markdown) ready to insert in a page.
 */
@ObjectType({ description: 'An innovation challenge posted by an organisation' })
export class Challenge {
  @Field(() => ID)
  id: string;

  @Field(() => ChallengeStatusEnum)
  status: ChallengeStatus;

  @Field(() => Int, { description: 'Grows with every edit: pass it back as expectedVersion' })
  version: number;

  @Field(() => LocalizedText, { description: 'Plain text' })
  title: LocalizedText;

  @Field(() => LocalizedText, { description: 'Markdown' })
  summary: LocalizedText;

  @Field(() => LocalizedText, { description: 'Markdown' })
  problem: LocalizedText;

  @Field(() => LocalizedText, { description: 'Markdown' })
  expectedResults: LocalizedText;

  @Field(() => LocalizedText, { description: 'Markdown' })
  constraints: LocalizedText;

  @Field(() => [String])
  s3Ecosystems: string[];

  @Field(() => [String])
  tags: string[];

  @Field(() => [String], { description: 'Organisation kind codes sought' })
  soughtPartnerKinds: string[];

  @Field(() => Int, { nullable: true })
  trlMin: number | null;

  @Field(() => Int, { nullable: true })
  trlMax: number | null;

  @Field({ description: 'Less mature answers are welcome too (matchmaking)' })
  acceptsLowerTrl: boolean;

  @Field(() => RewardTypeEnum)
  rewardType: RewardType;

  @Field(() => Float, { nullable: true })
  rewardAmount: number | null;

  @Field({ description: 'ISO 4217' })
  rewardCurrency: string;

  @Field(() => Date, { nullable: true, description: 'UTC (shown in Europe/Rome)' })
  deadline: Date | null;

  @Field(() => ChallengeVisibilityEnum)
  visibility: ChallengeVisibility;

  @Field({ description: 'Internal: resolved by `owner`' })
  organisationId: string;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;
}

@ObjectType({ description: 'One step of a challenge’s lifecycle (the audit trail)' })
export class ChallengeTransition {
  @Field(() => ID)
  id: string;

  @Field(() => ChallengeActionEnum)
  action: ChallengeAction;

  @Field(() => ChallengeStatusEnum)
  from: ChallengeStatus;

  @Field(() => ChallengeStatusEnum)
  to: ChallengeStatus;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field()
  at: Date;

  @Field(() => Person, {
    nullable: true,
    description:
      'Who did it; null for the system (deadline), an erased account, or a profile the viewer may not see',
  })
  actor: Person | null;

  /** Internal: resolved into `actor`. */
  actorId: string | null;
}

@ObjectType({ description: 'What the viewer can do to a challenge now (state and role)' })
export class ChallengeViewerCan {
  @Field()
  edit: boolean;

  @Field()
  submitForReview: boolean;

  @Field({ description: 'The deadline must also be in the future' })
  approve: boolean;

  @Field()
  returnToDraft: boolean;

  @Field()
  close: boolean;

  @Field()
  startEvaluation: boolean;

  @Field()
  award: boolean;

  @Field()
  cancel: boolean;

  @Field()
  archive: boolean;
}

@ObjectType({ description: 'One page of challenges' })
export class ChallengePage {
  @Field(() => [Challenge])
  nodes: Challenge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
