import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { requestScopedLoader, type GraphQLContext } from '../../common/graphql/context';
import type { TaxonomyTerm } from './models/taxonomy.model';
import { TaxonomiesService } from './taxonomies.service';

/** Batches `Taxonomy.terms` of one request into a single query. */
@Injectable()
export class TaxonomyTermsLoader {
  constructor(private readonly taxonomies: TaxonomiesService) {}

  load(context: GraphQLContext, taxonomyKey: string): Promise<TaxonomyTerm[]> {
    return requestScopedLoader(
      context,
      this,
      () => new DataLoader<string, TaxonomyTerm[]>((keys) => this.taxonomies.activeTermsOf(keys)),
    ).load(taxonomyKey);
  }
}
