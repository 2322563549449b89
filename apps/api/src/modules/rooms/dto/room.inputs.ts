import { Field, InputType } from '@nestjs/graphql';
import { CreatableRoomKindEnum } from '../models/room.model';

@InputType()
export class CreateRoomInput {
  @Field(() => CreatableRoomKindEnum)
  kind: 'community' | 'event';

  @Field({ description: 'At most 200 characters' })
  title: string;

  @Field({ defaultValue: '', description: 'At most 1,000 characters' })
  description: string;
}
