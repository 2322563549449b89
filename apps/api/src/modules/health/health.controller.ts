import { Public } from '../../common/auth/decorators';
import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { HealthService } from './health.service';

@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** The process is up and serving HTTP. */
  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  /** The process can do its work: database reachable and not shutting down. */
  @Get('ready')
  async ready() {
    const problem = await this.health.readinessProblem();
    if (problem) throw new ServiceUnavailableException({ status: 'unavailable', reason: problem });
    return { status: 'ok' };
  }
}
