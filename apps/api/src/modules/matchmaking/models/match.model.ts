import {
  ArgsType,
  Field,
  Float,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import type { MatchFactorKind, MatchItemType } from '../matchmaking.types';

const ITEM_TYPES: MatchItemType[] = ['challenge', 'request', 'offer', 'organisation'];
export const MatchItemTypeEnum = Object.fromEntries(
  ITEM_TYPES.map((type) => [type.toUpperCase(), type]),
) as Record<Uppercase<MatchItemType>, MatchItemType>;
registerEnumType(MatchItemTypeEnum, { name: 'MatchItemType' });

const FACTORS: MatchFactorKind[] = [
  'TEXT',
  'TAGS',
  'ECOSYSTEMS',
  'ATECO',
  'TRL',
  'PARTNER_KIND',
  'GEOGRAPHY',
  'TRACK_RECORD',
  'PORTFOLIO',
  'FRESHNESS',
];
export const MatchFactorEnum = Object.fromEntries(FACTORS.map((f) => [f, f])) as Record<
  MatchFactorKind,
  MatchFactorKind
>;
registerEnumType(MatchFactorEnum, { name: 'MatchFactorKind' });

@ObjectType({ description: 'One reason of a match and how much it added (negative: a penalty)' })
export class MatchFactor {
  @Field(() => MatchFactorEnum)
  factor: MatchFactorKind;

  @Field(() => Float)
  contribution: number;

  @Field(() => [String], { description: 'TAGS, ECOSYSTEMS, ATECO: the shared values' })
  shared: string[];

  @Field(() => Int, { nullable: true, description: "TRL: the offer's level" })
  trl: number | null;

  @Field(() => Int, { nullable: true, description: 'TRL: the range sought' })
  trlMin: number | null;

  @Field(() => Int, { nullable: true })
  trlMax: number | null;

  @Field(() => String, { nullable: true, description: "PARTNER_KIND: the candidate's kind" })
  kind: string | null;

  @Field(() => Boolean, { nullable: true, description: 'PARTNER_KIND: the kind was asked for' })
  sought: boolean | null;

  @Field(() => String, { nullable: true, description: 'GEOGRAPHY' })
  province: string | null;

  @Field(() => String, { nullable: true, description: 'GEOGRAPHY: same region, other province' })
  region: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'TRACK_RECORD: awarded submissions; PORTFOLIO: its matching items',
  })
  count: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'TRACK_RECORD: active or concluded partnerships of the organisation',
  })
  partnerships: number | null;

  @Field(() => Int, { nullable: true, description: 'FRESHNESS: days since publication' })
  ageDays: number | null;
}

@ObjectType({ description: '"Why this match", rendered as short fragments, strongest first' })
export class MatchReasons {
  @Field(() => [String])
  it: string[];

  @Field(() => [String])
  en: string[];
}

@ObjectType({
  description: 'A suggested organisation, offer, request or challenge, with its reasons',
})
export class Match {
  @Field(() => MatchItemTypeEnum)
  targetType: MatchItemType;

  @Field(() => ID)
  targetId: string;

  @Field()
  titleIt: string;

  @Field()
  titleEn: string;

  @Field(() => ID, { description: 'The organisation (itself, or the owner of the item)' })
  organisationId: string;

  @Field()
  organisationName: string;

  @Field(() => Float)
  score: number;

  @Field(() => [MatchFactor])
  factors: MatchFactor[];

  @Field(() => MatchReasons)
  reasons: MatchReasons;
}

@InputType({ description: "A draft's content, for the editors' duplicate check" })
export class SimilarItemsInput {
  @Field(() => MatchItemTypeEnum, { description: 'CHALLENGE, REQUEST or OFFER' })
  kind: MatchItemType;

  @Field({ description: 'Title and key words of the draft (any language)' })
  text: string;

  @Field(() => [String], { defaultValue: [] })
  tags: string[];

  @Field(() => ID, { nullable: true, description: 'The draft itself, left out when saved' })
  excludeId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The organisation drafting it: for its members, its own drafts whose title words meet the draft's count too",
  })
  organisationId?: string | null;
}

@ArgsType()
export class MatchPairArgs {
  @Field(() => MatchItemTypeEnum)
  sourceType: MatchItemType;

  @Field(() => ID)
  sourceId: string;

  @Field(() => MatchItemTypeEnum)
  targetType: MatchItemType;

  @Field(() => ID)
  targetId: string;
}
