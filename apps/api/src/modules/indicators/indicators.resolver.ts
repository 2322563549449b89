import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../common/graphql/context';
import { Indicator, IndicatorObservation } from './models/indicator.model';
import { IndicatorObservationsLoader } from './indicators.loaders';
import { IndicatorsService, isTargetReached } from './indicators.service';

/** Public: the region publishes these figures. */
@Resolver(() => Indicator)
export class IndicatorsResolver {
  constructor(
    private readonly service: IndicatorsService,
    private readonly observationsLoader: IndicatorObservationsLoader,
  ) {}

  @Query(() => [Indicator], { description: 'The indicators the region tracks, in report order' })
  indicators(): Promise<Indicator[]> {
    return this.service.list();
  }

  @ResolveField(() => [IndicatorObservation], { description: 'Dated values, oldest first' })
  observations(@Parent() indicator: Indicator, @Context() context: GraphQLContext) {
    return this.observationsLoader.load(context, indicator.code);
  }

  @ResolveField(() => IndicatorObservation, {
    nullable: true,
    description: 'The most recent value',
  })
  async latest(@Parent() indicator: Indicator, @Context() context: GraphQLContext) {
    return (await this.observationsLoader.load(context, indicator.code)).at(-1) ?? null;
  }

  @ResolveField(() => Boolean, { description: 'The latest value is at or above the target' })
  async targetReached(@Parent() indicator: Indicator, @Context() context: GraphQLContext) {
    return isTargetReached(indicator, await this.observationsLoader.load(context, indicator.code));
  }
}
