import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class OrganisationInput {
  @Field({ description: 'An organisation kind code, e.g. "sme", "university"' })
  kind: string;

  @Field()
  legalName: string;

  @Field()
  displayName: string;

  @Field(() => String, {
    nullable: true,
    description: 'Italian partita IVA, or an EU VAT number with its country prefix',
  })
  vatNumber?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field({ defaultValue: 'IT', description: 'ISO 3166-1 alpha-2 country code' })
  country: string;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'Province code (Lombardy: BG, BS, …)' })
  province?: string | null;

  @Field(() => String, { nullable: true })
  sizeBand?: string | null;

  @Field(() => String, { nullable: true })
  atecoSection?: string | null;

  @Field(() => [String], { defaultValue: [] })
  s3Ecosystems: string[];

  @Field(() => [String], { defaultValue: [] })
  competences: string[];

  @Field(() => Int, { nullable: true })
  trlMin?: number | null;

  @Field(() => Int, { nullable: true })
  trlMax?: number | null;

  @Field({ defaultValue: '' })
  descriptionIt: string;

  @Field({ defaultValue: '' })
  descriptionEn: string;

  @Field(() => ID, { nullable: true, description: 'The organisation this one belongs to' })
  parentId?: string | null;
}

@InputType()
export class OrganisationFilter {
  @Field({ nullable: true, description: 'Full-text search (Italian and English, accents ignored)' })
  query?: string;

  @Field(() => [String], { nullable: true })
  kinds?: string[];

  @Field(() => [String], { nullable: true })
  provinces?: string[];

  @Field(() => [String], { nullable: true })
  s3Ecosystems?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Organisations having all these competences',
  })
  competences?: string[];

  @Field(() => Int, { nullable: true, description: 'Technologies reaching at least this TRL' })
  trlAtLeast?: number;

  @Field({ nullable: true })
  verifiedOnly?: boolean;
}
