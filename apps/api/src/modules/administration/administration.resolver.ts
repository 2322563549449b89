import { pageComplexity } from '../../common/graphql/page-complexity';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { PlatformRole } from '@oip/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/decorators';
import { PlatformRoleEnum } from '../accounts/models/account.model';
import { PlatformAccountFilter } from './dto/platform-account.filter';
import {
  PlatformAccount,
  PlatformAccountPage,
  toPlatformAccount,
} from './models/platform-account.model';
import { MAX_ACCOUNTS_PAGE_SIZE, PlatformAccountsDirectory } from './platform-accounts.directory';
import { PlatformRolesService } from './platform-roles.service';

@Resolver(() => PlatformAccount)
export class AdministrationResolver {
  constructor(
    private readonly directory: PlatformAccountsDirectory,
    private readonly roles: PlatformRolesService,
  ) {}

  @Query(() => PlatformAccountPage, {
    description: `Platform admins: every live account, by name, ${MAX_ACCOUNTS_PAGE_SIZE} at most per page`,
    complexity: pageComplexity(MAX_ACCOUNTS_PAGE_SIZE),
  })
  async platformAccounts(
    @CurrentUser() user: AuthUser,
    @Args('filter', { type: () => PlatformAccountFilter, defaultValue: {} })
    filter: PlatformAccountFilter,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<PlatformAccountPage> {
    const page = await this.directory.page(user, filter, first, after);
    return { nodes: page.nodes.map(toPlatformAccount), pageInfo: page.pageInfo };
  }

  @Mutation(() => PlatformAccount, {
    description:
      'Platform admins: grants or revokes a platform role (audited; the last admin stays admin)',
  })
  async setPlatformRole(
    @CurrentUser() user: AuthUser,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => PlatformRoleEnum }) role: PlatformRole,
  ): Promise<PlatformAccount> {
    return toPlatformAccount(await this.roles.setRole(user, userId, role));
  }
}
