import { Controller, Get, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/decorators';
import { AppErrorHttpFilter } from './app-error-http.filter';
import { PrivacyService } from './privacy.service';

/**
 * `GET /api/me/export`: the signed-in person's data as a JSON download (session cookie; 401
 * `{ code: 'UNAUTHENTICATED' }` without one). A GET with no effect but the audit record, so
 * it needs no CSRF protection: another site can make the browser fetch it but cannot read it.
 */
@Controller('api/me')
@UseFilters(AppErrorHttpFilter)
export class PrivacyController {
  constructor(private readonly privacy: PrivacyService) {}

  @Get('export')
  async export(
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const data = await this.privacy.export(user.id);
    const day = data.exportedAt.slice(0, 10);
    void reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="oip-personal-data-${day}.json"`)
      .header('cache-control', 'no-store')
      .header('x-content-type-options', 'nosniff');
    return JSON.stringify(data, null, 2);
  }
}
