import { loadConfig } from './env';

const base = { DATABASE_URL: 'postgres://localhost/oip' };

describe('loadConfig', () => {
  it('applies defaults', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({ PORT: 3000, NODE_ENV: 'development', introspection: true });
  });

  it('names a missing variable in one line', () => {
    expect(() => loadConfig({})).toThrow(
      'Invalid configuration: DATABASE_URL is required but not set',
    );
  });

  it('names an invalid variable and why', () => {
    expect(() => loadConfig({ ...base, PORT: 'abc' })).toThrow(
      /^Invalid configuration: PORT is invalid/,
    );
    expect(() => loadConfig({ ...base, DATABASE_URL: 'mysql://x' })).toThrow(
      'Invalid configuration: DATABASE_URL is invalid (must be a postgres:// or postgresql:// URL)',
    );
  });

  it('turns introspection off in production unless asked', () => {
    expect(loadConfig({ ...base, NODE_ENV: 'production' }).introspection).toBe(false);
    expect(
      loadConfig({ ...base, NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).introspection,
    ).toBe(true);
  });
});
