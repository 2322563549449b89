import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { requestScopedLoader, type GraphQLContext } from '../../common/graphql/context';
import type { IndicatorObservation } from './models/indicator.model';
import { IndicatorsService } from './indicators.service';

/** Batches the observations of every indicator in one request into a single query. */
@Injectable()
export class IndicatorObservationsLoader {
  constructor(private readonly indicators: IndicatorsService) {}

  load(context: GraphQLContext, code: string): Promise<IndicatorObservation[]> {
    return requestScopedLoader(
      context,
      this,
      () =>
        new DataLoader<string, IndicatorObservation[]>((codes) =>
          this.indicators.observationsOf(codes),
        ),
    ).load(code);
  }
}
