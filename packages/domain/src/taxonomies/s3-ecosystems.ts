import { defineTaxonomy } from './taxonomy.js';

/** The 8 innovation ecosystems of Lombardy's Smart Specialisation Strategy 2021–2027. */
export const S3_ECOSYSTEMS = defineTaxonomy(
  's3_ecosystem',
  { it: 'Ecosistema dell’innovazione S3', en: 'S3 innovation ecosystem' },
  [
    { code: 'nutrition', label: { it: 'Nutrizione', en: 'Nutrition' } },
    {
      code: 'health_life_science',
      label: { it: 'Salute e life science', en: 'Health and life science' },
    },
    {
      code: 'culture_knowledge',
      label: { it: 'Cultura e conoscenza', en: 'Culture and knowledge' },
    },
    {
      code: 'connectivity_information',
      label: { it: 'Connettività e informazione', en: 'Connectivity and information' },
    },
    {
      code: 'smart_mobility_architecture',
      label: { it: 'Smart mobility e architecture', en: 'Smart mobility and architecture' },
    },
    { code: 'sustainability', label: { it: 'Sostenibilità', en: 'Sustainability' } },
    { code: 'social_development', label: { it: 'Sviluppo sociale', en: 'Social development' } },
    {
      code: 'advanced_manufacturing',
      label: { it: 'Manifattura avanzata', en: 'Advanced manufacturing' },
    },
  ],
);
export type S3Ecosystem = (typeof S3_ECOSYSTEMS.codes)[number];
