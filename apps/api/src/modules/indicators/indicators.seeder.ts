import { In, type EntityManager } from 'typeorm';
import type { Seeder } from '../../database/seeds/seeder';
import { IndicatorObservationEntity } from './entities/indicator-observation.entity';
import { IndicatorEntity } from './entities/indicator.entity';
import { LOMBARDY_INDICATORS } from './indicators.seed-data';

/** The region's published indicators and their observations, upserted by code and date. */
export const indicatorsSeeder: Seeder = {
  name: 'indicators',

  async run(manager: EntityManager) {
    await manager.getRepository(IndicatorEntity).upsert(
      LOMBARDY_INDICATORS.map(({ observations: _observations, note, ...indicator }, position) => ({
        ...indicator,
        note: note ?? null,
        position,
      })),
      ['code'],
    );
    const observations = LOMBARDY_INDICATORS.flatMap((indicator) =>
      indicator.observations.map(([observedOn, value]) => ({
        indicatorCode: indicator.code,
        observedOn,
        value,
      })),
    );
    await manager
      .getRepository(IndicatorObservationEntity)
      .upsert(observations, ['indicatorCode', 'observedOn']);
    return LOMBARDY_INDICATORS.length + observations.length;
  },

  /** Removes the demo indicators only (their observations cascade); others stay. */
  async reset(manager: EntityManager) {
    await manager
      .getRepository(IndicatorEntity)
      .delete({ code: In(LOMBARDY_INDICATORS.map((indicator) => indicator.code)) });
  },
};
