import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ORGANISATION_ROLES, type OrganisationRole } from '@oip/domain';
import { PageInfo } from '../../../common/graphql/page-info';
import { Person } from '../../people/models/person.model';
import { LocalizedText } from '../../taxonomies/models/taxonomy.model';

export const OrganisationRoleEnum = Object.fromEntries(
  ORGANISATION_ROLES.map((role) => [role.toUpperCase(), role]),
) as Record<Uppercase<OrganisationRole>, OrganisationRole>;
registerEnumType(OrganisationRoleEnum, { name: 'OrganisationRole' });

@ObjectType({ description: 'A company, startup, university, research centre, …' })
export class Organisation {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Organisation kind code (taxonomy ORGANISATION_KIND)' })
  kind: string;

  @Field()
  legalName: string;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true })
  vatNumber: string | null;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field()
  country: string;

  @Field(() => String, { nullable: true })
  region: string | null;

  @Field(() => String, { nullable: true })
  province: string | null;

  @Field(() => String, { nullable: true })
  sizeBand: string | null;

  @Field(() => String, { nullable: true })
  atecoSection: string | null;

  @Field(() => [String])
  s3Ecosystems: string[];

  @Field(() => [String])
  competences: string[];

  @Field(() => Int, { nullable: true })
  trlMin: number | null;

  @Field(() => Int, { nullable: true })
  trlMax: number | null;

  @Field(() => LocalizedText)
  description: LocalizedText;

  @Field(() => String, { nullable: true })
  logoUrl: string | null;

  @Field(() => String, { nullable: true, description: 'Internal: resolved by `parent`' })
  parentId: string | null;

  @Field({ description: 'Checked by a moderator' })
  verified: boolean;

  @Field({
    description:
      'False while deactivated: left out of every match, cannot publish (shown in the directory, marked)',
  })
  active: boolean;

  @Field(() => Date, { nullable: true, description: 'Since when it is deactivated' })
  deactivatedAt: Date | null;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'A person’s place in an organisation' })
export class Member {
  @Field(() => Person)
  person: Person;

  @Field(() => OrganisationRoleEnum)
  role: OrganisationRole;

  @Field()
  joinedAt: Date;
}

@ObjectType({ description: 'One page of organisations' })
export class OrganisationPage {
  @Field(() => [Organisation])
  nodes: Organisation[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
