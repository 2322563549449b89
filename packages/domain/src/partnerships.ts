import type { LocalizedText } from './i18n.js';

/**
 * A partnership between two organisations about one item (issue 5, decision 0016): the request
 * and the partnership are one record. proposed (someone expressed interest) → active (the other
 * side accepted, or expressed interest back) → concluded; or declined / withdrawn.
 */
export const PARTNERSHIP_STATUSES = [
  'proposed',
  'active',
  'declined',
  'withdrawn',
  'concluded',
] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

export const PARTNERSHIP_STATUS_LABELS: Record<PartnershipStatus, LocalizedText> = {
  proposed: { it: 'Proposta', en: 'Proposed' },
  active: { it: 'Attiva', en: 'Active' },
  declined: { it: 'Rifiutata', en: 'Declined' },
  withdrawn: { it: 'Ritirata', en: 'Withdrawn' },
  concluded: { it: 'Conclusa', en: 'Concluded' },
};

/** What a partnership can be about: a challenge, a technology offer, a collaboration request. */
export const PARTNERSHIP_ITEM_TYPES = ['challenge', 'offer', 'request'] as const;
export type PartnershipItemType = (typeof PARTNERSHIP_ITEM_TYPES)[number];

/** At most one of these per unordered pair of organisations and item (the merge rule). */
export const LIVE_PARTNERSHIP_STATUSES: readonly PartnershipStatus[] = ['proposed', 'active'];

/**
 * accept / decline: the recipient decides; withdraw: the initiator takes it back;
 * cross: the recipient expressed interest back (both sides want it: it becomes active);
 * conclude: either side closes an active partnership.
 */
export const PARTNERSHIP_ACTIONS = ['accept', 'decline', 'withdraw', 'cross', 'conclude'] as const;
export type PartnershipAction = (typeof PARTNERSHIP_ACTIONS)[number];

/** Which side of the partnership may perform an action. */
export type PartnershipSide = 'initiator' | 'recipient';

interface PartnershipRule {
  from: PartnershipStatus;
  to: PartnershipStatus;
  sides: readonly PartnershipSide[];
}

/** The whole state machine. */
export const PARTNERSHIP_TRANSITIONS: Record<PartnershipAction, PartnershipRule> = {
  accept: { from: 'proposed', to: 'active', sides: ['recipient'] },
  decline: { from: 'proposed', to: 'declined', sides: ['recipient'] },
  withdraw: { from: 'proposed', to: 'withdrawn', sides: ['initiator'] },
  cross: { from: 'proposed', to: 'active', sides: ['recipient'] },
  conclude: { from: 'active', to: 'concluded', sides: ['initiator', 'recipient'] },
};

/** The status `action` leads to from `status`, or null when the machine does not allow it. */
export function partnershipTransition(
  status: PartnershipStatus,
  action: PartnershipAction,
): PartnershipStatus | null {
  const rule = PARTNERSHIP_TRANSITIONS[action];
  return rule.from === status ? rule.to : null;
}

/** Whether the given side may perform the action (independent of the status). */
export function partnershipSideMay(side: PartnershipSide, action: PartnershipAction): boolean {
  return PARTNERSHIP_TRANSITIONS[action].sides.includes(side);
}

export const PARTNERSHIP_LIMITS = {
  messageMax: 2000,
  declineReasonMax: 500,
  /** Messages kept on one partnership (interest, crossing, distinct repeats). */
  messagesMax: 20,
  /** Partnerships gathered into one project group, at least and at most. */
  groupMin: 2,
  groupMax: 20,
} as const;
