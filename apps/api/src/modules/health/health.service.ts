import { Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class HealthService implements BeforeApplicationShutdown {
  private shuttingDown = false;

  constructor(private readonly dataSource: DataSource) {}

  /** On SIGTERM, report not-ready first so the proxy stops routing here while requests finish. */
  beforeApplicationShutdown() {
    this.shuttingDown = true;
  }

  async readinessProblem(): Promise<string | null> {
    if (this.shuttingDown) return 'shutting_down';
    try {
      await this.dataSource.query('SELECT 1');
      return null;
    } catch {
      return 'database_unreachable';
    }
  }
}
