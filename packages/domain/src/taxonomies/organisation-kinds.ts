import { defineTaxonomy } from './taxonomy.js';

export const ORGANISATION_KINDS = defineTaxonomy(
  'organisation_kind',
  { it: 'Tipo di organizzazione', en: 'Organisation kind' },
  [
    { code: 'sme', label: { it: 'PMI', en: 'SME' } },
    { code: 'large_company', label: { it: 'Grande impresa', en: 'Large company' } },
    { code: 'startup', label: { it: 'Startup', en: 'Startup' } },
    { code: 'university', label: { it: 'Università', en: 'University' } },
    { code: 'research_centre', label: { it: 'Centro di ricerca', en: 'Research centre' } },
    {
      code: 'research_hospital',
      label: { it: 'Ospedale / IRCCS', en: 'Hospital / research hospital (IRCCS)' },
    },
    { code: 'public_body', label: { it: 'Ente pubblico', en: 'Public body' } },
    { code: 'cluster', label: { it: 'Cluster / associazione', en: 'Cluster / association' } },
    { code: 'investor', label: { it: 'Investitore', en: 'Investor' } },
  ],
);
export type OrganisationKind = (typeof ORGANISATION_KINDS.codes)[number];

/** "Research organisation" in the region's indicators: universities, research centres, IRCCS. */
export const RESEARCH_ORGANISATION_KINDS: readonly OrganisationKind[] = [
  'university',
  'research_centre',
  'research_hospital',
];

export function isResearchOrganisation(kind: OrganisationKind): boolean {
  return RESEARCH_ORGANISATION_KINDS.includes(kind);
}
