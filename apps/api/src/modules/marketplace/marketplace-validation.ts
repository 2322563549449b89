import {
  ATECO_SECTIONS,
  BUDGET_BANDS,
  IP_STATUSES,
  isTrl,
  MARKETPLACE_LIMITS,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  normaliseTags,
  ORGANISATION_KINDS,
  PARTNERSHIP_TYPES,
  S3_ECOSYSTEMS,
  type IpStatus,
  type OrganisationKind,
} from '@oip/domain';
import { FieldErrors } from '../../common/errors/field-errors';
import { isUuid } from '../../common/ids';
import type {
  CollaborationRequestInput,
  MarketplaceItemInput,
  TechnologyOfferInput,
} from './dto/marketplace.inputs';

export interface MarketplaceItemValues {
  titleIt: string;
  titleEn: string;
  descriptionIt: string;
  descriptionEn: string;
  s3Ecosystems: string[];
  atecoSections: string[];
  tags: string[];
  partnershipTypes: string[];
}

export interface OfferValues extends MarketplaceItemValues {
  trl: number;
  ipStatus: IpStatus;
  contactPersonIds: string[];
}

export interface RequestValues extends MarketplaceItemValues {
  partnerKinds: OrganisationKind[];
  trlMin: number | null;
  trlMax: number | null;
  acceptsLowerTrl: boolean;
  budgetBand: string;
}

const includes = (list: readonly string[], value: string) => list.includes(value);
const unique = <T>(values: readonly T[]) => [...new Set(values)];

/** The shared fields: checked into `errors`, returned normalised. */
function checkItem(input: MarketplaceItemInput, errors: FieldErrors): MarketplaceItemValues {
  const text = (value: string | undefined) => value?.trim() ?? '';
  const values = {
    titleIt: text(input.titleIt),
    titleEn: text(input.titleEn),
    descriptionIt: text(input.descriptionIt),
    descriptionEn: text(input.descriptionEn),
    s3Ecosystems: unique(input.s3Ecosystems),
    atecoSections: unique(input.atecoSections),
    tags: normaliseTags(input.tags),
    partnershipTypes: unique(input.partnershipTypes),
  };
  for (const suffix of ['It', 'En'] as const) {
    errors.check(
      `title${suffix}`,
      values[`title${suffix}`].length <= MARKETPLACE_LIMITS.titleMax,
      'TEXT_TOO_LONG',
    );
    errors.check(
      `description${suffix}`,
      values[`description${suffix}`].length <= MARKETPLACE_LIMITS.descriptionMax,
      'TEXT_TOO_LONG',
    );
  }
  const complete = (suffix: 'It' | 'En') =>
    values[`title${suffix}`] !== '' && values[`description${suffix}`] !== '';
  // a language half written would show one language's title over the other's description
  for (const suffix of ['It', 'En'] as const) {
    const [title, description] = [values[`title${suffix}`], values[`description${suffix}`]];
    if (title === '' && description !== '')
      errors.add(`title${suffix}`, 'MARKETPLACE_LANGUAGE_HALF_WRITTEN');
    if (description === '' && title !== '')
      errors.add(`description${suffix}`, 'MARKETPLACE_LANGUAGE_HALF_WRITTEN');
  }
  errors
    .check('language', complete('It') || complete('En'), 'MARKETPLACE_LANGUAGE_INCOMPLETE')
    .check(
      's3Ecosystems',
      values.s3Ecosystems.every((code) => includes(S3_ECOSYSTEMS.codes, code)),
      'ECOSYSTEM_INVALID',
    )
    .check(
      'atecoSections',
      values.atecoSections.every((code) => includes(ATECO_SECTIONS.codes, code)),
      'ATECO_INVALID',
    )
    .check(
      'tags',
      values.tags.length <= MAX_TAGS && values.tags.every((tag) => tag.length <= MAX_TAG_LENGTH),
      'TAGS_INVALID',
    )
    .check(
      'partnershipTypes',
      values.partnershipTypes.every((code) => includes(PARTNERSHIP_TYPES.codes, code)),
      'PARTNERSHIP_TYPES_INVALID',
    );
  return values;
}

/** Every field of an offer, or VALIDATION_FAILED with a code per field. */
export function validateOffer(input: TechnologyOfferInput): OfferValues {
  const errors = new FieldErrors();
  const item = checkItem(input, errors);
  const trl = input.trl ?? null;
  const contactPersonIds = unique(input.contactPersonIds);
  errors
    .check('trl', trl !== null && isTrl(trl), 'TRL_INVALID')
    .check('ipStatus', includes(IP_STATUSES, input.ipStatus), 'IP_STATUS_INVALID')
    .check(
      'contactPersonIds',
      contactPersonIds.length <= MARKETPLACE_LIMITS.contactPersonsMax &&
        contactPersonIds.every(isUuid),
      'CONTACT_PERSONS_INVALID',
    )
    .throwIfAny();
  return { ...item, trl: trl!, ipStatus: input.ipStatus as IpStatus, contactPersonIds };
}

/** Every field of a request, or VALIDATION_FAILED with a code per field. */
export function validateRequest(input: CollaborationRequestInput): RequestValues {
  const errors = new FieldErrors();
  const item = checkItem(input, errors);
  const trlMin = input.trlMin ?? null;
  const trlMax = input.trlMax ?? null;
  const partnerKinds = unique(input.partnerKinds);
  errors
    .check(
      'partnerKinds',
      partnerKinds.every((kind) => includes(ORGANISATION_KINDS.codes, kind)),
      'ORGANISATION_KINDS_INVALID',
    )
    // each end on its own field; an inverted range on the minimum
    .check('trlMin', trlMin === null || isTrl(trlMin), 'TRL_INVALID')
    .check('trlMax', trlMax === null || isTrl(trlMax), 'TRL_INVALID')
    .check('trlMin', trlMin === null || trlMax === null || trlMin <= trlMax, 'TRL_RANGE_INVALID')
    .check('budgetBand', includes(BUDGET_BANDS, input.budgetBand), 'BUDGET_BAND_INVALID')
    .throwIfAny();
  return {
    ...item,
    partnerKinds: partnerKinds as OrganisationKind[],
    trlMin,
    trlMax,
    acceptsLowerTrl: input.acceptsLowerTrl,
    budgetBand: input.budgetBand,
  };
}
