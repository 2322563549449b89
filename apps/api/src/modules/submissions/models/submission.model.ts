import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SUBMISSION_STATUSES, type SubmissionStatus } from '@oip/domain';
import { PageInfo } from '../../../common/graphql/page-info';
import { OrganisationRoleEnum } from '../../organisations/models/organisation.model';
import type { OrganisationRole } from '@oip/domain';

export const SubmissionStatusEnum = Object.fromEntries(
  SUBMISSION_STATUSES.map((status) => [status.toUpperCase(), status]),
) as Record<Uppercase<SubmissionStatus>, SubmissionStatus>;
registerEnumType(SubmissionStatusEnum, { name: 'SubmissionStatus' });

/**
 * An organisation's confidential proposal answering a challenge. Texts are markdown as written
 * and, through the `…Html` fields, sanitised HTML (@oip/markdown).
 */
@ObjectType({ description: 'A confidential proposal answering a challenge' })
export class Submission {
  @Field(() => ID)
  id: string;

  @Field(() => SubmissionStatusEnum)
  status: SubmissionStatus;

  @Field(() => Int, { description: 'Grows with every save: pass it back as expectedVersion' })
  version: number;

  @Field({ description: 'Markdown' })
  summary: string;

  @Field({ description: 'Markdown' })
  approach: string;

  @Field({ description: 'Markdown' })
  team: string;

  @Field(() => Int, { nullable: true, description: 'TRL of the proposed solution, 1–9' })
  trl: number | null;

  @Field(() => Float, { nullable: true })
  budgetAmount: number | null;

  @Field({ description: 'ISO 4217' })
  budgetCurrency: string;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  withdrawnAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  /** Internal: resolved into `challenge`, `organisation`, `author`. */
  challengeId: string;
  organisationId: string;
  createdBy: string | null;
}

@ObjectType({ description: 'What the viewer can do to a submission now' })
export class SubmissionViewerCan {
  @Field({ description: 'Save the text (draft or withdrawn, a member of its organisation)' })
  edit: boolean;

  @Field({ description: 'The challenge deadline must also not have passed' })
  submit: boolean;

  @Field()
  withdraw: boolean;
}

@ObjectType({ description: 'One page of submissions' })
export class SubmissionPage {
  @Field(() => [Submission])
  nodes: Submission[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType({ description: 'An organisation the caller may answer a challenge for' })
export class SubmissionOption {
  @Field(() => ID)
  organisationId: string;

  @Field(() => OrganisationRoleEnum, { description: 'The caller’s role in it' })
  role: OrganisationRole;

  @Field(() => Submission, { nullable: true, description: 'Its proposal, if it has one' })
  submission: Submission | null;
}
