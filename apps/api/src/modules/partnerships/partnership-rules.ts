import { PARTNERSHIP_LIMITS } from '@oip/domain';
import { AppError } from '../../common/errors/app-error';

/** The interest message, trimmed: 1 to 2000 characters (BAD_USER_INPUT on `message`). */
export function checkMessage(message: string): string {
  const clean = message.trim();
  if (!clean || clean.length > PARTNERSHIP_LIMITS.messageMax)
    throw new AppError('BAD_USER_INPUT', { field: 'message', max: PARTNERSHIP_LIMITS.messageMax });
  return clean;
}

/** The optional decline reason, trimmed (empty: none); at most 500 characters. */
export function checkDeclineReason(reason: string | null | undefined): string | null {
  const clean = reason?.trim() ?? '';
  if (clean.length > PARTNERSHIP_LIMITS.declineReasonMax)
    throw new AppError('BAD_USER_INPUT', {
      field: 'reason',
      max: PARTNERSHIP_LIMITS.declineReasonMax,
    });
  return clean || null;
}

/**
 * Whom an expression of interest goes to: the item's owner, or, when the sender owns the item
 * (reaching out to a matched organisation), `toOrganisationId`, which is then required.
 */
export function recipientOf(
  fromOrganisationId: string,
  itemOwnerId: string,
  toOrganisationId: string | null | undefined,
): string {
  let recipient = itemOwnerId;
  if (itemOwnerId === fromOrganisationId) {
    if (!toOrganisationId) throw new AppError('BAD_USER_INPUT', { field: 'toOrganisationId' });
    recipient = toOrganisationId;
  } else if (toOrganisationId && toOrganisationId !== itemOwnerId) {
    // interest in someone else's item goes to its owner, nobody else
    throw new AppError('BAD_USER_INPUT', { field: 'toOrganisationId' });
  }
  if (recipient === fromOrganisationId) throw new AppError('PARTNERSHIP_SELF');
  return recipient;
}
