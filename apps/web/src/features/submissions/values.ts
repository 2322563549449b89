import type { SubmissionFieldsFragment, SubmissionInput } from '@oip/graphql';

/** The form's fields as typed (numbers as text until saved). */
export interface SubmissionValues {
  summary: string;
  approach: string;
  team: string;
  trl: string;
  budgetAmount: string;
  budgetCurrency: string;
}

export const EMPTY_VALUES: SubmissionValues = {
  summary: '',
  approach: '',
  team: '',
  trl: '',
  budgetAmount: '',
  budgetCurrency: 'EUR',
};

export function toValues(
  submission: SubmissionFieldsFragment | null | undefined,
): SubmissionValues {
  if (!submission) return EMPTY_VALUES;
  return {
    summary: submission.summary,
    approach: submission.approach,
    team: submission.team,
    trl: submission.trl === null ? '' : String(submission.trl),
    budgetAmount: submission.budgetAmount === null ? '' : String(submission.budgetAmount),
    budgetCurrency: submission.budgetCurrency,
  };
}

export function toInput(values: SubmissionValues): SubmissionInput {
  const amount = values.budgetAmount.trim().replace(',', '.');
  return {
    summary: values.summary,
    approach: values.approach,
    team: values.team,
    trl: values.trl ? Number(values.trl) : null,
    // a non-number is sent as NaN-free text check on the server: keep it null here, flagged below
    budgetAmount: amount === '' || Number.isNaN(Number(amount)) ? null : Number(amount),
    budgetCurrency: values.budgetCurrency.trim() || 'EUR',
  };
}

/** The fields whose text differs between two versions (for the conflict view). */
export function changedFields(
  a: SubmissionValues,
  b: SubmissionValues,
): (keyof SubmissionValues)[] {
  return (Object.keys(a) as (keyof SubmissionValues)[]).filter((key) => a[key] !== b[key]);
}
