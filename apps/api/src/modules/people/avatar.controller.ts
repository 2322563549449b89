import { Controller, Delete, Header, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/decorators';
import { CsrfHeaderGuard } from '../../common/http/csrf.guard';
import { readSingleFile } from '../../common/http/multipart';
import { avatarUrlOf, PeopleService } from './people.service';

/**
 * The signed-in person's avatar (REST: a file upload does not fit a JSON GraphQL request).
 * Signed-in only (the global session guard) and `X-Requested-With: oip` (CsrfHeaderGuard).
 * Failures answer `{ code, message }` with the code's status (AppErrorHttpFilter): 413
 * FILE_TOO_LARGE, 415 FILE_TYPE_NOT_ALLOWED, 422 IMAGE_INVALID, 400 BAD_REQUEST, …
 */
@Controller('api/me/avatar')
@UseGuards(CsrfHeaderGuard)
export class AvatarController {
  constructor(private readonly people: PeopleService) {}

  /** multipart/form-data with one file (any field name): JPEG, PNG or WebP. */
  @Post()
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async upload(
    @CurrentUser() user: AuthUser,
    @Req() request: FastifyRequest,
  ): Promise<{ avatarUrl: string | null }> {
    const key = await this.people.setAvatar(user.id, await readSingleFile(request));
    return { avatarUrl: avatarUrlOf(key) };
  }

  @Delete()
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async remove(@CurrentUser() user: AuthUser): Promise<{ avatarUrl: null }> {
    await this.people.removeAvatar(user.id);
    return { avatarUrl: null };
  }
}
