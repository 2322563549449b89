import { Public } from '../../common/auth/decorators';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { TaxonomyKey } from '@oip/domain';
import type { GraphQLContext } from '../../common/graphql/context';
import { Taxonomy, TaxonomyKeyEnum, TaxonomyTerm } from './models/taxonomy.model';
import { TaxonomyTermsLoader } from './taxonomies.loaders';
import { TaxonomiesService } from './taxonomies.service';

/** Public: taxonomies are reference data everyone may read, signed in or not. */
@Public()
@Resolver(() => Taxonomy)
export class TaxonomiesResolver {
  constructor(
    private readonly service: TaxonomiesService,
    private readonly termsLoader: TaxonomyTermsLoader,
  ) {}

  @Query(() => [Taxonomy], { description: 'Every taxonomy of the platform, in display order' })
  taxonomies(): Promise<Taxonomy[]> {
    return this.service.list();
  }

  @Query(() => Taxonomy, { nullable: true })
  taxonomy(
    @Args('key', { type: () => TaxonomyKeyEnum }) key: TaxonomyKey,
  ): Promise<Taxonomy | null> {
    return this.service.findByKey(key);
  }

  // Bounded reference data (the largest taxonomy, ATECO, has 21 sections): not paginated, but
  // counted at that size in the complexity budget.
  @ResolveField(() => [TaxonomyTerm], {
    description: 'Active terms, in display order',
    complexity: ({ childComplexity }) => 25 * childComplexity,
  })
  terms(@Parent() taxonomy: Taxonomy, @Context() context: GraphQLContext): Promise<TaxonomyTerm[]> {
    return this.termsLoader.load(context, taxonomy.key);
  }
}
