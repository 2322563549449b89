import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { MarketplaceStatus } from '@oip/domain';
import { MarketplaceStatusEnum } from '../models/marketplace.enums';

/** What offers and requests share; texts are markdown, in Italian and/or English. */
@InputType({ isAbstract: true })
export abstract class MarketplaceItemInput {
  @Field({ defaultValue: '' })
  titleIt: string;

  @Field({ defaultValue: '' })
  titleEn: string;

  @Field({ defaultValue: '' })
  descriptionIt: string;

  @Field({ defaultValue: '' })
  descriptionEn: string;

  @Field(() => [String], { defaultValue: [] })
  s3Ecosystems: string[];

  @Field(() => [String], { defaultValue: [], description: 'ATECO section codes (A–U)' })
  atecoSections: string[];

  @Field(() => [String], { defaultValue: [] })
  tags: string[];

  @Field(() => [String], { defaultValue: [], description: 'Partnership type codes sought' })
  partnershipTypes: string[];
}

@InputType()
export class TechnologyOfferInput extends MarketplaceItemInput {
  @Field(() => Int, { nullable: true, description: 'Technology readiness level 1–9 (required)' })
  trl?: number | null;

  @Field({ defaultValue: 'none', description: 'IP status code (IP_STATUSES)' })
  ipStatus: string;

  @Field(() => [ID], { defaultValue: [], description: 'Members of the organisation to contact' })
  contactPersonIds: string[];
}

@InputType()
export class CollaborationRequestInput extends MarketplaceItemInput {
  @Field(() => [String], { defaultValue: [], description: 'Organisation kind codes sought' })
  partnerKinds: string[];

  @Field(() => Int, { nullable: true })
  trlMin?: number | null;

  @Field(() => Int, { nullable: true })
  trlMax?: number | null;

  @Field({ defaultValue: false, description: 'Offers below trlMin still answer' })
  acceptsLowerTrl: boolean;

  @Field({ defaultValue: 'undisclosed', description: 'Budget band code (BUDGET_BANDS)' })
  budgetBand: string;
}

@InputType({ description: 'Filters of the offers and requests lists (all must hold)' })
export class MarketplaceFilter {
  @Field(() => [MarketplaceStatusEnum], {
    nullable: true,
    description: 'Default: published only',
  })
  statuses?: MarketplaceStatus[];

  @Field(() => [String], { nullable: true, description: 'Any of these ecosystems' })
  s3Ecosystems?: string[];

  @Field(() => [String], { nullable: true, description: 'All of these tags' })
  tags?: string[];

  @Field(() => Int, {
    nullable: true,
    description: 'Offers at this TRL or above; requests whose range reaches it',
  })
  trlMin?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Offers at this TRL or below; requests whose range starts at or below it',
  })
  trlMax?: number;

  @Field(() => [String], { nullable: true, description: 'Offers only: any of these IP statuses' })
  ipStatuses?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Any of these partnership types (licensing, pilot, joint R&D…)',
  })
  partnershipTypes?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Requests only: seeking any of these partner kinds (research_centre, startup…)',
  })
  partnerKinds?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Any of these ATECO sections of application (C, J…)',
  })
  atecoSections?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Requests only: any of these budget bands (under_50k, 50k_250k…)',
  })
  budgetBands?: string[];

  @Field(() => ID, { nullable: true })
  organisationId?: string;
}
