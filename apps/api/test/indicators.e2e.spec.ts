import { DataSource } from 'typeorm';
import { IndicatorsService } from '../src/modules/indicators/indicators.service';
import { runSeeds } from '../src/database/seeds/run-seeds';
import { startTestApp, type TestApp } from './harness/app';

interface IndicatorResult {
  code: string;
  name: { it: string; en: string };
  unit: string;
  baseline: number;
  target: number;
  targetDate: string;
  targetReached: boolean;
  latest: { observedOn: string; value: number } | null;
  observations: { observedOn: string; value: number }[];
}

const QUERY = `{
  indicators {
    code name { it en } unit baseline target targetDate targetReached
    latest { observedOn value }
    observations { observedOn value }
  }
}`;

describe('regional indicators over GraphQL', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('is an empty list before the demo data is loaded', async () => {
    const { body } = await api.graphql<{ indicators: IndicatorResult[] }>(QUERY);
    expect(body.errors).toBeUndefined();
    expect(body.data!.indicators).toEqual([]);
  });

  it('serves the report’s table once seeded: observations, latest value, target reached', async () => {
    await runSeeds(api.app.get(DataSource));
    const { body } = await api.graphql<{ indicators: IndicatorResult[] }>(QUERY);
    const indicators = body.data!.indicators;
    expect(indicators).toHaveLength(7);

    const collaborating = indicators.find(
      (i) => i.code === 'companies_collaborating_with_research',
    )!;
    expect(collaborating).toMatchObject({
      name: { it: 'Imprese che collaborano con organizzazioni di ricerca (nella legislatura)' },
      unit: 'COUNT',
      baseline: 0,
      target: 350,
      targetDate: '2027-12-31',
      targetReached: false,
      latest: { observedOn: '2024-12-31', value: 30 },
    });

    const services = indicators.find((i) => i.code === 'companies_innovation_services')!;
    expect(services.targetReached).toBe(true); // 530 ≥ 450

    const grant = indicators.find((i) => i.code === 'average_grant_per_beneficiary')!;
    expect(grant.unit).toBe('EUR');
    expect(grant.observations.map((o) => o.value)).toEqual([447360, 583400, 407000]);
    expect(grant.targetReached).toBe(false); // the latest (Apr 2025) is below 450,000

    const granted = indicators.find((i) => i.code === 'resources_granted')!;
    expect(granted.latest).toEqual({ observedOn: '2025-04-30', value: 73.6 });
  });

  it('returns the latest observations up to a cap, and refuses a page size over it', async () => {
    const { body } = await api.graphql<{ indicators: IndicatorResult[] }>(
      '{ indicators { code observations(last: 2) { observedOn value } } }',
    );
    const grant = body.data!.indicators.find((i) => i.code === 'average_grant_per_beneficiary')!;
    expect(grant.observations).toEqual([
      { observedOn: '2024-12-31', value: 583400 },
      { observedOn: '2025-04-30', value: 407000 },
    ]);
    const tooMany = await api.graphql('{ indicators { observations(last: 1000) { value } } }');
    expect(tooMany.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'last',
    });
  });

  it('loads every indicator’s observations in one batch (DataLoader), not one query each', async () => {
    const service = api.app.get(IndicatorsService);
    const batch = jest.spyOn(service, 'observationsOf'); // calls through to the database
    try {
      await api.graphql(QUERY);
      expect(batch).toHaveBeenCalledTimes(1);
      expect(batch.mock.calls[0]![0]).toHaveLength(7);
    } finally {
      batch.mockRestore();
    }
  });
});
