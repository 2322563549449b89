import type { LocalizedText } from './i18n.js';

/**
 * A submission is drafted by an organisation's members, submitted before the challenge's
 * deadline, and may be withdrawn until then. A withdrawn submission may be edited and submitted
 * again before the deadline (decision 0013).
 */
export const SUBMISSION_STATUSES = ['draft', 'submitted', 'withdrawn'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, LocalizedText> = {
  draft: { it: 'Bozza', en: 'Draft' },
  submitted: { it: 'Inviata', en: 'Submitted' },
  withdrawn: { it: 'Ritirata', en: 'Withdrawn' },
};

/** The statuses in which the submitting organisation may still change the text. */
export const EDITABLE_SUBMISSION_STATUSES: readonly SubmissionStatus[] = ['draft', 'withdrawn'];

export function isSubmissionEditable(status: SubmissionStatus): boolean {
  return EDITABLE_SUBMISSION_STATUSES.includes(status);
}

/** Limits of a submission's fields (shared by the API's validation and the web form). */
export const SUBMISSION_LIMITS = {
  summaryMax: 3000,
  approachMax: 20000,
  teamMax: 10000,
  budgetAmountMax: 1_000_000_000,
  /** Files attached to one submission. */
  attachmentsMax: 10,
} as const;

/** The markdown fields of a submission, in the order the form shows them. */
export const SUBMISSION_TEXT_FIELDS = ['summary', 'approach', 'team'] as const;
export type SubmissionTextField = (typeof SUBMISSION_TEXT_FIELDS)[number];

/** What must be filled in before submitting (a draft may be incomplete). */
export const SUBMISSION_REQUIRED_TO_SUBMIT = ['summary', 'approach', 'team', 'trl'] as const;

export const SUBMISSION_FIELD_LABELS: Record<
  SubmissionTextField | 'trl' | 'budget',
  LocalizedText
> = {
  summary: { it: 'Sintesi della proposta', en: 'Summary of the proposal' },
  approach: { it: 'Approccio e soluzione', en: 'Approach and solution' },
  team: { it: 'Gruppo di lavoro', en: 'Team' },
  trl: { it: 'TRL della soluzione', en: 'TRL of the solution' },
  budget: { it: 'Budget', en: 'Budget' },
};

/** A deadline still open at `now`: submitting exactly at the deadline is late. */
export function isBeforeDeadline(deadline: Date | null, now: Date): boolean {
  return deadline !== null && now.getTime() < deadline.getTime();
}
