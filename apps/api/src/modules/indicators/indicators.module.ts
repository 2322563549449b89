import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IndicatorObservationEntity } from './entities/indicator-observation.entity';
import { IndicatorEntity } from './entities/indicator.entity';
import { IndicatorObservationsLoader } from './indicators.loaders';
import { IndicatorsResolver } from './indicators.resolver';
import { IndicatorsService } from './indicators.service';

@Module({
  imports: [TypeOrmModule.forFeature([IndicatorEntity, IndicatorObservationEntity])],
  providers: [IndicatorsService, IndicatorObservationsLoader, IndicatorsResolver],
  exports: [IndicatorsService],
})
export class IndicatorsModule {}
