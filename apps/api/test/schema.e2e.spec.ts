import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { printGraphQLSchema, sdlOf } from '../src/graphql-schema';
import { startTestApp, type TestApp } from './harness/app';

// The committed SDL's freshness is checked by packages/graphql's test (generate --check).

describe('schema drift', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('the migrations produce exactly what the entities describe', async () => {
    const pending = await api.app.get(DataSource).driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('the SDL printer sees every resolver the running app serves', async () => {
    const served = sdlOf(api.app.get(GraphQLSchemaHost).schema);
    expect(await printGraphQLSchema()).toBe(served);
  });
});
