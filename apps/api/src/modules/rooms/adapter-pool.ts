import { Pool, type PoolClient, type PoolConfig } from 'pg';

/**
 * The pool of socket.io's PostgreSQL adapter, with a shutdown that cannot hang. The adapter
 * takes its LISTEN connection with `connect()` asynchronously and, when that connection ends,
 * reconnects on a timer. An instance closed right after it started (tests, a quick restart)
 * would otherwise get that connection after the adapter closed: never released, so `end()`
 * waits forever, and its reconnection timers keep the process alive. After `shutdown()`,
 * connections handed out are destroyed, and new ones are never handed out (a promise that
 * never settles keeps nothing alive).
 */
export class AdapterPool extends Pool {
  private closing = false;
  private readonly held = new Set<PoolClient>();

  constructor(
    config: PoolConfig,
    private readonly onClientError: (error: Error) => void,
  ) {
    super(config);
  }

  // the callback form is pg's own (pool.query uses it); the promise form is the adapter's
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg's overloads, passed through
  override connect(callback?: any): any {
    if (callback) return super.connect(callback);
    if (this.closing) return new Promise<PoolClient>(() => undefined);
    return super.connect().then((client) => {
      if (this.closing) {
        client.release(true);
        return new Promise<PoolClient>(() => undefined);
      }
      // a held connection's errors are its holder's to handle, and the adapter listens only
      // for 'end' (then reconnects): without this, PostgreSQL restarting would crash the process
      client.on('error', this.onClientError);
      this.held.add(client);
      const release = client.release.bind(client);
      client.release = (destroy?: Error | boolean) => {
        this.held.delete(client);
        client.off('error', this.onClientError);
        return release(destroy);
      };
      return client;
    });
  }

  async shutdown(): Promise<void> {
    this.closing = true;
    for (const client of this.held) client.release(true);
    await this.end();
  }
}
