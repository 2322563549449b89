import {
  ATECO_SECTIONS,
  isValidEuVat,
  isValidItalianVat,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  normaliseTags,
  normaliseVat,
  ORGANISATION_KINDS,
  PROVINCES,
  S3_ECOSYSTEMS,
  SIZE_BANDS,
  isTrl,
  type OrganisationKind,
  type SizeBand,
} from '@oip/domain';
import { FieldErrors } from '../../common/errors/field-errors';
import type { OrganisationInput } from './dto/organisation.inputs';

export interface OrganisationValues {
  kind: OrganisationKind;
  legalName: string;
  displayName: string;
  vatNumber: string | null;
  website: string | null;
  country: string;
  region: string | null;
  province: string | null;
  sizeBand: SizeBand | null;
  atecoSection: string | null;
  s3Ecosystems: string[];
  competences: string[];
  trlMin: number | null;
  trlMax: number | null;
  descriptionIt: string;
  descriptionEn: string;
  parentId: string | null;
}

const clean = (value: string | null | undefined) => value?.trim() || null;
const includes = (list: readonly string[], value: string) => list.includes(value);

/** Checks every field and returns normalised values, or fails with a code per invalid field. */
export function validateOrganisation(input: OrganisationInput): OrganisationValues {
  const errors = new FieldErrors();
  const country = input.country.trim().toUpperCase();
  const vat = clean(input.vatNumber);
  const normalisedVat = vat ? normaliseVat(vat) : null;
  const italian = country === 'IT';
  const website = clean(input.website);
  const province = clean(input.province)?.toUpperCase() ?? null;
  const competences = normaliseTags(input.competences);
  const trlMin = input.trlMin ?? null;
  const trlMax = input.trlMax ?? null;

  errors
    .check('kind', includes(ORGANISATION_KINDS.codes, input.kind), 'ORGANISATION_KIND_INVALID')
    .check('legalName', input.legalName.trim().length > 0, 'LEGAL_NAME_REQUIRED')
    .check('legalName', input.legalName.trim().length <= 200, 'TEXT_TOO_LONG')
    .check('displayName', input.displayName.trim().length > 0, 'DISPLAY_NAME_REQUIRED')
    .check('displayName', input.displayName.trim().length <= 120, 'TEXT_TOO_LONG')
    .check('country', /^[A-Z]{2}$/.test(country), 'COUNTRY_INVALID')
    .check(
      'vatNumber',
      !normalisedVat || (italian ? isValidItalianVat(normalisedVat) : isValidEuVat(normalisedVat)),
      'VAT_INVALID',
    )
    .check('website', !website || isHttpUrl(website), 'WEBSITE_INVALID')
    .check('province', !province || includes(PROVINCES.codes, province), 'PROVINCE_INVALID')
    .check('sizeBand', !input.sizeBand || includes(SIZE_BANDS, input.sizeBand), 'SIZE_BAND_INVALID')
    .check(
      'atecoSection',
      !input.atecoSection || includes(ATECO_SECTIONS.codes, input.atecoSection),
      'ATECO_INVALID',
    )
    .check(
      's3Ecosystems',
      input.s3Ecosystems.every((code) => includes(S3_ECOSYSTEMS.codes, code)),
      'ECOSYSTEM_INVALID',
    )
    .check(
      'competences',
      competences.length <= MAX_TAGS && competences.every((tag) => tag.length <= MAX_TAG_LENGTH),
      'TAGS_INVALID',
    )
    .check(
      'trlMin',
      (trlMin === null || isTrl(trlMin)) &&
        (trlMax === null || isTrl(trlMax)) &&
        (trlMin === null || trlMax === null || trlMin <= trlMax),
      'TRL_RANGE_INVALID',
    )
    .check('descriptionIt', input.descriptionIt.length <= 5000, 'TEXT_TOO_LONG')
    .check('descriptionEn', input.descriptionEn.length <= 5000, 'TEXT_TOO_LONG')
    .throwIfAny();

  return {
    kind: input.kind as OrganisationKind,
    legalName: input.legalName.trim(),
    displayName: input.displayName.trim(),
    // an Italian number is stored without its prefix whatever the organisation's country, so
    // "IT0…" from a foreign organisation registered in Italy collides with "0…" (VAT_TAKEN)
    vatNumber: normalisedVat ? normalisedVat.replace(/^IT/, '') : null,
    website,
    country,
    region: clean(input.region),
    province,
    sizeBand: (input.sizeBand as SizeBand | null | undefined) ?? null,
    atecoSection: clean(input.atecoSection),
    s3Ecosystems: [...new Set(input.s3Ecosystems)],
    competences,
    trlMin,
    trlMax,
    descriptionIt: input.descriptionIt.trim(),
    descriptionEn: input.descriptionEn.trim(),
    parentId: clean(input.parentId),
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && value.length <= 300;
  } catch {
    return false;
  }
}
