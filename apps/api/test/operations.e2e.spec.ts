import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from './harness/app';

describe('operations: health, request ids, metrics', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('reports liveness and readiness (which checks the database)', async () => {
    const live = await fetch(`${api.url}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${api.url}/health/ready`);
    expect(ready.status).toBe(200);
  });

  it('gives every response a request id, keeping a sane one the caller sent', async () => {
    const generated = await fetch(`${api.url}/health/live`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await fetch(`${api.url}/health/live`, {
      headers: { 'x-request-id': 'proxy-123' },
    });
    expect(kept.headers.get('x-request-id')).toBe('proxy-123');
    const replaced = await fetch(`${api.url}/health/live`, {
      headers: { 'x-request-id': 'bad id <script>' },
    });
    expect(replaced.headers.get('x-request-id')).not.toBe('bad id <script>');
  });

  it('exposes Prometheus metrics for requests, resolvers and the pool', async () => {
    await api.graphql('{ taxonomies { key } }');
    const metrics = await (await fetch(`${api.url}/metrics`)).text();
    expect(metrics).toMatch(
      /http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} [1-9]/,
    );
    expect(metrics).toMatch(
      /graphql_resolver_duration_seconds_count\{type="Query",field="taxonomies"\} 1/,
    );
    expect(metrics).toMatch(/db_pool_connections_total [1-9]/);
  });

  it('sends security headers, with a same-origin Content-Security-Policy', async () => {
    const response = await fetch(`${api.url}/health/live`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toBeNull(); // not over plain HTTP
    expect(response.headers.get('content-security-policy')).not.toContain(
      'upgrade-insecure-requests',
    );
  });

  it('adds HSTS and upgrades requests when the public address is HTTPS', async () => {
    const secure = await startTestApp({ PUBLIC_URL: 'https://innovazione.example.org' });
    try {
      const response = await fetch(`${secure.url}/health/live`);
      expect(response.headers.get('strict-transport-security')).toContain('max-age=');
      expect(response.headers.get('content-security-policy')).toContain(
        'upgrade-insecure-requests',
      );
    } finally {
      await secure.close();
    }
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const response = await fetch(`${api.url}/api/nothing-here`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ statusCode: 404 });
  });

  it('reports not ready when the database is unreachable', async () => {
    expect(api.app.get(DataSource).isInitialized).toBe(true);
    await api.db.drop(); // WITH (FORCE): the pool's connections are cut
    const ready = await fetch(`${api.url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ reason: 'database_unreachable' });
  });
});
