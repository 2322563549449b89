import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A person as others see them' })
export class Person {
  @Field(() => ID)
  id: string;

  @Field()
  fullName: string;
}
