import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../../common/graphql/page-info';
import { Person } from '../../people/models/person.model';

@ObjectType({ description: 'What the viewer can do with a question now' })
export class ChallengeQuestionViewerCan {
  @Field({ description: 'Owner side: answer it, or edit the answer' })
  answer: boolean;

  @Field({ description: 'Moderators: hide it (abuse) or show it again' })
  hide: boolean;
}

@ObjectType({
  description:
    'A clarification question on a challenge. Unanswered ones are seen by their asker, the owner side and moderators only; answered ones by everyone who sees the challenge.',
})
export class ChallengeQuestion {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  challengeId: string;

  @Field({ description: 'Markdown as typed' })
  text: string;

  @Field({ description: 'text as sanitised HTML' })
  textHtml: string;

  @Field(() => String, { nullable: true, description: 'Markdown; null until answered' })
  answer: string | null;

  @Field(() => String, { nullable: true, description: 'answer as sanitised HTML' })
  answerHtml: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was first answered' })
  answeredAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the answer was last saved' })
  answerUpdatedAt: Date | null;

  @Field({ description: 'Hidden by a moderator (only moderators see hidden questions)' })
  hidden: boolean;

  @Field({ description: 'Whether the caller asked it' })
  askedByViewer: boolean;

  @Field(() => Person, {
    nullable: true,
    description:
      'Who asked: shown to the asker, the owner side and moderators only; null otherwise or once the account is erased',
  })
  asker: Person | null;

  @Field(() => ChallengeQuestionViewerCan)
  viewerCan: ChallengeQuestionViewerCan;

  /** Internal: resolved into `asker` when the viewer may know. */
  askerId: string | null;
}

@ObjectType({ description: 'One page of a challenge’s questions, newest first' })
export class ChallengeQuestionPage {
  @Field(() => [ChallengeQuestion])
  nodes: ChallengeQuestion[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field({ description: 'Whether the caller may ask a question now (signed in, published)' })
  viewerCanAsk: boolean;

  @Field({ description: 'Whether the caller answers questions (owner side)' })
  viewerCanAnswer: boolean;
}
