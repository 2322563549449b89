import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PlatformRole } from '@oip/domain';
import { DataSource, IsNull } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { isUuid } from '../../common/ids';
import { UserAccountEntity } from '../accounts/entities/user-account.entity';
import { AuditService } from '../audit/audit.service';
import { administrationPolicy } from './administration.policy';

/**
 * Grants and revokes platform roles. The session guard reads the role from the database on
 * every request, so a change applies to the person's open sessions at their next request.
 */
@Injectable()
export class PlatformRolesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Sets a person's platform role; audited (who, whom, from, to); the last admin stays. */
  async setRole(actor: AuthUser, userId: string, role: PlatformRole): Promise<UserAccountEntity> {
    administrationPolicy.administerAccounts(actor);
    return this.dataSource.transaction(async (manager) => {
      // Role changes wait for each other: two admins demoting each other at the same time
      // would otherwise both pass the last-admin check.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('platform.roles'))`);
      const accounts = manager.getRepository(UserAccountEntity);
      const account = isUuid(userId)
        ? await accounts.findOneBy({ id: userId, deletedAt: IsNull() })
        : null;
      if (!account) throw new AppError('NOT_FOUND');
      const from = account.role;
      if (from === role) return account; // nothing changes, nothing to audit
      if (from === 'admin') {
        const admins = await accounts.countBy({ role: 'admin', deletedAt: IsNull() });
        if (admins <= 1) throw new AppError('LAST_PLATFORM_ADMIN');
      }
      await accounts.update({ id: account.id }, { role });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'account.platform_role_changed',
        subjectType: 'account',
        subjectId: account.id,
        data: { from, to: role },
      });
      return { ...account, role };
    });
  }
}
