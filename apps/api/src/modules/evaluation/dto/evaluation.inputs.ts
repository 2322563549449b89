import { Field, ID, InputType, Int } from '@nestjs/graphql';

/** One criterion of a scorecard: a name in Italian and/or English, a weight (all add up to 100). */
@InputType()
export class CriterionInput {
  @Field({ defaultValue: '' })
  nameIt: string;

  @Field({ defaultValue: '' })
  nameEn: string;

  @Field({ defaultValue: '' })
  descriptionIt: string;

  @Field({ defaultValue: '' })
  descriptionEn: string;

  @Field(() => Int)
  weight: number;
}

/** Who to assign as evaluator: an account id or the email of an account. */
@InputType()
export class EvaluatorRef {
  @Field(() => ID, { nullable: true })
  userId?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;
}

@InputType()
export class CriterionScoreInput {
  @Field(() => ID)
  criterionId: string;

  @Field(() => Int, { description: '1–5' })
  score: number;

  @Field({ defaultValue: '' })
  comment: string;
}

@InputType()
export class FeedbackInput {
  @Field(() => ID)
  submissionId: string;

  @Field()
  text: string;
}
