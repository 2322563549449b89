import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class ConfidentialBriefInput {
  @Field({ description: 'Markdown, at most 50000 characters' })
  details: string;

  @Field({ description: 'Non-disclosure terms; changing them asks every organisation again' })
  termsText: string;
}
