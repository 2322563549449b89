import type { EntityManager } from 'typeorm';
import { AppError } from '../../../common/errors/app-error';
import { OrganisationEntity } from '../entities/organisation.entity';
import { isUuid } from '../../../common/ids';

/** Pending invitations or join requests listed per organisation, at most. */
export const MAX_PENDING_LIST = 100;

/** Clamps a list size argument to 0…MAX_PENDING_LIST (like `Organisation.members`). */
export function listSize(first: number): number {
  return Math.max(0, Math.min(Number.isInteger(first) ? first : 0, MAX_PENDING_LIST));
}

/**
 * Loads the organisation and locks its row until the transaction ends. Every change to its
 * members, invitations and join requests takes this lock first, so they are serialised (and
 * always taken in the same order: organisation, then the rows that belong to it).
 */
export async function lockOrganisation(
  manager: EntityManager,
  id: string,
): Promise<OrganisationEntity> {
  if (!isUuid(id)) throw new AppError('NOT_FOUND');
  const organisation = await manager
    .getRepository(OrganisationEntity)
    .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!organisation) throw new AppError('NOT_FOUND');
  return organisation;
}

/** True when `error` is PostgreSQL's unique violation of `constraint`. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const failure = error as { driverError?: { code?: string; constraint?: string } };
  const driverError = failure.driverError ?? (error as { code?: string; constraint?: string });
  return driverError?.code === '23505' && driverError.constraint === constraint;
}
