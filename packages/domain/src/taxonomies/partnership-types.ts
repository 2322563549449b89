import { defineTaxonomy } from './taxonomy.js';

export const PARTNERSHIP_TYPES = defineTaxonomy(
  'partnership_type',
  { it: 'Tipo di partnership', en: 'Partnership type' },
  [
    { code: 'licensing', label: { it: 'Licenza', en: 'Licensing' } },
    { code: 'joint_rnd', label: { it: 'Ricerca e sviluppo congiunta', en: 'Joint R&D' } },
    {
      code: 'technical_cooperation',
      label: { it: 'Cooperazione tecnica', en: 'Technical cooperation' },
    },
    { code: 'pilot', label: { it: 'Progetto pilota / banco di prova', en: 'Pilot / test-bed' } },
    {
      code: 'commercial_agreement',
      label: { it: 'Accordo di fornitura / commerciale', en: 'Supply / commercial agreement' },
    },
    { code: 'investment', label: { it: 'Investimento', en: 'Investment' } },
    { code: 'services', label: { it: 'Servizi', en: 'Services' } },
  ],
);
export type PartnershipType = (typeof PARTNERSHIP_TYPES.codes)[number];
