import { ATECO_SECTIONS } from './ateco-sections.js';
import { ORGANISATION_KINDS } from './organisation-kinds.js';
import { PARTNERSHIP_TYPES } from './partnership-types.js';
import { PROVINCES } from './provinces.js';
import { S3_ECOSYSTEMS } from './s3-ecosystems.js';
import type { TaxonomyDefinition } from './taxonomy.js';
import { TRL_LEVELS } from './trl-levels.js';

export * from './ateco-sections.js';
export * from './organisation-kinds.js';
export * from './partnership-types.js';
export * from './provinces.js';
export * from './s3-ecosystems.js';
export * from './taxonomy.js';
export * from './trl-levels.js';

/** Every taxonomy in display order: the Lombardy defaults the database is seeded with. */
export const TAXONOMIES: readonly TaxonomyDefinition[] = [
  ORGANISATION_KINDS,
  S3_ECOSYSTEMS,
  PROVINCES,
  ATECO_SECTIONS,
  TRL_LEVELS,
  PARTNERSHIP_TYPES,
];
