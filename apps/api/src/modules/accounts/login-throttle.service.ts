import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { LoginAttemptEntity } from './entities/login-attempt.entity';

/**
 * Brute-force protection: failed sign-ins are counted per account and per IP over a window.
 * Every attempt is checked and recorded before the password is, under a per-subject advisory
 * lock, so attempts batched or aliased in one request, or sent in parallel, all count.
 */
@Injectable()
export class LoginThrottleService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async admit(manager: EntityManager, email: string, ip: string | null): Promise<string[]> {
    const subjects = [`account:${email}`, ...(ip ? [`ip:${ip}`] : [])];
    for (const subject of [...subjects].sort()) {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [subject]);
    }
    const limits: Record<string, number> = {
      account: this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      ip: this.config.LOGIN_MAX_FAILURES_PER_IP,
    };
    for (const subject of subjects) {
      const failures = await this.recentFailures(manager, subject);
      if (failures >= (limits[subject.split(':')[0]!] ?? 0)) {
        throw new AppError('LOGIN_LOCKED', { minutes: this.config.LOGIN_LOCK_MINUTES });
      }
    }
    return subjects;
  }

  async record(manager: EntityManager, subjects: string[], succeeded: boolean): Promise<void> {
    await manager
      .getRepository(LoginAttemptEntity)
      .insert(subjects.map((subject) => ({ subject, succeeded })));
  }

  /** Failures inside the window and after the last success (a good sign-in clears the count). */
  private async recentFailures(manager: EntityManager, subject: string): Promise<number> {
    const [row] = await manager.query(
      `SELECT count(*)::int AS failures FROM login_attempt
        WHERE subject = $1 AND NOT succeeded
          AND attempted_at > now() - make_interval(mins => $2)
          AND attempted_at > coalesce(
            (SELECT max(attempted_at) FROM login_attempt WHERE subject = $1 AND succeeded), '-infinity')`,
      [subject, this.config.LOGIN_LOCK_MINUTES],
    );
    return (row as { failures: number }).failures;
  }
}
