import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PROFILE_VISIBILITIES, type ProfileVisibility } from '@oip/domain';
import { PageInfo } from '../../../common/graphql/page-info';

export const ProfileVisibilityEnum = Object.fromEntries(
  PROFILE_VISIBILITIES.map((visibility) => [visibility.toUpperCase(), visibility]),
) as Record<Uppercase<ProfileVisibility>, ProfileVisibility>;
registerEnumType(ProfileVisibilityEnum, {
  name: 'ProfileVisibility',
  description: 'Who sees a profile',
  valuesMap: {
    PUBLIC: { description: 'Anyone, signed in or not' },
    MEMBERS: { description: 'Signed-in people only (the default)' },
  },
});

/**
 * A person as others see them. Only `id` and `fullName` live here; the profile fields
 * (headline, bio, expertise, languages, links, avatarUrl, visibility) are resolved by
 * PeopleResolver through the per-request profile loader, wherever a Person appears
 * (`person`, `people`, an organisation's `members`).
 */
@ObjectType({ description: 'A person as others see them' })
export class Person {
  @Field(() => ID, { description: 'The person’s account id' })
  id: string;

  @Field()
  fullName: string;
}

@ObjectType({ description: 'A link on a profile' })
export class PersonLink {
  @Field({ description: 'An http(s) address' })
  url: string;

  @Field(() => String, { nullable: true, description: 'What the link is, e.g. "ORCID"' })
  label: string | null;
}

@ObjectType({ description: 'One page of people' })
export class PersonPage {
  @Field(() => [Person])
  nodes: Person[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
