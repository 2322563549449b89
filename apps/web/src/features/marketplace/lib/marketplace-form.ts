import { MARKETPLACE_LIMITS, type BudgetBand, type IpStatus } from '@oip/domain';
import type {
  CollaborationRequestFieldsFragment,
  CollaborationRequestInput,
  TechnologyOfferFieldsFragment,
  TechnologyOfferInput,
} from '@oip/graphql';
import { splitTags } from './list-params';

/** One form for both kinds: the fields of the other kind are simply not shown nor sent. */
export interface MarketplaceFormValues {
  titleIt: string;
  titleEn: string;
  descriptionIt: string;
  descriptionEn: string;
  s3Ecosystems: string[];
  atecoSections: string[];
  tags: string;
  partnershipTypes: string[];
  trl: string;
  ipStatus: IpStatus;
  contactPersonIds: string[];
  partnerKinds: string[];
  trlMin: string;
  trlMax: string;
  acceptsLowerTrl: boolean;
  budgetBand: BudgetBand;
}

export function emptyValues(): MarketplaceFormValues {
  return {
    titleIt: '',
    titleEn: '',
    descriptionIt: '',
    descriptionEn: '',
    s3Ecosystems: [],
    atecoSections: [],
    tags: '',
    partnershipTypes: [],
    trl: '',
    ipStatus: 'none',
    contactPersonIds: [],
    partnerKinds: [],
    trlMin: '',
    trlMax: '',
    acceptsLowerTrl: false,
    budgetBand: 'undisclosed',
  };
}

const number = (value: number | null | undefined) => (value == null ? '' : String(value));

export function valuesFromItem(
  item: TechnologyOfferFieldsFragment | CollaborationRequestFieldsFragment,
): MarketplaceFormValues {
  const values: MarketplaceFormValues = {
    ...emptyValues(),
    titleIt: item.title.it,
    titleEn: item.title.en,
    descriptionIt: item.description.it,
    descriptionEn: item.description.en,
    s3Ecosystems: item.s3Ecosystems,
    atecoSections: item.atecoSections,
    tags: item.tags.join(', '),
    partnershipTypes: item.partnershipTypes,
  };
  if (item.__typename === 'TechnologyOffer')
    return {
      ...values,
      trl: number(item.trl),
      ipStatus: item.ipStatus as IpStatus,
      contactPersonIds: item.contactPersons.map((person) => person.id),
    };
  return {
    ...values,
    partnerKinds: item.partnerKinds,
    trlMin: number(item.trlMin),
    trlMax: number(item.trlMax),
    acceptsLowerTrl: item.acceptsLowerTrl,
    budgetBand: item.budgetBand as BudgetBand,
  };
}

const trlOrNull = (value: string) => (value === '' ? null : Number(value));

function shared(values: MarketplaceFormValues) {
  return {
    titleIt: values.titleIt,
    titleEn: values.titleEn,
    descriptionIt: values.descriptionIt,
    descriptionEn: values.descriptionEn,
    s3Ecosystems: values.s3Ecosystems,
    atecoSections: values.atecoSections,
    tags: splitTags(values.tags),
    partnershipTypes: values.partnershipTypes,
  };
}

export function toOfferInput(values: MarketplaceFormValues): TechnologyOfferInput {
  return {
    ...shared(values),
    trl: trlOrNull(values.trl),
    ipStatus: values.ipStatus,
    contactPersonIds: values.contactPersonIds,
  };
}

export function toRequestInput(values: MarketplaceFormValues): CollaborationRequestInput {
  return {
    ...shared(values),
    partnerKinds: values.partnerKinds,
    trlMin: trlOrNull(values.trlMin),
    trlMax: trlOrNull(values.trlMax),
    acceptsLowerTrl: values.acceptsLowerTrl,
    budgetBand: values.budgetBand,
  };
}

/** The checks the browser can make before asking the API (same codes as the API's). */
export function localErrors(
  kind: 'offer' | 'request',
  values: MarketplaceFormValues,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const suffix of ['It', 'En'] as const) {
    if (values[`title${suffix}`].trim().length > MARKETPLACE_LIMITS.titleMax)
      errors[`title${suffix}`] = 'TEXT_TOO_LONG';
    if (values[`description${suffix}`].trim().length > MARKETPLACE_LIMITS.descriptionMax)
      errors[`description${suffix}`] = 'TEXT_TOO_LONG';
  }
  const complete = (suffix: 'It' | 'En') =>
    values[`title${suffix}`].trim() !== '' && values[`description${suffix}`].trim() !== '';
  // as the API: each language both title and description, or neither
  for (const suffix of ['It', 'En'] as const) {
    const title = values[`title${suffix}`].trim();
    const description = values[`description${suffix}`].trim();
    if (!title && description) errors[`title${suffix}`] ??= 'MARKETPLACE_LANGUAGE_HALF_WRITTEN';
    if (title && !description)
      errors[`description${suffix}`] ??= 'MARKETPLACE_LANGUAGE_HALF_WRITTEN';
  }
  if (!complete('It') && !complete('En')) errors.language = 'MARKETPLACE_LANGUAGE_INCOMPLETE';
  if (kind === 'offer' && values.trl === '') errors.trl = 'TRL_REQUIRED';
  if (
    kind === 'request' &&
    values.trlMin !== '' &&
    values.trlMax !== '' &&
    Number(values.trlMin) > Number(values.trlMax)
  )
    errors.trlMin = 'TRL_RANGE_INVALID';
  return errors;
}

/** The texts that differ between two versions (for the conflict view). */
export function changedTexts(mine: MarketplaceFormValues, theirs: MarketplaceFormValues) {
  return (['title', 'description'] as const).flatMap((field) =>
    (['It', 'En'] as const)
      .filter((suffix) => mine[`${field}${suffix}`] !== theirs[`${field}${suffix}`])
      .map((suffix) => ({
        field,
        locale: suffix.toLowerCase() as 'it' | 'en',
        mine: mine[`${field}${suffix}`],
        theirs: theirs[`${field}${suffix}`],
      })),
  );
}
