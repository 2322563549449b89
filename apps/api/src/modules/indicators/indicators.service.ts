import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { IndicatorObservationEntity } from './entities/indicator-observation.entity';
import { IndicatorEntity } from './entities/indicator.entity';
import { LIVE_INDICATORS, LIVE_VALUE_NOTES } from './live-indicators';
import { Indicator, IndicatorObservation, IndicatorUnit } from './models/indicator.model';

/** The region's indicators: a small, bounded list (the report's table), so not paginated. */
@Injectable()
export class IndicatorsService {
  constructor(
    @InjectRepository(IndicatorEntity) private readonly indicators: Repository<IndicatorEntity>,
    @InjectRepository(IndicatorObservationEntity)
    private readonly observations: Repository<IndicatorObservationEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * The value the platform computes from its own data right now, for the indicators it can
   * compute (null for the others, which admins enter as observations).
   */
  async liveValue(code: string): Promise<number | null> {
    const live = LIVE_INDICATORS[code];
    if (!live) return null;
    const [row] = (await this.dataSource.query(live.sql, live.parameters)) as { value: number }[];
    return row?.value ?? 0;
  }

  liveValueNote(code: string): { it: string; en: string } | null {
    return LIVE_VALUE_NOTES[code] ?? null;
  }

  async list(): Promise<Indicator[]> {
    const rows = await this.indicators.find({ order: { position: 'ASC' } });
    return rows.map((row) => ({
      code: row.code,
      name: row.name,
      unit: row.unit as IndicatorUnit,
      baseline: row.baseline,
      target: row.target,
      targetDate: row.targetDate,
      note: row.note,
    }));
  }

  /** Observations of several indicators in one query, oldest first, in the order of `codes`. */
  async observationsOf(codes: readonly string[]): Promise<IndicatorObservation[][]> {
    const rows = await this.observations.find({
      where: { indicatorCode: In([...codes]) },
      order: { observedOn: 'ASC' },
    });
    const byCode = new Map<string, IndicatorObservation[]>(codes.map((code) => [code, []]));
    for (const row of rows) {
      byCode
        .get(row.indicatorCode)
        ?.push({ id: row.id, observedOn: row.observedOn, value: row.value });
    }
    return codes.map((code) => byCode.get(code) ?? []);
  }
}

/** Reached when the latest observation is at or above the target. */
export function isTargetReached(
  indicator: Pick<Indicator, 'target'>,
  observations: IndicatorObservation[],
) {
  const latest = observations.at(-1);
  return latest !== undefined && latest.value >= indicator.target;
}
