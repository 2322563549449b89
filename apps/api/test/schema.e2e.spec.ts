import { GraphQLSchemaHost } from '@nestjs/graphql';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { printGraphQLSchema, sdlOf } from '../src/graphql-schema';
import { startTestApp, type TestApp } from './harness/app';

const COMMITTED_SDL = resolve(__dirname, '../../../packages/graphql/schema.graphql');

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

  it('the committed SDL is current (run `pnpm codegen` when this fails)', async () => {
    const served = sdlOf(api.app.get(GraphQLSchemaHost).schema);
    expect(readFileSync(COMMITTED_SDL, 'utf8')).toBe(served);
  });
});
