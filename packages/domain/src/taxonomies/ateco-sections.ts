import { defineTaxonomy } from './taxonomy.js';

/** ATECO 2007 sections (the Italian NACE Rev. 2), A–U. */
export const ATECO_SECTIONS = defineTaxonomy(
  'ateco_section',
  { it: 'Sezione ATECO', en: 'ATECO section' },
  [
    {
      code: 'A',
      label: { it: 'Agricoltura, silvicoltura e pesca', en: 'Agriculture, forestry and fishing' },
    },
    {
      code: 'B',
      label: { it: 'Estrazione di minerali da cave e miniere', en: 'Mining and quarrying' },
    },
    { code: 'C', label: { it: 'Attività manifatturiere', en: 'Manufacturing' } },
    {
      code: 'D',
      label: {
        it: 'Fornitura di energia elettrica, gas, vapore e aria condizionata',
        en: 'Electricity, gas, steam and air conditioning supply',
      },
    },
    {
      code: 'E',
      label: {
        it: 'Fornitura di acqua; reti fognarie, gestione dei rifiuti e risanamento',
        en: 'Water supply; sewerage, waste management and remediation',
      },
    },
    { code: 'F', label: { it: 'Costruzioni', en: 'Construction' } },
    {
      code: 'G',
      label: {
        it: 'Commercio all’ingrosso e al dettaglio; riparazione di autoveicoli e motocicli',
        en: 'Wholesale and retail trade; repair of motor vehicles and motorcycles',
      },
    },
    { code: 'H', label: { it: 'Trasporto e magazzinaggio', en: 'Transportation and storage' } },
    {
      code: 'I',
      label: {
        it: 'Attività dei servizi di alloggio e di ristorazione',
        en: 'Accommodation and food service activities',
      },
    },
    {
      code: 'J',
      label: { it: 'Servizi di informazione e comunicazione', en: 'Information and communication' },
    },
    {
      code: 'K',
      label: {
        it: 'Attività finanziarie e assicurative',
        en: 'Financial and insurance activities',
      },
    },
    { code: 'L', label: { it: 'Attività immobiliari', en: 'Real estate activities' } },
    {
      code: 'M',
      label: {
        it: 'Attività professionali, scientifiche e tecniche',
        en: 'Professional, scientific and technical activities',
      },
    },
    {
      code: 'N',
      label: {
        it: 'Noleggio, agenzie di viaggio, servizi di supporto alle imprese',
        en: 'Administrative and support service activities',
      },
    },
    {
      code: 'O',
      label: {
        it: 'Amministrazione pubblica e difesa; assicurazione sociale obbligatoria',
        en: 'Public administration and defence; compulsory social security',
      },
    },
    { code: 'P', label: { it: 'Istruzione', en: 'Education' } },
    {
      code: 'Q',
      label: { it: 'Sanità e assistenza sociale', en: 'Human health and social work activities' },
    },
    {
      code: 'R',
      label: {
        it: 'Attività artistiche, sportive, di intrattenimento e divertimento',
        en: 'Arts, entertainment and recreation',
      },
    },
    { code: 'S', label: { it: 'Altre attività di servizi', en: 'Other service activities' } },
    {
      code: 'T',
      label: {
        it: 'Attività di famiglie e convivenze come datori di lavoro per personale domestico',
        en: 'Activities of households as employers',
      },
    },
    {
      code: 'U',
      label: {
        it: 'Organizzazioni ed organismi extraterritoriali',
        en: 'Activities of extraterritorial organisations and bodies',
      },
    },
  ],
);
export type AtecoSection = (typeof ATECO_SECTIONS.codes)[number];
