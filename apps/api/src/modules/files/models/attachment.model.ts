import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A file attached to a challenge or a submission' })
export class Attachment {
  @Field(() => ID)
  id: string;

  @Field({ description: 'File name (made safe; its extension matches the content type)' })
  name: string;

  @Field(() => Float, { description: 'Bytes' })
  size: number;

  @Field({ description: 'Sniffed from the bytes' })
  contentType: string;

  @Field({ description: 'Download address (GET; a download, never shown inline)' })
  url: string;

  @Field({
    description:
      'Only for readers of confidential content (a challenge’s confidential brief, a submission)',
  })
  confidential: boolean;

  @Field()
  createdAt: Date;
}
