import { TAXONOMIES } from '@oip/domain';
import { DataSource } from 'typeorm';
import { TaxonomiesService } from '../src/modules/taxonomies/taxonomies.service';
import { startTestApp, type TestApp } from './harness/app';

interface Term {
  id: string;
  code: string;
  label: { it: string; en: string };
  description: { it: string; en: string } | null;
}
interface TaxonomyResult {
  key: string;
  name: { it: string; en: string };
  version: number;
  terms: Term[];
}

describe('taxonomies over GraphQL', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('serves every taxonomy seeded by the migration, in order, in Italian and English', async () => {
    const { status, body } = await api.graphql<{ taxonomies: TaxonomyResult[] }>(`{
      taxonomies { key version name { it en } terms { id code label { it en } description { it en } } }
    }`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const taxonomies = body.data!.taxonomies;
    expect(taxonomies.map((t) => t.key)).toEqual(TAXONOMIES.map((t) => t.key.toUpperCase()));
    for (const [index, taxonomy] of taxonomies.entries()) {
      const expected = TAXONOMIES[index]!;
      expect(taxonomy.name).toEqual(expected.name);
      expect(taxonomy.version).toBe(1);
      expect(taxonomy.terms.map((term) => term.code)).toEqual(
        expected.terms.map((term) => term.code),
      );
      expect(taxonomy.terms.map((term) => term.label)).toEqual(
        expected.terms.map((term) => term.label),
      );
    }
    const provinces = taxonomies.find((t) => t.key === 'PROVINCE')!;
    expect(provinces.terms.find((term) => term.code === 'MN')?.label).toEqual({
      it: 'Mantova',
      en: 'Mantua',
    });
    const trl = taxonomies.find((t) => t.key === 'TRL')!;
    expect(trl.terms[6]).toMatchObject({
      id: 'trl:7',
      description: { en: 'System prototype demonstration in operational environment' },
    });
  });

  it('serves one taxonomy by key', async () => {
    const { body } = await api.graphql<{ taxonomy: TaxonomyResult }>(
      `query One($key: TaxonomyKey!) { taxonomy(key: $key) { key terms { code label { it } } } }`,
      { variables: { key: 'S3_ECOSYSTEM' } },
    );
    expect(body.data!.taxonomy.terms).toHaveLength(8);
    expect(body.data!.taxonomy.terms[7]).toEqual({
      code: 'advanced_manufacturing',
      label: { it: 'Manifattura avanzata' },
    });
  });

  it('hides retired terms and reflects label changes made in the database', async () => {
    const dataSource = api.app.get(DataSource);
    await dataSource.query(
      `UPDATE taxonomy_term SET active = false WHERE taxonomy_key = 'province' AND code = 'SO'`,
    );
    await dataSource.query(
      `UPDATE taxonomy_term SET label = '{"it":"Milano (città metropolitana)","en":"Milan (metropolitan city)"}' WHERE taxonomy_key = 'province' AND code = 'MI'`,
    );
    const { body } = await api.graphql<{ taxonomy: TaxonomyResult }>(
      `{ taxonomy(key: PROVINCE) { terms { code label { en } } } }`,
    );
    const terms = body.data!.taxonomy.terms;
    expect(terms).toHaveLength(11);
    expect(terms.map((t) => t.code)).not.toContain('SO');
    expect(terms.find((t) => t.code === 'MI')?.label.en).toBe('Milan (metropolitan city)');
  });

  it('loads the terms of every taxonomy in one batch (DataLoader), not one query each', async () => {
    const batch = jest.spyOn(api.app.get(TaxonomiesService), 'activeTermsOf'); // calls through
    try {
      await api.graphql('{ taxonomies { key terms { code } } }');
      expect(batch).toHaveBeenCalledTimes(1);
      expect(batch.mock.calls[0]![0]).toHaveLength(6);
    } finally {
      batch.mockRestore();
    }
  });

  it('refuses an unknown taxonomy key with a stable code', async () => {
    const { body } = await api.graphql(`{ taxonomy(key: COLOURS) { key } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
