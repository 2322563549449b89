import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { OrganisationRole } from '@oip/domain';
import { PageInfo } from '../../../common/graphql/page-info';
import { Attachment } from '../../files/models/attachment.model';
import { Organisation } from '../../organisations/models/organisation.model';
import { Person } from '../../people/models/person.model';

@ObjectType({ description: 'One of the caller’s organisations, for accepting the terms' })
export class NdaOrganisation {
  @Field(() => Organisation, { nullable: true })
  organisation: Organisation | null;

  @Field({ description: 'It accepted the current terms' })
  accepted: boolean;

  /** Internal: resolved into `organisation`. */
  organisationId: string;
  role: OrganisationRole;
}

@ObjectType({
  description:
    'The confidential part of a challenge’s brief: the terms are shown to everyone who sees the challenge; details and confidential attachments only to the owner’s members and to members of organisations that accepted the current terms. Every read of them is logged.',
})
export class ConfidentialBrief {
  @Field({ description: 'The challenge has a confidential part' })
  available: boolean;

  @Field({ description: 'The caller may read it (their organisation accepted, or owns it)' })
  accepted: boolean;

  @Field(() => String, { nullable: true, description: 'The non-disclosure terms to accept' })
  termsText: string | null;

  @Field(() => String, { nullable: true, description: 'termsText as sanitised HTML' })
  termsHtml: string | null;

  @Field(() => Int, { nullable: true, description: 'Pass it back to acceptChallengeNda' })
  termsVersion: number | null;

  @Field(() => String, { nullable: true, description: 'Markdown; null until accepted' })
  details: string | null;

  @Field(() => String, { nullable: true, description: 'details as sanitised HTML' })
  detailsHtml: string | null;

  @Field(() => [Attachment], { description: 'Confidential attachments; empty until accepted' })
  attachments: Attachment[];

  @Field({ description: 'Owner side: edit it, upload attachments, read the logs' })
  viewerCanManage: boolean;

  @Field(() => [NdaOrganisation], {
    description: 'The caller’s organisations that may accept (empty for the owner side)',
  })
  viewerOrganisations: NdaOrganisation[];

  @Field(() => Date, { nullable: true })
  updatedAt: Date | null;

  /** Internal: the challenge it belongs to. */
  challengeId: string;
}

@ObjectType({ description: 'An organisation accepted a challenge’s non-disclosure terms' })
export class NdaAcceptance {
  @Field(() => ID)
  id: string;

  @Field(() => Organisation, { nullable: true })
  organisation: Organisation | null;

  @Field(() => Person, { nullable: true, description: 'Who accepted; null once erased' })
  acceptedBy: Person | null;

  @Field()
  acceptedAt: Date;

  @Field(() => Int)
  termsVersion: number;

  organisationId: string;
  acceptedById: string | null;
}

@ObjectType({ description: 'One read of a challenge’s confidential part' })
export class ConfidentialAccess {
  @Field(() => ID)
  id: string;

  @Field(() => Person, { nullable: true, description: 'Who read it; null once erased' })
  person: Person | null;

  @Field(() => Organisation, { nullable: true, description: 'Through which organisation' })
  organisation: Organisation | null;

  @Field(() => String, { nullable: true, description: 'The attachment read; null: the brief' })
  fileName: string | null;

  @Field()
  at: Date;

  personId: string | null;
  organisationId: string | null;
}

@ObjectType()
export class NdaAcceptancePage {
  @Field(() => [NdaAcceptance])
  nodes: NdaAcceptance[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType()
export class ConfidentialAccessPage {
  @Field(() => [ConfidentialAccess])
  nodes: ConfidentialAccess[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
