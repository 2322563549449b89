import {
  isCurrencyCode,
  isTrl,
  SUBMISSION_LIMITS,
  SUBMISSION_REQUIRED_TO_SUBMIT,
} from '@oip/domain';
import { FieldErrors } from '../../common/errors/field-errors';
import type { SubmissionInput } from './dto/submission.inputs';

export interface SubmissionValues {
  summary: string;
  approach: string;
  team: string;
  trl: number | null;
  budgetAmount: number | null;
  budgetCurrency: string;
}

const MAX_LENGTH = {
  summary: SUBMISSION_LIMITS.summaryMax,
  approach: SUBMISSION_LIMITS.approachMax,
  team: SUBMISSION_LIMITS.teamMax,
} as const;

/** Checks a draft's fields (none required) and normalises them; VALIDATION_FAILED per field. */
export function validateSubmission(input: SubmissionInput): SubmissionValues {
  const errors = new FieldErrors();
  const text = (name: keyof typeof MAX_LENGTH) => {
    const value = input[name]?.trim() ?? '';
    errors.check(name, value.length <= MAX_LENGTH[name], 'TEXT_TOO_LONG');
    return value;
  };
  const values: SubmissionValues = {
    summary: text('summary'),
    approach: text('approach'),
    team: text('team'),
    trl: input.trl ?? null,
    budgetAmount: input.budgetAmount ?? null,
    budgetCurrency: (input.budgetCurrency ?? 'EUR').trim().toUpperCase(),
  };
  const amount = values.budgetAmount;
  errors
    .check('trl', values.trl === null || isTrl(values.trl), 'TRL_INVALID')
    .check(
      'budgetAmount',
      amount === null ||
        (Number.isFinite(amount) && amount >= 0 && amount <= SUBMISSION_LIMITS.budgetAmountMax),
      'BUDGET_AMOUNT_INVALID',
    )
    .check('budgetCurrency', isCurrencyCode(values.budgetCurrency), 'CURRENCY_INVALID')
    .throwIfAny();
  if (amount !== null) values.budgetAmount = Math.round(amount * 100) / 100;
  return values;
}

/** What a stored proposal still lacks before it can be submitted (SUBMISSION_FIELD_REQUIRED). */
export function checkComplete(
  values: Pick<SubmissionValues, 'summary' | 'approach' | 'team' | 'trl'>,
) {
  const errors = new FieldErrors();
  for (const field of SUBMISSION_REQUIRED_TO_SUBMIT)
    errors.check(
      field,
      field === 'trl' ? values.trl !== null : values[field].trim() !== '',
      'SUBMISSION_FIELD_REQUIRED',
    );
  errors.throwIfAny();
}
