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

  const production = {
    ...base,
    NODE_ENV: 'production',
    SMTP_URL: 'smtp://mail.example.org:587',
    PUBLIC_URL: 'https://innovazione.example.org/',
  };

  it('turns introspection off in production unless asked', () => {
    expect(loadConfig(production).introspection).toBe(false);
    expect(loadConfig({ ...production, GRAPHQL_INTROSPECTION: 'true' }).introspection).toBe(true);
  });

  it('requires a real mail server and a public address in production', () => {
    expect(() => loadConfig({ ...production, SMTP_URL: '' })).toThrow(
      /^Invalid configuration: SMTP_URL is required in production/,
    );
    expect(() => loadConfig({ ...production, PUBLIC_URL: undefined })).toThrow(
      /^Invalid configuration: PUBLIC_URL is required in production/,
    );
    expect(loadConfig(production).publicUrl).toBe('https://innovazione.example.org');
  });

  it('derives the public URL from the port in development, and SSO from its settings', () => {
    expect(loadConfig({ ...base, PORT: '4000' }).publicUrl).toBe('http://localhost:4000');
    expect(loadConfig(base).ssoEnabled).toBe(false);
    expect(
      loadConfig({ ...base, OIDC_ISSUER_URL: 'https://idp.example.org', OIDC_CLIENT_ID: 'oip' })
        .ssoEnabled,
    ).toBe(true);
  });

  it('runs jobs every 2 seconds by default, never polling faster than pg-boss allows', () => {
    expect(loadConfig(base)).toMatchObject({ JOBS_ENABLED: true, JOBS_POLL_INTERVAL_SECONDS: 2 });
    expect(
      loadConfig({ ...base, JOBS_ENABLED: 'false', JOBS_POLL_INTERVAL_SECONDS: '0.5' }),
    ).toMatchObject({ JOBS_ENABLED: false, JOBS_POLL_INTERVAL_SECONDS: 0.5 });
    expect(() => loadConfig({ ...base, JOBS_POLL_INTERVAL_SECONDS: '0.1' })).toThrow(
      /^Invalid configuration: JOBS_POLL_INTERVAL_SECONDS is invalid/,
    );
  });
});
