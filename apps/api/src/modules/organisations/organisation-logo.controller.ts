import { Controller, Header, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/decorators';
import { CsrfHeaderGuard } from '../../common/http/csrf.guard';
import { readSingleFile } from '../../common/http/multipart';
import { OrganisationLogoService } from './organisation-logo.service';

/** Upload an organisation's logo (owners and admins; `X-Requested-With: oip` required). */
@Controller('api/organisations/:id/logo')
@UseGuards(CsrfHeaderGuard)
export class OrganisationLogoController {
  constructor(private readonly logos: OrganisationLogoService) {}

  @Post()
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async upload(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
  ) {
    const key = await this.logos.set(user, id, await readSingleFile(request));
    return { logoUrl: `/uploads/${key}` };
  }
}
