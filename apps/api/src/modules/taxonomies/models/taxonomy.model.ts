import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TAXONOMY_KEYS, type TaxonomyKey } from '@oip/domain';

/** GraphQL enum names are upper case; their values are the domain's keys. */
export const TaxonomyKeyEnum = Object.fromEntries(
  TAXONOMY_KEYS.map((key) => [key.toUpperCase(), key]),
) as Record<Uppercase<TaxonomyKey>, TaxonomyKey>;
registerEnumType(TaxonomyKeyEnum, {
  name: 'TaxonomyKey',
  description: 'The taxonomies of the platform',
});

@ObjectType({ description: 'A text in every language of the platform' })
export class LocalizedText {
  @Field({ description: 'Italian' })
  it: string;

  @Field({ description: 'English' })
  en: string;
}

@ObjectType({ description: 'One term of a taxonomy' })
export class TaxonomyTerm {
  @Field(() => ID, { description: 'Globally unique: "<taxonomy key>:<code>"' })
  id: string;

  @Field({ description: 'Stable code stored on records (e.g. "MI", "sme", "7")' })
  code: string;

  @Field(() => LocalizedText)
  label: LocalizedText;

  @Field(() => LocalizedText, { nullable: true })
  description: LocalizedText | null;

  @Field(() => Int)
  position: number;
}

@ObjectType({ description: 'A classification used across the platform, with its terms in order' })
export class Taxonomy {
  @Field(() => TaxonomyKeyEnum)
  key: TaxonomyKey;

  @Field(() => LocalizedText)
  name: LocalizedText;

  @Field(() => Int, { description: 'Grows whenever the terms change' })
  version: number;
}
