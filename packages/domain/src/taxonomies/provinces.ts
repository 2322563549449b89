import { defineTaxonomy } from './taxonomy.js';

/** The 12 provinces of Lombardy, by their official two-letter code. */
export const PROVINCES = defineTaxonomy('province', { it: 'Provincia', en: 'Province' }, [
  { code: 'BG', label: { it: 'Bergamo', en: 'Bergamo' } },
  { code: 'BS', label: { it: 'Brescia', en: 'Brescia' } },
  { code: 'CO', label: { it: 'Como', en: 'Como' } },
  { code: 'CR', label: { it: 'Cremona', en: 'Cremona' } },
  { code: 'LC', label: { it: 'Lecco', en: 'Lecco' } },
  { code: 'LO', label: { it: 'Lodi', en: 'Lodi' } },
  { code: 'MN', label: { it: 'Mantova', en: 'Mantua' } },
  { code: 'MI', label: { it: 'Milano', en: 'Milan' } },
  { code: 'MB', label: { it: 'Monza e Brianza', en: 'Monza and Brianza' } },
  { code: 'PV', label: { it: 'Pavia', en: 'Pavia' } },
  { code: 'SO', label: { it: 'Sondrio', en: 'Sondrio' } },
  { code: 'VA', label: { it: 'Varese', en: 'Varese' } },
]);
export type Province = (typeof PROVINCES.codes)[number];
