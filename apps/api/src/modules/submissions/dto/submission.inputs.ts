import { Field, Float, InputType, Int } from '@nestjs/graphql';

/** The editable fields of a proposal; texts are markdown. A draft may leave any of them empty. */
@InputType()
export class SubmissionInput {
  @Field({ defaultValue: '' })
  summary: string;

  @Field({ defaultValue: '' })
  approach: string;

  @Field({ defaultValue: '', description: 'Who will do the work: people, roles, partners' })
  team: string;

  @Field(() => Int, { nullable: true, description: 'TRL of the proposed solution, 1–9' })
  trl?: number | null;

  @Field(() => Float, { nullable: true })
  budgetAmount?: number | null;

  @Field({ defaultValue: 'EUR', description: 'ISO 4217 currency code' })
  budgetCurrency: string;
}
