import type { LocalizedText } from '../i18n.js';

export interface TaxonomyTermDefinition<Code extends string = string> {
  readonly code: Code;
  readonly label: LocalizedText;
  readonly description?: LocalizedText;
}

export interface TaxonomyDefinition<Code extends string = string> {
  readonly key: TaxonomyKey;
  readonly name: LocalizedText;
  readonly terms: readonly TaxonomyTermDefinition<Code>[];
}

export const TAXONOMY_KEYS = [
  'organisation_kind',
  's3_ecosystem',
  'province',
  'ateco_section',
  'trl',
  'partnership_type',
] as const;
export type TaxonomyKey = (typeof TAXONOMY_KEYS)[number];

/** Builds a typed taxonomy and the list of its codes from one literal table. */
export function defineTaxonomy<const Code extends string>(
  key: TaxonomyKey,
  name: LocalizedText,
  terms: readonly TaxonomyTermDefinition<Code>[],
): TaxonomyDefinition<Code> & { codes: readonly Code[] } {
  return { key, name, terms, codes: terms.map((term) => term.code) };
}
