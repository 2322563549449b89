import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { isLocale } from '@oip/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Public } from '../../common/auth/decorators';
import { clearSessionCookie, setSessionCookie } from '../../common/auth/session-cookie';
import type { GraphQLContext } from '../../common/graphql/context';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { AccountsService } from './accounts.service';
import { ConsentsService } from './consents.service';
import { RegisterInput, SignInInput } from './dto/account.inputs';
import { Account, Consent, SessionInfo } from './models/account.model';
import { SessionsService, type ClientInfo } from './sessions.service';
import type { UserAccountEntity } from './entities/user-account.entity';

@Resolver()
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
    private readonly consents: ConsentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => Account, { nullable: true, description: 'The signed-in person, or null' })
  me(@CurrentUser() user: AuthUser | null): Account | null {
    return user && { ...user };
  }

  @Query(() => [SessionInfo], { description: 'Where the person is signed in (at most 100)' })
  async mySessions(@CurrentUser() user: AuthUser): Promise<SessionInfo[]> {
    const sessions = await this.sessions.list(user.id);
    return sessions.map((session) => ({ ...session, current: session.id === user.sessionId }));
  }

  @Query(() => [Consent], { description: 'The person’s consent history, newest first' })
  myConsents(@CurrentUser() user: AuthUser): Promise<Consent[]> {
    return this.consents.history(user.id);
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Always true once the input is valid: the mailbox learns the rest',
  })
  async register(@Args('input') input: RegisterInput): Promise<boolean> {
    await this.accounts.register({
      ...input,
      locale: isLocale(input.locale) ? input.locale : 'it',
    });
    return true;
  }

  @Public()
  @Mutation(() => Account, { description: 'Confirms the email address and signs in' })
  async verifyEmail(
    @Args('token') token: string,
    @Context() context: GraphQLContext,
  ): Promise<Account> {
    const { user, session } = await this.accounts.verifyEmail(token, clientOf(context));
    setSessionCookie(context.reply, session.token, session.expiresAt, this.config.isProduction);
    return toAccount(user);
  }

  @Public()
  @Mutation(() => Boolean)
  async resendVerificationEmail(@Args('email') email: string): Promise<boolean> {
    await this.accounts.resendVerification(email);
    return true;
  }

  // Nullable: an attempt that fails does not abort the other aliased attempts of the same
  // request, so each of them is checked and counted by the throttle.
  @Public()
  @Mutation(() => Account, { nullable: true })
  async signIn(
    @Args('input') input: SignInInput,
    @Context() context: GraphQLContext,
  ): Promise<Account> {
    const { user, session } = await this.accounts.signIn(
      input.email,
      input.password,
      clientOf(context),
    );
    setSessionCookie(context.reply, session.token, session.expiresAt, this.config.isProduction);
    return toAccount(user);
  }

  @Mutation(() => Boolean)
  async signOut(
    @CurrentUser() user: AuthUser,
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    await this.sessions.revokeOwn(user.id, user.sessionId);
    clearSessionCookie(context.reply, this.config.isProduction);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Signs out of every device, this one included' })
  async signOutEverywhere(
    @CurrentUser() user: AuthUser,
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    await this.sessions.revokeAllOf(user.id);
    clearSessionCookie(context.reply, this.config.isProduction);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Ends one of the person’s sessions' })
  revokeSession(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.sessions.revokeOwn(user.id, id);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Always true: a link is mailed if the account exists' })
  async requestPasswordReset(@Args('email') email: string): Promise<boolean> {
    await this.accounts.requestPasswordReset(email);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Sets a new password and signs out everywhere' })
  async resetPassword(
    @Args('token') token: string,
    @Args('password') password: string,
  ): Promise<boolean> {
    await this.accounts.resetPassword(token, password);
    return true;
  }
}

function clientOf(context: GraphQLContext): ClientInfo {
  const agent = context.req.headers['user-agent'];
  return { ip: context.req.ip ?? null, userAgent: typeof agent === 'string' ? agent : null };
}

function toAccount(user: UserAccountEntity): Account {
  return {
    id: user.id,
    email: user.email ?? '',
    emailVerified: user.emailVerifiedAt !== null,
    role: user.role,
    fullName: user.fullName,
    locale: user.locale,
  };
}
