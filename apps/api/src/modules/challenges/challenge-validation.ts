import {
  CHALLENGE_LIMITS,
  CHALLENGE_VISIBILITIES,
  isCurrencyCode,
  isTrl,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  normaliseTags,
  ORGANISATION_KINDS,
  REWARD_TYPES,
  S3_ECOSYSTEMS,
  type ChallengeVisibility,
  type OrganisationKind,
  type RewardType,
} from '@oip/domain';
import { FieldErrors } from '../../common/errors/field-errors';
import { isUuid } from '../../common/ids';
import type { ChallengeInput } from './dto/challenge.inputs';

export const MAX_INVITED_ORGANISATIONS = 100;

export interface ChallengeValues {
  titleIt: string;
  titleEn: string;
  summaryIt: string;
  summaryEn: string;
  problemIt: string;
  problemEn: string;
  expectedResultsIt: string;
  expectedResultsEn: string;
  constraintsIt: string;
  constraintsEn: string;
  s3Ecosystems: string[];
  tags: string[];
  soughtPartnerKinds: OrganisationKind[];
  trlMin: number | null;
  trlMax: number | null;
  acceptsLowerTrl: boolean;
  rewardType: RewardType;
  rewardAmount: number | null;
  rewardCurrency: string;
  deadline: Date | null;
  visibility: ChallengeVisibility;
}

const TEXTS = [
  ['title', CHALLENGE_LIMITS.titleMax],
  ['summary', CHALLENGE_LIMITS.summaryMax],
  ['problem', CHALLENGE_LIMITS.bodyMax],
  ['expectedResults', CHALLENGE_LIMITS.bodyMax],
  ['constraints', CHALLENGE_LIMITS.bodyMax],
] as const;

const includes = (list: readonly string[], value: string) => list.includes(value);

/**
 * Checks every field and returns normalised values, or fails with VALIDATION_FAILED and a code
 * per field. At least one language must have title, summary and problem (field `language`).
 */
export function validateChallenge(input: ChallengeInput): {
  values: ChallengeValues;
  invitedOrganisationIds: string[];
} {
  const errors = new FieldErrors();
  const text = {} as Record<string, string>;
  for (const [name, max] of TEXTS)
    for (const suffix of ['It', 'En'] as const) {
      const field = `${name}${suffix}`;
      const value = (input[field as keyof ChallengeInput] as string | undefined)?.trim() ?? '';
      errors.check(field, value.length <= max, 'TEXT_TOO_LONG');
      text[field] = value;
    }
  const complete = (suffix: 'It' | 'En') =>
    ['title', 'summary', 'problem'].every((name) => text[`${name}${suffix}`]);
  errors.check('language', complete('It') || complete('En'), 'CHALLENGE_LANGUAGE_INCOMPLETE');

  const tags = normaliseTags(input.tags);
  const trlMin = input.trlMin ?? null;
  const trlMax = input.trlMax ?? null;
  const amount = input.rewardAmount ?? null;
  const currency = input.rewardCurrency.trim().toUpperCase();
  const deadline = input.deadline ?? null;
  const invited = [...new Set(input.invitedOrganisationIds)];

  errors
    .check(
      's3Ecosystems',
      input.s3Ecosystems.every((code) => includes(S3_ECOSYSTEMS.codes, code)),
      'ECOSYSTEM_INVALID',
    )
    .check(
      'tags',
      tags.length <= MAX_TAGS && tags.every((tag) => tag.length <= MAX_TAG_LENGTH),
      'TAGS_INVALID',
    )
    .check(
      'soughtPartnerKinds',
      input.soughtPartnerKinds.every((kind) => includes(ORGANISATION_KINDS.codes, kind)),
      'ORGANISATION_KINDS_INVALID',
    )
    .check(
      'trlMin',
      (trlMin === null || isTrl(trlMin)) &&
        (trlMax === null || isTrl(trlMax)) &&
        (trlMin === null || trlMax === null || trlMin <= trlMax),
      'TRL_RANGE_INVALID',
    )
    .check('rewardType', includes(REWARD_TYPES, input.rewardType), 'REWARD_TYPE_INVALID')
    .check(
      'rewardAmount',
      amount === null ||
        (Number.isFinite(amount) && amount > 0 && amount <= CHALLENGE_LIMITS.rewardAmountMax),
      'REWARD_AMOUNT_INVALID',
    )
    .check('rewardCurrency', isCurrencyCode(currency), 'CURRENCY_INVALID')
    .check(
      'deadline',
      deadline === null || !Number.isNaN(deadline.getTime()),
      'CHALLENGE_DEADLINE_INVALID',
    )
    .check(
      'visibility',
      includes(CHALLENGE_VISIBILITIES, input.visibility),
      'CHALLENGE_VISIBILITY_INVALID',
    )
    .check(
      'invitedOrganisationIds',
      invited.length <= MAX_INVITED_ORGANISATIONS && invited.every(isUuid),
      'INVITED_ORGANISATIONS_INVALID',
    )
    .throwIfAny();

  return {
    values: {
      titleIt: text.titleIt!,
      titleEn: text.titleEn!,
      summaryIt: text.summaryIt!,
      summaryEn: text.summaryEn!,
      problemIt: text.problemIt!,
      problemEn: text.problemEn!,
      expectedResultsIt: text.expectedResultsIt!,
      expectedResultsEn: text.expectedResultsEn!,
      constraintsIt: text.constraintsIt!,
      constraintsEn: text.constraintsEn!,
      s3Ecosystems: [...new Set(input.s3Ecosystems)],
      tags,
      soughtPartnerKinds: [...new Set(input.soughtPartnerKinds)] as OrganisationKind[],
      trlMin,
      trlMax,
      acceptsLowerTrl: input.acceptsLowerTrl ?? false,
      rewardType: input.rewardType,
      rewardAmount: amount === null ? null : Math.round(amount * 100) / 100,
      rewardCurrency: currency,
      deadline,
      visibility: input.visibility,
    },
    invitedOrganisationIds: invited,
  };
}
