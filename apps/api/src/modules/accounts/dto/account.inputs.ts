import { Field, InputType } from '@nestjs/graphql';

// Lengths are capped here (cheap refusal of absurd input); the rules live in the service.
@InputType()
export class RegisterInput {
  @Field()
  email: string;

  @Field()
  password: string;

  @Field()
  fullName: string;

  @Field({ description: 'Accepts the terms of use in their current version' })
  acceptTerms: boolean;

  @Field({ description: 'Accepts the privacy notice in its current version' })
  acceptPrivacy: boolean;

  @Field({ nullable: true, description: 'Language of the account’s emails: it (default) or en' })
  locale?: string;
}

@InputType()
export class SignInInput {
  @Field()
  email: string;

  @Field()
  password: string;
}
