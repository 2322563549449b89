import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalizedText } from '../../taxonomies/models/taxonomy.model';

export enum IndicatorUnit {
  COUNT = 'count',
  EUR = 'eur',
  EUR_MILLIONS = 'eur_millions',
}
registerEnumType(IndicatorUnit, { name: 'IndicatorUnit', description: 'What an indicator counts' });

@ObjectType({ description: 'The value of an indicator on a date' })
export class IndicatorObservation {
  @Field(() => ID)
  id: string;

  @Field({ description: 'ISO date (YYYY-MM-DD)' })
  observedOn: string;

  @Field(() => Float)
  value: number;
}

@ObjectType({
  description: 'A figure the region tracks, with its baseline, observations and target',
})
export class Indicator {
  @Field(() => ID)
  code: string;

  @Field(() => LocalizedText)
  name: LocalizedText;

  @Field(() => IndicatorUnit)
  unit: IndicatorUnit;

  @Field(() => Float)
  baseline: number;

  @Field(() => Float)
  target: number;

  @Field({ description: 'ISO date (YYYY-MM-DD) by which the target should be reached' })
  targetDate: string;

  @Field(() => LocalizedText, { nullable: true })
  note: LocalizedText | null;
}
