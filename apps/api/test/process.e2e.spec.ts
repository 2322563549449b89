import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { createTestDatabase, type TestDatabase } from './harness/database';

const MAIN = resolve(__dirname, '../dist/main.js');

const running = new Set<ReturnType<typeof spawn>>();
afterEach(() => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
  running.clear();
});

function run(env: Record<string, string>) {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  return { child, exited, output: () => ({ stdout, stderr }) };
}

async function waitForLine(read: () => string, pattern: RegExp, timeoutMs = 15000) {
  const start = Date.now();
  while (!pattern.test(read())) {
    if (Date.now() - start > timeoutMs)
      throw new Error(`timed out waiting for ${pattern}:\n${read()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the API process (dist/main.js)', () => {
  it('stops with one line naming a missing variable', async () => {
    const proc = run({});
    const [code] = await proc.exited;
    expect(code).toBe(1);
    expect(proc.output().stderr).toBe(
      'Invalid configuration: DATABASE_URL is required but not set\n',
    );
  });

  it('stops with one line naming an invalid variable', async () => {
    const proc = run({ DATABASE_URL: 'postgres://localhost/x', PORT: 'eighty' });
    const [code] = await proc.exited;
    expect(code).toBe(1);
    expect(proc.output().stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^Invalid configuration: PORT is invalid/),
    ]);
  });

  describe('with a database', () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase();
    });
    afterAll(() => db.drop());

    it('serves, logs JSON with request ids, and shuts down gracefully on SIGTERM', async () => {
      const port = String(20000 + Math.floor(Math.random() * 20000));
      const proc = run({
        DATABASE_URL: db.url,
        PORT: port,
        HOST: '127.0.0.1',
        WEB_DIST_DIR: '/nonexistent',
      });
      await waitForLine(() => proc.output().stdout, /platform listening/);

      const response = await fetch(`http://127.0.0.1:${port}/health/ready`);
      expect(response.status).toBe(200);
      const reqId = response.headers.get('x-request-id');
      await waitForLine(() => proc.output().stdout, /request completed/);
      const lines = proc
        .output()
        .stdout.trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines.find((line) => line.msg === 'request completed')).toMatchObject({
        reqId,
        path: '/health/ready',
        status: 200,
      });

      proc.child.kill('SIGTERM');
      const [code] = await proc.exited;
      expect(code).toBe(0);
      expect(proc.output().stdout).toMatch(/"msg":"shutdown complete"/);
      await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();
    });
  });
});
