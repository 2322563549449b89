import type { LocalizedText } from '@oip/domain';
import { IndicatorUnit } from './models/indicator.model';

export interface IndicatorSeed {
  code: string;
  name: LocalizedText;
  unit: IndicatorUnit;
  baseline: number;
  target: number;
  targetDate: string;
  note?: LocalizedText;
  /** [ISO date, value]; "n.d." in the report is simply absent. */
  observations: [string, number][];
}

const DEC_2023 = '2023-12-31';
const DEC_2024 = '2024-12-31';
const APR_2025 = '2025-04-30';
const TARGET = '2027-12-31';

/** Lombardy's 2025 research and innovation report, indicators table (../shared/seed). */
export const LOMBARDY_INDICATORS: IndicatorSeed[] = [
  {
    code: 'research_prizes_resources',
    name: {
      it: 'Risorse destinate ai Premi Lombardia è Ricerca (nella legislatura, milioni di euro)',
      en: 'Resources for the “Lombardia è Ricerca” prizes (in the legislature, € million)',
    },
    unit: IndicatorUnit.EUR_MILLIONS,
    baseline: 0,
    target: 5.25,
    targetDate: TARGET,
    note: {
      it: 'Le risorse stanziate nella XI Legislatura erano state complessivamente 4,15 milioni.',
      en: 'Resources allocated in the 11th legislature totalled €4.15 million.',
    },
    observations: [
      [DEC_2023, 1.05],
      [DEC_2024, 2.08],
      [APR_2025, 3.1],
    ],
  },
  {
    code: 'companies_innovation_services',
    name: {
      it: 'Imprese destinatarie di servizi specialistici per l’innovazione e l’internazionalizzazione (all’anno)',
      en: 'Companies receiving specialised innovation and internationalisation services (per year)',
    },
    unit: IndicatorUnit.COUNT,
    baseline: 430,
    target: 450,
    targetDate: TARGET,
    observations: [
      [DEC_2023, 520],
      [DEC_2024, 530],
    ],
  },
  {
    code: 'companies_collaborating_with_research',
    name: {
      it: 'Imprese che collaborano con organizzazioni di ricerca (nella legislatura)',
      en: 'Companies collaborating with research organisations (in the legislature)',
    },
    unit: IndicatorUnit.COUNT,
    baseline: 0,
    target: 350,
    targetDate: TARGET,
    observations: [
      [DEC_2023, 0],
      [DEC_2024, 30],
    ],
  },
  {
    code: 'matched_investments',
    name: {
      it: 'Investimenti abbinati al sostegno pubblico (nella legislatura, milioni di euro)',
      en: 'Investments matched to public support (in the legislature, € million)',
    },
    unit: IndicatorUnit.EUR_MILLIONS,
    baseline: 0,
    target: 250,
    targetDate: TARGET,
    observations: [
      [DEC_2023, 1.52],
      [DEC_2024, 6.45],
      [APR_2025, 7],
    ],
  },
  {
    code: 'resources_granted',
    name: {
      it: 'Risorse concesse (nella legislatura, milioni di euro)',
      en: 'Resources granted (in the legislature, € million)',
    },
    unit: IndicatorUnit.EUR_MILLIONS,
    baseline: 0,
    target: 300,
    targetDate: TARGET,
    observations: [
      [DEC_2023, 22.37],
      [DEC_2024, 71],
      [APR_2025, 73.6],
    ],
  },
  {
    code: 'average_grant_per_beneficiary',
    name: {
      it: 'Importo medio di risorse concesse per beneficiario (euro)',
      en: 'Average grant per beneficiary (€)',
    },
    unit: IndicatorUnit.EUR,
    baseline: 0,
    target: 450000,
    targetDate: TARGET,
    note: {
      it: 'L’importo medio nella XI legislatura ammontava a 310 mila euro.',
      en: 'The average in the 11th legislature was €310,000.',
    },
    observations: [
      [DEC_2023, 447360],
      [DEC_2024, 583400],
      [APR_2025, 407000],
    ],
  },
  {
    code: 'companies_supported',
    name: {
      it: 'Imprese sostenute (nella legislatura)',
      en: 'Companies supported (in the legislature)',
    },
    unit: IndicatorUnit.COUNT,
    baseline: 0,
    target: 300,
    targetDate: TARGET,
    note: {
      it: 'Le imprese sostenute nella XI legislatura sono state 268. Le prime misure partiranno entro il 2025.',
      en: '268 companies were supported in the 11th legislature. The first measures start by 2025.',
    },
    observations: [
      [DEC_2023, 0],
      [DEC_2024, 0],
    ],
  },
];
