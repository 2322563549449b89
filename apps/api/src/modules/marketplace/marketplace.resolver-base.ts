import { Type } from '@nestjs/common';
import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { renderMarkdown } from '@oip/markdown';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Public } from '../../common/auth/decorators';
import { AppError } from '../../common/errors/app-error';
import type { GraphQLContext } from '../../common/graphql/context';
import { Organisation } from '../organisations/models/organisation.model';
import { toModel as toOrganisation } from '../organisations/organisations.resolver';
import { LocalizedText } from '../taxonomies/models/taxonomy.model';
import { MarketplaceFilter } from './dto/marketplace.inputs';
import { MarketplaceViewerCan, type MarketplaceItem } from './models/marketplace.model';
import {
  MAX_MARKETPLACE_PAGE_SIZE,
  MarketplaceDirectory,
  type MarketplacePage,
} from './marketplace.directory';
import type { EntityOf, MarketplaceKind } from './marketplace.kinds';
import { MarketplaceLoaders } from './marketplace.loaders';
import { marketplacePolicy } from './marketplace.policy';
import { MarketplaceService, type InputOf } from './marketplace.service';

const pageComplexity = ({
  args,
  childComplexity,
}: {
  args: { first?: number };
  childComplexity: number;
}) => Math.min(Number(args.first) || 0, MAX_MARKETPLACE_PAGE_SIZE) * childComplexity;

interface Names {
  /** e.g. 'technologyOffer' → technologyOffer, technologyOffers, createTechnologyOffer, … */
  one: string;
  many: string;
  type: string;
  label: string;
}

/**
 * The queries, mutations and shared fields of one side of the marketplace. Offers and requests
 * differ only in their fields, so one resolver shape serves both (names from `names`); each
 * subclass adds its own fields and the entity → model mapping.
 */
export function marketplaceResolver<K extends MarketplaceKind, M extends MarketplaceItem>(
  kind: K,
  names: Names,
  Model: Type<M>,
  PageModel: Type<unknown>,
  Input: Type<InputOf<K>>,
  toModel: (row: EntityOf<K>) => M,
) {
  @Resolver(() => Model, { isAbstract: true })
  abstract class MarketplaceResolverBase {
    constructor(
      readonly service: MarketplaceService,
      readonly directory: MarketplaceDirectory,
      readonly loaders: MarketplaceLoaders,
    ) {}

    @Public()
    @Query(() => Model, {
      name: names.one,
      description: `A ${names.label}; NOT_FOUND when unknown or not visible to the caller`,
    })
    async one(
      @Args('id', { type: () => ID }) id: string,
      @Context() context: GraphQLContext,
    ): Promise<M> {
      const row = await this.loaders.byId(context, kind, id);
      if (
        !row ||
        !marketplacePolicy.canSee(row, await this.loaders.viewer(context, row.organisationId))
      )
        throw new AppError('NOT_FOUND');
      return toModel(row);
    }

    @Public()
    @Query(() => PageModel, {
      name: names.many,
      description: `${names.label}s the caller may see (default: published): filters, full-text search in Italian and English (accents ignored, best match first; else newest first), ${MAX_MARKETPLACE_PAGE_SIZE} at most per page`,
      complexity: pageComplexity,
    })
    async many(
      @CurrentUser() user: AuthUser | null,
      @Args('filter', { type: () => MarketplaceFilter, defaultValue: {} })
      filter: MarketplaceFilter,
      @Args('search', { type: () => String, nullable: true }) search: string | null,
      @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
      @Args('after', { type: () => String, nullable: true }) after: string | null,
    ) {
      return toPage(await this.directory.page(kind, user, filter, search, first, after), toModel);
    }

    @Mutation(() => Model, {
      name: `create${names.type}`,
      description: 'Owners and admins of the organisation: a new draft (version 1)',
    })
    async create(
      @CurrentUser() user: AuthUser,
      @Args('organisationId', { type: () => ID }) organisationId: string,
      @Args('input', { type: () => Input }) input: InputOf<K>,
    ): Promise<M> {
      return toModel(await this.service.create(user, kind, organisationId, input));
    }

    @Mutation(() => Model, {
      name: `update${names.type}`,
      description: 'Saves over expectedVersion; MARKETPLACE_EDIT_CONFLICT when it is not current',
    })
    async update(
      @CurrentUser() user: AuthUser,
      @Args('id', { type: () => ID }) id: string,
      @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
      @Args('input', { type: () => Input }) input: InputOf<K>,
    ): Promise<M> {
      return toModel(await this.service.update(user, kind, id, expectedVersion, input));
    }

    @Mutation(() => Model, {
      name: `publish${names.type}`,
      description: 'draft → published, until MARKETPLACE_EXPIRY_MONTHS from now',
    })
    async publish(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
      return toModel(await this.service.perform(user, kind, id, 'publish'));
    }

    @Mutation(() => Model, {
      name: `renew${names.type}`,
      description: 'published or expired → published, for another MARKETPLACE_EXPIRY_MONTHS',
    })
    async renew(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
      return toModel(await this.service.perform(user, kind, id, 'renew'));
    }

    @Mutation(() => Model, {
      name: `archive${names.type}`,
      description: 'published or expired → archived (seen by the owning organisation only)',
    })
    async archive(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
      return toModel(await this.service.perform(user, kind, id, 'archive'));
    }

    @Mutation(() => Boolean, {
      name: `delete${names.type}`,
      description:
        'Owners and admins: deletes a draft never published, attachments included; MARKETPLACE_INVALID_TRANSITION in any other status',
    })
    async delete(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
      await this.service.deleteDraft(user, kind, id);
      return true;
    }

    @ResolveField(() => Organisation, { description: 'The organisation that owns it' })
    async owner(@Parent() item: M, @Context() context: GraphQLContext) {
      return toOrganisation(await this.loaders.organisation(context, item.organisationId));
    }

    @ResolveField(() => LocalizedText, { description: 'description as sanitised HTML' })
    descriptionHtml(@Parent() item: M): LocalizedText {
      return { it: renderMarkdown(item.description.it), en: renderMarkdown(item.description.en) };
    }

    @ResolveField(() => MarketplaceViewerCan)
    async viewerCan(@Parent() item: M, @Context() context: GraphQLContext) {
      return marketplacePolicy.viewerCan(
        item,
        await this.loaders.viewer(context, item.organisationId),
      );
    }
  }
  return MarketplaceResolverBase;
}

function toPage<E, M>(page: MarketplacePage<E>, toModel: (row: E) => M) {
  return { nodes: page.nodes.map(toModel), pageInfo: page.pageInfo };
}

/** The shared columns → the shared model fields: only these leave the API. */
export function toItem(row: EntityOf<MarketplaceKind>): MarketplaceItem {
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    title: { it: row.titleIt, en: row.titleEn },
    description: { it: row.descriptionIt, en: row.descriptionEn },
    s3Ecosystems: row.s3Ecosystems,
    atecoSections: row.atecoSections,
    tags: row.tags,
    partnershipTypes: row.partnershipTypes,
    organisationId: row.organisationId,
    publishedAt: row.publishedAt,
    expiresAt: row.expiresAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
