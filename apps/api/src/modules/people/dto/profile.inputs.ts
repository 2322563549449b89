import { Field, InputType } from '@nestjs/graphql';
import type { ProfileVisibility } from '@oip/domain';
import { ProfileVisibilityEnum } from '../models/person.model';

@InputType()
export class PersonLinkInput {
  @Field({ description: 'An http(s) address' })
  url: string;

  @Field(() => String, { nullable: true })
  label?: string | null;
}

/**
 * A change to the signed-in person's profile: fields left out (or null) stay as they are;
 * lists replace the stored list. Invalid fields fail together with VALIDATION_FAILED and
 * `extensions.fields`: headline and bio TEXT_TOO_LONG, expertise TAGS_INVALID, languages
 * LANGUAGE_INVALID, links LINK_INVALID (`links` for too many, `links.<index>` for a bad one).
 */
@InputType()
export class ProfileInput {
  @Field(() => String, { nullable: true, description: 'One line, at most 120 characters' })
  headline?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 4000 characters' })
  bio?: string | null;

  @Field(() => [String], { nullable: true, description: 'At most 20 tags of 40 characters' })
  expertise?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'At most 10 ISO 639-1 codes' })
  languages?: string[] | null;

  @Field(() => [PersonLinkInput], { nullable: true, description: 'At most 5' })
  links?: PersonLinkInput[] | null;

  @Field(() => ProfileVisibilityEnum, { nullable: true })
  visibility?: ProfileVisibility | null;
}

@InputType()
export class PeopleFilter {
  @Field({ nullable: true, description: 'Full-text search (Italian and English, accents ignored)' })
  query?: string;

  @Field(() => [String], { nullable: true, description: 'People having all these tags' })
  expertise?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'People speaking all these languages (ISO 639-1 codes)',
  })
  languages?: string[];
}
