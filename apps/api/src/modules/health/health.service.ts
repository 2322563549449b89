import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class HealthService {
  private shuttingDown = false;

  constructor(private readonly dataSource: DataSource) {}

  /** Called on SIGTERM before the server closes: orchestrators stop routing here. */
  markShuttingDown() {
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
