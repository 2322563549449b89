import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CONSENT_DOCUMENTS,
  isValidEmail,
  normaliseEmail,
  passwordProblem,
  type ErrorCode,
  type Locale,
} from '@oip/domain';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { hashPassword, verifyPassword } from '../../common/auth/secrets';
import { AppError } from '../../common/errors/app-error';
import { FieldErrors } from '../../common/errors/field-errors';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { AuditService } from '../audit/audit.service';
import { MailService } from '../mail/mail.service';
import { accountMails } from './account-mails';
import { consumeAccountToken, issueAccountToken } from './account-tokens';
import { ConsentEntity } from './entities/consent.entity';
import { UserAccountEntity } from './entities/user-account.entity';
import { LoginThrottleService } from './login-throttle.service';
import { SessionsService, type ClientInfo } from './sessions.service';

export interface RegisterInput {
  email: string;
  password: string;
  fullName: string;
  acceptTerms: boolean;
  acceptPrivacy: boolean;
  locale: Locale;
}

const PASSWORD_CODES: Record<NonNullable<ReturnType<typeof passwordProblem>>, ErrorCode> = {
  too_short: 'PASSWORD_TOO_SHORT',
  too_long: 'PASSWORD_TOO_LONG',
  too_common: 'PASSWORD_TOO_COMMON',
  contains_email: 'PASSWORD_CONTAINS_EMAIL',
  repetitive: 'PASSWORD_REPETITIVE',
};

/**
 * Registration, email verification, sign-in and password reset. Answers never tell whether an
 * email is registered: register, resend and reset always "succeed" and the mailbox owner learns
 * the rest by email.
 */
@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottleService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async register(input: RegisterInput): Promise<void> {
    const email = normaliseEmail(input.email);
    const fullName = input.fullName.trim();
    const problem = passwordProblem(input.password, email);
    new FieldErrors()
      .check('email', isValidEmail(email), 'EMAIL_INVALID')
      .check('fullName', fullName.length > 0 && fullName.length <= 120, 'NAME_REQUIRED')
      .check('password', problem === null, problem ? PASSWORD_CODES[problem] : 'PASSWORD_TOO_SHORT')
      .check('acceptTerms', input.acceptTerms, 'CONSENT_REQUIRED')
      .check('acceptPrivacy', input.acceptPrivacy, 'CONSENT_REQUIRED')
      .throwIfAny();

    const passwordHash = await hashPassword(input.password);
    const mail = await this.dataSource.transaction(async (manager) => {
      const accounts = manager.getRepository(UserAccountEntity);
      const existing = await accounts.findOneBy({ email });
      if (existing) {
        const token = await issueAccountToken(manager, existing.id, 'reset_password');
        return accountMails.alreadyRegistered(existing.locale, this.link('/reset-password', token));
      }
      const { identifiers } = await accounts.insert({
        email,
        fullName,
        passwordHash,
        locale: input.locale,
      });
      const userId = (identifiers[0] as { id: string }).id;
      await manager.getRepository(ConsentEntity).insert([
        { userId, kind: 'terms', version: CONSENT_DOCUMENTS.terms },
        { userId, kind: 'privacy', version: CONSENT_DOCUMENTS.privacy },
      ]);
      await this.audit.record(manager, {
        actorId: userId,
        action: 'account.registered',
        subjectType: 'account',
        subjectId: userId,
      });
      const token = await issueAccountToken(manager, userId, 'verify_email');
      return accountMails.verifyEmail(input.locale, fullName, this.link('/verify-email', token));
    });
    await this.mail.send({ to: email, ...mail });
  }

  /** Confirms the address and signs the person in (the link proves they own the mailbox). */
  async verifyEmail(token: string, client: ClientInfo) {
    return this.dataSource.transaction(async (manager) => {
      const userId = await consumeAccountToken(manager, token, 'verify_email');
      const user = await this.liveAccount(manager, userId);
      if (!user.emailVerifiedAt) {
        user.emailVerifiedAt = new Date();
        await manager
          .getRepository(UserAccountEntity)
          .update({ id: userId }, { emailVerifiedAt: user.emailVerifiedAt });
      }
      const session = await this.sessions.create(manager, userId, client);
      return { user, session };
    });
  }

  async resendVerification(rawEmail: string): Promise<void> {
    const email = normaliseEmail(rawEmail);
    if (!isValidEmail(email)) return;
    const mail = await this.dataSource.transaction(async (manager) => {
      const user = await manager
        .getRepository(UserAccountEntity)
        .findOneBy({ email, deletedAt: IsNull() });
      if (!user || user.emailVerifiedAt) return null;
      const token = await issueAccountToken(manager, user.id, 'verify_email');
      return accountMails.verifyEmail(
        user.locale,
        user.fullName,
        this.link('/verify-email', token),
      );
    });
    if (mail) await this.mail.send({ to: email, ...mail });
  }

  async requestPasswordReset(rawEmail: string): Promise<void> {
    const email = normaliseEmail(rawEmail);
    if (!isValidEmail(email)) return;
    const mail = await this.dataSource.transaction(async (manager) => {
      const user = await manager
        .getRepository(UserAccountEntity)
        .findOneBy({ email, deletedAt: IsNull() });
      if (!user) return null;
      const token = await issueAccountToken(manager, user.id, 'reset_password');
      return accountMails.resetPassword(
        user.locale,
        user.fullName,
        this.link('/reset-password', token),
      );
    });
    if (mail) await this.mail.send({ to: email, ...mail });
  }

  /** Sets a new password, proves the mailbox (verified) and signs out every session. */
  async resetPassword(token: string, password: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const userId = await consumeAccountToken(manager, token, 'reset_password');
      const user = await this.liveAccount(manager, userId);
      const problem = passwordProblem(password, user.email ?? '');
      if (problem)
        throw new AppError('VALIDATION_FAILED', { fields: { password: PASSWORD_CODES[problem] } });
      await manager.getRepository(UserAccountEntity).update(
        { id: userId },
        {
          passwordHash: await hashPassword(password),
          emailVerifiedAt: user.emailVerifiedAt ?? new Date(),
        },
      );
      await this.sessions.revokeAll(manager, userId);
      await this.audit.record(manager, {
        actorId: userId,
        action: 'account.password_reset',
        subjectType: 'account',
        subjectId: userId,
      });
    });
  }

  async signIn(rawEmail: string, password: string, client: ClientInfo) {
    const email = normaliseEmail(rawEmail);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const subjects = await this.throttle.admit(manager, email, client.ip);
      const user = await manager
        .getRepository(UserAccountEntity)
        .findOneBy({ email, deletedAt: IsNull() });
      const valid = await verifyPassword(user?.passwordHash ?? null, password);
      // recorded in this transaction, which commits even for a wrong password
      await this.throttle.record(manager, subjects, valid);
      if (!valid || !user) return null;
      return { user, session: await this.sessions.create(manager, user.id, client) };
    });
    if (!outcome) throw new AppError('INVALID_CREDENTIALS');
    return outcome;
  }

  private async liveAccount(manager: EntityManager, userId: string): Promise<UserAccountEntity> {
    const user = await manager
      .getRepository(UserAccountEntity)
      .findOneBy({ id: userId, deletedAt: IsNull() });
    if (!user) throw new AppError('TOKEN_INVALID');
    return user;
  }

  private link(path: string, token: string): string {
    return `${this.config.publicUrl}${path}?token=${encodeURIComponent(token)}`;
  }
}
