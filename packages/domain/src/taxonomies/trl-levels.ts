import { defineTaxonomy } from './taxonomy.js';

/** Technology Readiness Levels, EU Horizon definitions. */
export const TRL_LEVELS = defineTaxonomy(
  'trl',
  { it: 'Livello di maturità tecnologica (TRL)', en: 'Technology readiness level (TRL)' },
  [
    {
      code: '1',
      label: { it: 'TRL 1', en: 'TRL 1' },
      description: { it: 'Principi di base osservati', en: 'Basic principles observed' },
    },
    {
      code: '2',
      label: { it: 'TRL 2', en: 'TRL 2' },
      description: { it: 'Concetto tecnologico formulato', en: 'Technology concept formulated' },
    },
    {
      code: '3',
      label: { it: 'TRL 3', en: 'TRL 3' },
      description: { it: 'Prova di concetto sperimentale', en: 'Experimental proof of concept' },
    },
    {
      code: '4',
      label: { it: 'TRL 4', en: 'TRL 4' },
      description: {
        it: 'Tecnologia convalidata in laboratorio',
        en: 'Technology validated in lab',
      },
    },
    {
      code: '5',
      label: { it: 'TRL 5', en: 'TRL 5' },
      description: {
        it: 'Tecnologia convalidata in ambiente rilevante',
        en: 'Technology validated in relevant environment',
      },
    },
    {
      code: '6',
      label: { it: 'TRL 6', en: 'TRL 6' },
      description: {
        it: 'Tecnologia dimostrata in ambiente rilevante',
        en: 'Technology demonstrated in relevant environment',
      },
    },
    {
      code: '7',
      label: { it: 'TRL 7', en: 'TRL 7' },
      description: {
        it: 'Dimostrazione di un prototipo di sistema in ambiente operativo',
        en: 'System prototype demonstration in operational environment',
      },
    },
    {
      code: '8',
      label: { it: 'TRL 8', en: 'TRL 8' },
      description: { it: 'Sistema completo e qualificato', en: 'System complete and qualified' },
    },
    {
      code: '9',
      label: { it: 'TRL 9', en: 'TRL 9' },
      description: {
        it: 'Sistema reale provato in ambiente operativo',
        en: 'Actual system proven in operational environment',
      },
    },
  ],
);
export type TrlCode = (typeof TRL_LEVELS.codes)[number];
export const TRL_MIN = 1;
export const TRL_MAX = 9;

export function isTrl(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= TRL_MIN && (value as number) <= TRL_MAX;
}
