import type { LocalizedText } from './i18n.js';

/** Where a challenge stands in its lifecycle (decision 0011). */
export const CHALLENGE_STATUSES = [
  'draft',
  'in_review',
  'published',
  'closed',
  'evaluation',
  'awarded',
  'cancelled',
  'archived',
] as const;
export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];

export const CHALLENGE_STATUS_LABELS: Record<ChallengeStatus, LocalizedText> = {
  draft: { it: 'Bozza', en: 'Draft' },
  in_review: { it: 'In revisione', en: 'In review' },
  published: { it: 'Pubblicata', en: 'Published' },
  closed: { it: 'Chiusa', en: 'Closed' },
  evaluation: { it: 'In valutazione', en: 'In evaluation' },
  awarded: { it: 'Aggiudicata', en: 'Awarded' },
  cancelled: { it: 'Annullata', en: 'Cancelled' },
  archived: { it: 'Archiviata', en: 'Archived' },
};

export const REWARD_TYPES = ['prize', 'paid_contract', 'co_development', 'pilot'] as const;
export type RewardType = (typeof REWARD_TYPES)[number];

export const REWARD_TYPE_LABELS: Record<RewardType, LocalizedText> = {
  prize: { it: 'Premio', en: 'Prize' },
  paid_contract: { it: 'Contratto retribuito', en: 'Paid contract' },
  co_development: { it: 'Co-sviluppo', en: 'Co-development' },
  pilot: { it: 'Pilota / banco di prova', en: 'Pilot / test-bed' },
};

export const CHALLENGE_VISIBILITIES = ['public', 'members', 'invited'] as const;
export type ChallengeVisibility = (typeof CHALLENGE_VISIBILITIES)[number];

export const CHALLENGE_VISIBILITY_LABELS: Record<ChallengeVisibility, LocalizedText> = {
  public: { it: 'Pubblica', en: 'Public' },
  members: { it: 'Utenti registrati', en: 'Signed-in members' },
  invited: { it: 'Solo organizzazioni invitate', en: 'Invited organisations only' },
};

export const CHALLENGE_ACTIONS = [
  'submit_for_review',
  'approve',
  'return_to_draft',
  'close',
  'start_evaluation',
  'award',
  'cancel',
  'archive',
] as const;
export type ChallengeAction = (typeof CHALLENGE_ACTIONS)[number];

export const CHALLENGE_ACTION_LABELS: Record<ChallengeAction, LocalizedText> = {
  submit_for_review: { it: 'Invia in revisione', en: 'Submit for review' },
  approve: { it: 'Approva e pubblica', en: 'Approve and publish' },
  return_to_draft: { it: 'Rimanda in bozza', en: 'Return to draft' },
  close: { it: 'Chiudi', en: 'Close' },
  start_evaluation: { it: 'Avvia la valutazione', en: 'Start evaluation' },
  award: { it: 'Aggiudica', en: 'Award' },
  cancel: { it: 'Annulla', en: 'Cancel' },
  archive: { it: 'Archivia', en: 'Archive' },
};

/**
 * Who performs an action: `owner` = an owner or admin of the owning organisation;
 * `moderator` = a platform moderator or admin; `system` = the deadline job.
 */
export type ChallengeActor = 'owner' | 'moderator' | 'system';

interface ActionRule {
  from: readonly ChallengeStatus[];
  to: ChallengeStatus;
  actors: readonly ChallengeActor[];
  commentRequired: boolean;
}

/** The whole state machine: each action, the states it leaves, where it goes and who does it. */
export const CHALLENGE_TRANSITIONS: Record<ChallengeAction, ActionRule> = {
  submit_for_review: {
    from: ['draft'],
    to: 'in_review',
    actors: ['owner'],
    commentRequired: false,
  },
  approve: { from: ['in_review'], to: 'published', actors: ['moderator'], commentRequired: false },
  return_to_draft: {
    from: ['in_review'],
    to: 'draft',
    actors: ['moderator'],
    commentRequired: true,
  },
  // the owner may close early; the deadline job closes at the deadline
  close: { from: ['published'], to: 'closed', actors: ['owner', 'system'], commentRequired: false },
  start_evaluation: {
    from: ['closed'],
    to: 'evaluation',
    actors: ['owner'],
    commentRequired: false,
  },
  award: { from: ['evaluation'], to: 'awarded', actors: ['owner'], commentRequired: false },
  cancel: {
    from: ['draft', 'in_review', 'published', 'closed', 'evaluation'],
    to: 'cancelled',
    actors: ['owner'],
    commentRequired: false,
  },
  archive: {
    from: ['closed', 'awarded', 'cancelled'],
    to: 'archived',
    actors: ['owner', 'moderator'],
    commentRequired: false,
  },
};

export function isChallengeStatus(value: unknown): value is ChallengeStatus {
  return typeof value === 'string' && (CHALLENGE_STATUSES as readonly string[]).includes(value);
}

export function isChallengeAction(value: unknown): value is ChallengeAction {
  return typeof value === 'string' && (CHALLENGE_ACTIONS as readonly string[]).includes(value);
}

/** The status `action` leads to from `status`, or null when the machine does not allow it. */
export function transition(
  status: ChallengeStatus,
  action: ChallengeAction,
): ChallengeStatus | null {
  const rule = CHALLENGE_TRANSITIONS[action];
  return rule.from.includes(status) ? rule.to : null;
}

/** Whether an actor of this kind may perform the action (independent of the current status). */
export function mayPerform(actor: ChallengeActor, action: ChallengeAction): boolean {
  return CHALLENGE_TRANSITIONS[action].actors.includes(actor);
}

export function commentRequired(action: ChallengeAction): boolean {
  return CHALLENGE_TRANSITIONS[action].commentRequired;
}

/** The actions available from a status (to whoever may perform them). */
export function actionsFrom(status: ChallengeStatus): ChallengeAction[] {
  return CHALLENGE_ACTIONS.filter((action) => transition(status, action) !== null);
}

/** Only drafts (and published challenges, for corrections) can be edited by their owner. */
export const EDITABLE_CHALLENGE_STATUSES: readonly ChallengeStatus[] = ['draft', 'published'];

/** Limits of a challenge's fields (shared by the API's validation and the web form). */
export const CHALLENGE_LIMITS = {
  titleMax: 160,
  summaryMax: 600,
  bodyMax: 20000,
  rewardAmountMax: 1_000_000_000,
} as const;

/** ISO 4217 currency code shape (three upper-case letters). */
export function isCurrencyCode(value: string): boolean {
  return /^[A-Z]{3}$/.test(value);
}
