import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { MarketplaceStatus } from '@oip/domain';
import { PageInfo } from '../../../common/graphql/page-info';
import { LocalizedText } from '../../taxonomies/models/taxonomy.model';
import { MarketplaceStatusEnum } from './marketplace.enums';

/** Fields offers and requests share; `description` is markdown, `descriptionHtml` sanitised. */
@ObjectType({ isAbstract: true })
export abstract class MarketplaceItem {
  @Field(() => ID)
  id: string;

  @Field(() => MarketplaceStatusEnum)
  status: MarketplaceStatus;

  @Field(() => Int, { description: 'Grows with every edit: pass it back as expectedVersion' })
  version: number;

  @Field(() => LocalizedText, { description: 'Plain text' })
  title: LocalizedText;

  @Field(() => LocalizedText, { description: 'Markdown' })
  description: LocalizedText;

  @Field(() => [String])
  s3Ecosystems: string[];

  @Field(() => [String], { description: 'ATECO section codes' })
  atecoSections: string[];

  @Field(() => [String])
  tags: string[];

  @Field(() => [String], { description: 'Partnership type codes sought' })
  partnershipTypes: string[];

  @Field({ description: 'Internal: resolved by `owner`' })
  organisationId: string;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When a published item expires' })
  expiresAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType({ description: 'A technology a research organisation, startup or company offers' })
export class TechnologyOffer extends MarketplaceItem {
  @Field(() => Int, { description: 'Technology readiness level, 1–9' })
  trl: number;

  @Field({ description: 'IP status code (granted_patent, pending_patent, know_how, …)' })
  ipStatus: string;

  /** Internal: resolved into `contactPersons`. */
  contactPersonIds: string[];
}

@ObjectType({ description: 'What an organisation (typically a company) needs from a partner' })
export class CollaborationRequest extends MarketplaceItem {
  @Field(() => [String], { description: 'Organisation kind codes sought' })
  partnerKinds: string[];

  @Field(() => Int, { nullable: true })
  trlMin: number | null;

  @Field(() => Int, { nullable: true })
  trlMax: number | null;

  @Field({ description: 'Offers below trlMin still answer (co-development)' })
  acceptsLowerTrl: boolean;

  @Field({ description: 'Budget band code (under_50k, 50k_250k, …, undisclosed)' })
  budgetBand: string;
}

@ObjectType({ description: 'What the viewer can do to an offer or request now' })
export class MarketplaceViewerCan {
  @Field()
  edit: boolean;

  @Field()
  publish: boolean;

  @Field()
  renew: boolean;

  @Field()
  archive: boolean;

  @Field({ description: 'A draft never published may be deleted' })
  delete: boolean;
}

@ObjectType({ description: 'One page of technology offers' })
export class TechnologyOfferPage {
  @Field(() => [TechnologyOffer])
  nodes: TechnologyOffer[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType({ description: 'One page of collaboration requests' })
export class CollaborationRequestPage {
  @Field(() => [CollaborationRequest])
  nodes: CollaborationRequest[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
