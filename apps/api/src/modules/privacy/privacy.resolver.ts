import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/decorators';
import { clearSessionCookie } from '../../common/auth/session-cookie';
import type { GraphQLContext } from '../../common/graphql/context';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { Account } from '../accounts/models/account.model';
import { PrivacyService } from './privacy.service';

@Resolver(() => Account)
export class PrivacyResolver {
  constructor(
    private readonly privacy: PrivacyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @ResolveField(() => Boolean, {
    description:
      'The person has accepted the current terms of use and privacy notice. False for accounts ' +
      'created through single sign-on until they do (acceptConsents), and after a new version.',
  })
  consentsComplete(@Parent() account: Account): Promise<boolean> {
    return this.privacy.consentsComplete(account.id);
  }

  @Mutation(() => Boolean, {
    description: 'Accepts the current terms of use and privacy notice (both must be true)',
  })
  async acceptConsents(
    @CurrentUser() user: AuthUser,
    @Args('acceptTerms') acceptTerms: boolean,
    @Args('acceptPrivacy') acceptPrivacy: boolean,
  ): Promise<boolean> {
    await this.privacy.acceptConsents(user.id, acceptTerms, acceptPrivacy);
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'Erases the account and signs out everywhere. confirmEmail must be the account’s email ' +
      '(else CONFIRMATION_MISMATCH); refused with LAST_OWNER while the person is the last owner ' +
      'of an organisation with other members. The personal data export is GET /api/me/export.',
  })
  async deleteMyAccount(
    @CurrentUser() user: AuthUser,
    @Args('confirmEmail') confirmEmail: string,
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    await this.privacy.deleteAccount(user, confirmEmail);
    clearSessionCookie(context.reply, this.config.isProduction);
    return true;
  }
}
