import { Public } from '../../common/auth/decorators';
import { Args, Context, Float, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppError } from '../../common/errors/app-error';
import type { GraphQLContext } from '../../common/graphql/context';
import { LocalizedText } from '../taxonomies/models/taxonomy.model';
import { Indicator, IndicatorObservation } from './models/indicator.model';
import { IndicatorObservationsLoader } from './indicators.loaders';
import { IndicatorsService, isTargetReached } from './indicators.service';

// An indicator gets a few observations a year: the whole history is small, and loading it
// once per request (batched) serves `observations`, `latest` and `targetReached` together.
const MAX_OBSERVATIONS = 100;

/** Public: the region publishes these figures. */
@Public()
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

  @ResolveField(() => [IndicatorObservation], {
    description: `The latest \`last\` dated values (at most ${MAX_OBSERVATIONS}), oldest first`,
    complexity: ({ args, childComplexity }) =>
      Math.min(Number(args.last) || 0, MAX_OBSERVATIONS) * childComplexity,
  })
  async observations(
    @Parent() indicator: Indicator,
    @Context() context: GraphQLContext,
    @Args('last', { type: () => Int, defaultValue: 24 }) last: number,
  ) {
    if (last < 1 || last > MAX_OBSERVATIONS)
      throw new AppError('BAD_USER_INPUT', { field: 'last', max: MAX_OBSERVATIONS });
    return (await this.observationsLoader.load(context, indicator.code)).slice(-last);
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

  @ResolveField(() => Float, {
    nullable: true,
    description:
      'The value computed from the platform’s own data now (see liveValueNote); null when the indicator is only observed',
  })
  liveValue(@Parent() indicator: Indicator): Promise<number | null> {
    return this.service.liveValue(indicator.code);
  }

  @ResolveField(() => LocalizedText, {
    nullable: true,
    description: 'How liveValue is computed; null when there is none',
  })
  liveValueNote(@Parent() indicator: Indicator) {
    return this.service.liveValueNote(indicator.code);
  }
}
