import type {
  ChallengeEditFieldsFragment,
  ChallengeInput,
  ChallengeVisibility,
  RewardType,
} from '@oip/graphql';
import { fromRomeLocal, toRomeLocal } from './rome-time';
import { splitTags } from './list-params';

export const TEXT_FIELDS = [
  'title',
  'summary',
  'problem',
  'expectedResults',
  'constraints',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export type TextLocale = 'it' | 'en';
/** The fields written in markdown (the title is plain text). */
export const MARKDOWN_FIELDS: readonly TextField[] = [
  'summary',
  'problem',
  'expectedResults',
  'constraints',
];

export interface InvitedOrganisation {
  id: string;
  displayName: string;
}

/** What the editor holds: inputs as typed (strings), converted to ChallengeInput on save. */
export interface ChallengeFormValues {
  text: Record<TextLocale, Record<TextField, string>>;
  s3Ecosystems: string[];
  tags: string;
  soughtPartnerKinds: string[];
  trlMin: string;
  trlMax: string;
  acceptsLowerTrl: boolean;
  rewardType: RewardType;
  rewardAmount: string;
  rewardCurrency: string;
  /** Rome wall-clock time, as a datetime-local input holds it. */
  deadline: string;
  visibility: ChallengeVisibility;
  invited: InvitedOrganisation[];
}

const emptyText = (): Record<TextField, string> => ({
  title: '',
  summary: '',
  problem: '',
  expectedResults: '',
  constraints: '',
});

export function emptyValues(): ChallengeFormValues {
  return {
    text: { it: emptyText(), en: emptyText() },
    s3Ecosystems: [],
    tags: '',
    soughtPartnerKinds: [],
    trlMin: '',
    trlMax: '',
    acceptsLowerTrl: false,
    rewardType: 'PRIZE',
    rewardAmount: '',
    rewardCurrency: 'EUR',
    deadline: '',
    visibility: 'PUBLIC',
    invited: [],
  };
}

export function valuesFromChallenge(challenge: ChallengeEditFieldsFragment): ChallengeFormValues {
  const text = (locale: TextLocale) =>
    Object.fromEntries(TEXT_FIELDS.map((field) => [field, challenge[field][locale]])) as Record<
      TextField,
      string
    >;
  return {
    text: { it: text('it'), en: text('en') },
    s3Ecosystems: [...challenge.s3Ecosystems],
    tags: challenge.tags.join(', '),
    soughtPartnerKinds: [...challenge.soughtPartnerKinds],
    trlMin: challenge.trlMin != null ? String(challenge.trlMin) : '',
    trlMax: challenge.trlMax != null ? String(challenge.trlMax) : '',
    acceptsLowerTrl: challenge.acceptsLowerTrl,
    rewardType: challenge.rewardType,
    rewardAmount: challenge.rewardAmount != null ? String(challenge.rewardAmount) : '',
    rewardCurrency: challenge.rewardCurrency,
    deadline: toRomeLocal(challenge.deadline ? String(challenge.deadline) : null),
    visibility: challenge.visibility,
    invited: challenge.invitedOrganisations.map(({ id, displayName }) => ({ id, displayName })),
  };
}

const suffix = (locale: TextLocale) => (locale === 'it' ? 'It' : 'En');

/** The API field name of a text ("titleIt"). */
export const textFieldName = (field: TextField, locale: TextLocale) => `${field}${suffix(locale)}`;

/** Local checks the API cannot receive (a Float that is not a number); null when fine. */
export function localErrors(values: ChallengeFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const amount = values.rewardAmount.trim().replace(',', '.');
  if (amount && !Number.isFinite(Number(amount))) errors.rewardAmount = 'REWARD_AMOUNT_INVALID';
  if (values.deadline && !fromRomeLocal(values.deadline))
    errors.deadline = 'CHALLENGE_DEADLINE_INVALID';
  return errors;
}

export function toChallengeInput(values: ChallengeFormValues): ChallengeInput {
  const texts = Object.fromEntries(
    (['it', 'en'] as const).flatMap((locale) =>
      TEXT_FIELDS.map((field) => [textFieldName(field, locale), values.text[locale][field]]),
    ),
  ) as Pick<ChallengeInput, 'titleIt' | 'titleEn'>;
  const amount = values.rewardAmount.trim().replace(',', '.');
  return {
    ...texts,
    s3Ecosystems: values.s3Ecosystems,
    tags: splitTags(values.tags),
    soughtPartnerKinds: values.soughtPartnerKinds,
    trlMin: values.trlMin ? Number(values.trlMin) : null,
    trlMax: values.trlMax ? Number(values.trlMax) : null,
    acceptsLowerTrl: values.acceptsLowerTrl,
    rewardType: values.rewardType,
    rewardAmount: amount ? Number(amount) : null,
    rewardCurrency: values.rewardCurrency.trim().toUpperCase(),
    deadline: values.deadline ? fromRomeLocal(values.deadline) : null,
    visibility: values.visibility,
    invitedOrganisationIds: values.visibility === 'INVITED' ? values.invited.map((o) => o.id) : [],
  };
}

/** The texts that differ between the person's version and the newer one on the server. */
export function changedTexts(
  mine: ChallengeFormValues,
  theirs: ChallengeFormValues,
): { field: TextField; locale: TextLocale; mine: string; theirs: string }[] {
  return (['it', 'en'] as const).flatMap((locale) =>
    TEXT_FIELDS.filter((field) => mine.text[locale][field] !== theirs.text[locale][field]).map(
      (field) => ({
        field,
        locale,
        mine: mine.text[locale][field],
        theirs: theirs.text[locale][field],
      }),
    ),
  );
}
