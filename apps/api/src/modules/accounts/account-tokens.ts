import { IsNull, MoreThan, type EntityManager } from 'typeorm';
import { newToken, tokenHash } from '../../common/auth/secrets';
import { AppError } from '../../common/errors/app-error';
import { AccountTokenEntity, type AccountTokenPurpose } from './entities/account-token.entity';

const LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  verify_email: 48 * 3_600_000,
  reset_password: 3_600_000,
};

/** Issues a single-use token for an emailed link; earlier unused ones of the same purpose die. */
export async function issueAccountToken(
  manager: EntityManager,
  userId: string,
  purpose: AccountTokenPurpose,
): Promise<string> {
  const tokens = manager.getRepository(AccountTokenEntity);
  await tokens.update({ userId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
  const token = newToken();
  await tokens.insert({
    userId,
    purpose,
    tokenHash: tokenHash(token),
    expiresAt: new Date(Date.now() + LIFETIME_MS[purpose]),
  });
  return token;
}

/** Marks the token used and returns its account id; unknown, used or expired → TOKEN_INVALID. */
export async function consumeAccountToken(
  manager: EntityManager,
  token: string,
  purpose: AccountTokenPurpose,
): Promise<string> {
  const result = await manager
    .getRepository(AccountTokenEntity)
    .createQueryBuilder()
    .update()
    .set({ usedAt: () => 'now()' })
    .where({
      tokenHash: tokenHash(token),
      purpose,
      usedAt: IsNull(),
      expiresAt: MoreThan(new Date()),
    })
    .returning(['userId'])
    .execute();
  const row = (result.raw as { user_id: string }[])[0];
  if (!row) throw new AppError('TOKEN_INVALID');
  return row.user_id;
}
