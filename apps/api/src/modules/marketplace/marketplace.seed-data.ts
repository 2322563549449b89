import type { BudgetBand, IpStatus, MarketplaceStatus, OrganisationKind } from '@oip/domain';

// Fixed ids so reset finds them; organisations are those of organisations.seed-data.ts.
export const offerId = (n: number) => `7e000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const requestId = (n: number) => `7f000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const demoOrganisationId = (n: number) =>
  `0d000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

interface DemoItem {
  id: string;
  /** number of the demo organisation */
  organisation: number;
  status: MarketplaceStatus;
  /** published this many days ago (ignored for drafts) */
  publishedDaysAgo: number;
  it: { title: string; description: string };
  en: { title: string; description: string };
  s3Ecosystems: string[];
  atecoSections: string[];
  tags: string[];
  partnershipTypes: string[];
}

export interface DemoOffer extends DemoItem {
  trl: number;
  ipStatus: IpStatus;
}

export interface DemoRequest extends DemoItem {
  partnerKinds: OrganisationKind[];
  trlMin: number | null;
  trlMax: number | null;
  acceptsLowerTrl: boolean;
  budgetBand: BudgetBand;
}

const text = (title: string, description: string) => ({ title, description });

/** Offers by the research organisations (2, 3, 4, 6, 7) and startups (5, 10, 15). */
export const DEMO_OFFERS: DemoOffer[] = [
  {
    id: offerId(1),
    organisation: 4,
    status: 'published',
    publishedDaysAgo: 20,
    it: text(
      'Visione artificiale per il controllo qualità in linea',
      'Sistema di **visione artificiale** con reti neurali addestrate su pochi esempi: riconosce difetti superficiali su pezzi lavorati a macchina, a velocità di linea.\n\n- integrazione con PLC\n- addestramento in una giornata',
    ),
    en: text(
      'Machine vision for in-line quality control',
      'A **machine vision** system with neural networks trained on few examples: it spots surface defects on machined parts at line speed.\n\n- PLC integration\n- trained in a day',
    ),
    s3Ecosystems: ['advanced_manufacturing'],
    atecoSections: ['C'],
    tags: ['visione artificiale', 'controllo qualità', 'machine learning'],
    partnershipTypes: ['licensing', 'pilot'],
    trl: 6,
    ipStatus: 'pending_patent',
  },
  {
    id: offerId(2),
    organisation: 4,
    status: 'published',
    publishedDaysAgo: 60,
    it: text(
      'Robot collaborativi per l’assemblaggio di piccoli lotti',
      'Celle robotiche collaborative riconfigurabili per l’assemblaggio di piccoli lotti, programmabili per dimostrazione dall’operatore.',
    ),
    en: text(
      'Collaborative robots for small-batch assembly',
      'Reconfigurable collaborative robot cells for small-batch assembly, programmed by demonstration by the operator.',
    ),
    s3Ecosystems: ['advanced_manufacturing'],
    atecoSections: ['C'],
    tags: ['robotica collaborativa', 'automazione', 'assemblaggio'],
    partnershipTypes: ['joint_rnd', 'technical_cooperation'],
    trl: 5,
    ipStatus: 'know_how',
  },
  {
    id: offerId(3),
    organisation: 2,
    status: 'published',
    publishedDaysAgo: 35,
    it: text(
      'Gemello digitale per la manutenzione predittiva',
      'Modelli ibridi fisici e statistici che stimano la vita residua di presse e mandrini dai dati dei sensori di vibrazione.',
    ),
    en: text(
      'Digital twin for predictive maintenance',
      'Hybrid physical and statistical models that estimate the remaining life of presses and spindles from vibration sensor data.',
    ),
    s3Ecosystems: ['advanced_manufacturing', 'connectivity_information'],
    atecoSections: ['C', 'J'],
    tags: ['manutenzione predittiva', 'iot', 'gemello digitale'],
    partnershipTypes: ['joint_rnd', 'licensing'],
    trl: 4,
    ipStatus: 'granted_patent',
  },
  {
    id: offerId(4),
    organisation: 3,
    status: 'published',
    publishedDaysAgo: 90,
    it: text(
      'Leghe leggere stampate in 3D per componenti strutturali',
      'Processi di fusione laser a letto di polvere per leghe di alluminio e titanio, con trattamenti termici ottimizzati.',
    ),
    en: text(
      '3D-printed light alloys for structural parts',
      'Laser powder bed fusion processes for aluminium and titanium alloys, with optimised heat treatments.',
    ),
    s3Ecosystems: ['advanced_manufacturing', 'smart_mobility_architecture'],
    atecoSections: ['C'],
    tags: ['manifattura additiva', 'leghe leggere', 'aerospazio'],
    partnershipTypes: ['joint_rnd', 'services'],
    trl: 6,
    ipStatus: 'know_how',
  },
  {
    id: offerId(5),
    organisation: 7,
    status: 'published',
    publishedDaysAgo: 15,
    it: text(
      'Rivestimenti anticorrosione senza cromo',
      'Rivestimenti sol-gel nanostrutturati che sostituiscono il cromo esavalente su acciaio e alluminio.',
    ),
    en: text(
      'Chromium-free anti-corrosion coatings',
      'Nanostructured sol-gel coatings replacing hexavalent chromium on steel and aluminium.',
    ),
    s3Ecosystems: ['advanced_manufacturing', 'sustainability'],
    atecoSections: ['C'],
    tags: ['rivestimenti', 'corrosione', 'materiali'],
    partnershipTypes: ['licensing', 'technical_cooperation'],
    trl: 5,
    ipStatus: 'granted_patent',
  },
  {
    id: offerId(6),
    organisation: 7,
    status: 'published',
    publishedDaysAgo: 120,
    it: text(
      'Recupero dell’acciaio dalle scorie di acciaieria',
      'Processo di separazione magnetica e flottazione che recupera il ferro dalle scorie e ne riduce il conferimento in discarica.',
    ),
    en: text(
      'Recovering steel from steelworks slag',
      'A magnetic separation and flotation process that recovers iron from slag and cuts landfill.',
    ),
    s3Ecosystems: ['sustainability'],
    atecoSections: ['C', 'E'],
    tags: ['economia circolare', 'siderurgia', 'scorie'],
    partnershipTypes: ['pilot', 'joint_rnd'],
    trl: 7,
    ipStatus: 'pending_patent',
  },
  {
    id: offerId(7),
    organisation: 6,
    status: 'published',
    publishedDaysAgo: 45,
    it: text(
      'Telemonitoraggio dei pazienti cardiopatici',
      'Piattaforma clinica validata per il telemonitoraggio di pazienti con scompenso cardiaco, con allarmi predittivi.',
    ),
    en: text(
      'Remote monitoring of heart patients',
      'A clinically validated platform for remote monitoring of heart failure patients, with predictive alerts.',
    ),
    s3Ecosystems: ['health_life_science'],
    atecoSections: ['Q'],
    tags: ['telemedicina', 'cardiologia', 'dispositivi medici'],
    partnershipTypes: ['pilot', 'licensing'],
    trl: 7,
    ipStatus: 'know_how',
  },
  {
    id: offerId(8),
    organisation: 5,
    status: 'published',
    publishedDaysAgo: 10,
    it: text(
      'Sensori di umidità del suolo a basso consumo',
      'Sonde LoRaWAN alimentate a energia solare che misurano umidità e salinità del suolo per l’irrigazione di precisione.',
    ),
    en: text(
      'Low-power soil moisture sensors',
      'Solar-powered LoRaWAN probes measuring soil moisture and salinity for precision irrigation.',
    ),
    s3Ecosystems: ['nutrition', 'sustainability'],
    atecoSections: ['A'],
    tags: ['agricoltura di precisione', 'iot', 'sensori'],
    partnershipTypes: ['commercial_agreement', 'pilot'],
    trl: 8,
    ipStatus: 'none',
  },
  {
    id: offerId(9),
    organisation: 10,
    status: 'published',
    publishedDaysAgo: 30,
    it: text(
      'Ottimizzazione dei percorsi per la logistica urbana',
      'Algoritmi di instradamento in tempo reale per consegne dell’ultimo miglio con veicoli elettrici e cargo bike.',
    ),
    en: text(
      'Route optimisation for urban logistics',
      'Real-time routing algorithms for last-mile deliveries by electric vans and cargo bikes.',
    ),
    s3Ecosystems: ['smart_mobility_architecture'],
    atecoSections: ['H', 'J'],
    tags: ['logistica', 'mobilità elettrica', 'ottimizzazione'],
    partnershipTypes: ['services', 'investment'],
    trl: 7,
    ipStatus: 'open_source',
  },
  {
    id: offerId(10),
    organisation: 15,
    status: 'published',
    publishedDaysAgo: 50,
    it: text(
      'Fermentazione di precisione per proteine del latte',
      'Ceppi di lievito ingegnerizzati che producono siero proteine identiche a quelle del latte, senza animali.',
    ),
    en: text(
      'Precision fermentation for milk proteins',
      'Engineered yeast strains producing whey proteins identical to those of milk, animal-free.',
    ),
    s3Ecosystems: ['nutrition', 'health_life_science'],
    atecoSections: ['C'],
    tags: ['biotecnologie', 'lattiero-caseario', 'fermentazione'],
    partnershipTypes: ['joint_rnd', 'investment'],
    trl: 4,
    ipStatus: 'pending_patent',
  },
  {
    id: offerId(11),
    organisation: 2,
    status: 'expired',
    publishedDaysAgo: 400,
    it: text(
      'Reti elettriche intelligenti per comunità energetiche',
      'Controllori per lo scambio di energia tra impianti fotovoltaici, accumuli e utenze di una comunità energetica.',
    ),
    en: text(
      'Smart grids for energy communities',
      'Controllers for energy sharing between photovoltaic plants, storage and users of an energy community.',
    ),
    s3Ecosystems: ['sustainability'],
    atecoSections: ['D'],
    tags: ['comunità energetiche', 'fotovoltaico', 'smart grid'],
    partnershipTypes: ['joint_rnd', 'technical_cooperation'],
    trl: 6,
    ipStatus: 'know_how',
  },
  {
    id: offerId(12),
    organisation: 3,
    status: 'draft',
    publishedDaysAgo: 0,
    it: text(
      'Banco prova per trasmissioni meccaniche',
      'Banco prova instrumentato per la caratterizzazione a fatica di riduttori e trasmissioni.',
    ),
    en: text(
      'Test bench for mechanical transmissions',
      'An instrumented bench for fatigue testing of gearboxes and transmissions.',
    ),
    s3Ecosystems: ['advanced_manufacturing'],
    atecoSections: ['C', 'M'],
    tags: ['prove meccaniche', 'fatica', 'trasmissioni'],
    partnershipTypes: ['services'],
    trl: 9,
    ipStatus: 'none',
  },
];

/** Requests by the demo companies (1, 8, 9, 14, 16). */
export const DEMO_REQUESTS: DemoRequest[] = [
  {
    id: requestId(1),
    organisation: 1,
    status: 'published',
    publishedDaysAgo: 12,
    it: text(
      'Cerchiamo un sistema di ispezione visiva dei pezzi torniti',
      'Vogliamo ridurre gli scarti individuando in linea graffi e bave sui pezzi torniti. Cerchiamo un partner per un pilota di sei mesi.',
    ),
    en: text(
      'Looking for visual inspection of turned parts',
      'We want to cut scrap by spotting scratches and burrs on turned parts in line. We look for a partner for a six-month pilot.',
    ),
    s3Ecosystems: ['advanced_manufacturing'],
    atecoSections: ['C'],
    tags: ['visione artificiale', 'controllo qualità'],
    partnershipTypes: ['pilot', 'licensing'],
    partnerKinds: ['research_centre', 'university', 'startup'],
    trlMin: 5,
    trlMax: 8,
    acceptsLowerTrl: false,
    budgetBand: '50k_250k',
  },
  {
    id: requestId(2),
    organisation: 8,
    status: 'published',
    publishedDaysAgo: 25,
    it: text(
      'Valorizzazione delle scorie di acciaieria',
      'Cerchiamo tecnologie per recuperare metalli e riutilizzare le scorie come materiale da costruzione.',
    ),
    en: text(
      'Putting steelworks slag to use',
      'We look for technologies to recover metals and reuse slag as a building material.',
    ),
    s3Ecosystems: ['sustainability', 'advanced_manufacturing'],
    atecoSections: ['C', 'E'],
    tags: ['economia circolare', 'siderurgia', 'scorie'],
    partnershipTypes: ['joint_rnd', 'pilot'],
    partnerKinds: ['research_centre', 'university'],
    trlMin: 6,
    trlMax: 9,
    acceptsLowerTrl: true,
    budgetBand: '250k_1m',
  },
  {
    id: requestId(3),
    organisation: 9,
    status: 'published',
    publishedDaysAgo: 40,
    it: text(
      'Nuovi prodotti caseari ad alto contenuto proteico',
      'Una latteria del Lodigiano cerca partner di ricerca per sviluppare yogurt e formaggi freschi arricchiti di proteine.',
    ),
    en: text(
      'New high-protein dairy products',
      'A dairy in the Lodi area looks for research partners to develop protein-enriched yoghurts and fresh cheeses.',
    ),
    s3Ecosystems: ['nutrition'],
    atecoSections: ['C'],
    tags: ['lattiero-caseario', 'proteine', 'nuovi prodotti'],
    partnershipTypes: ['joint_rnd'],
    partnerKinds: ['university', 'research_centre', 'startup'],
    trlMin: 3,
    trlMax: 6,
    acceptsLowerTrl: false,
    budgetBand: 'under_50k',
  },
  {
    id: requestId(4),
    organisation: 16,
    status: 'published',
    publishedDaysAgo: 8,
    it: text(
      'Componenti strutturali alleggeriti per velivoli',
      'Cerchiamo processi di manifattura additiva qualificabili per staffe e supporti in lega leggera.',
    ),
    en: text(
      'Lightweight structural parts for aircraft',
      'We look for qualifiable additive manufacturing processes for light-alloy brackets and supports.',
    ),
    s3Ecosystems: ['advanced_manufacturing', 'smart_mobility_architecture'],
    atecoSections: ['C'],
    tags: ['manifattura additiva', 'aerospazio', 'leghe leggere'],
    partnershipTypes: ['joint_rnd', 'commercial_agreement'],
    partnerKinds: ['research_centre', 'university'],
    trlMin: 5,
    trlMax: 7,
    acceptsLowerTrl: false,
    budgetBand: 'over_1m',
  },
  {
    id: requestId(5),
    organisation: 14,
    status: 'published',
    publishedDaysAgo: 70,
    it: text(
      'Gestione di una comunità energetica in Valtellina',
      'Cerchiamo software e competenze per gestire lo scambio di energia tra i soci di una comunità energetica montana.',
    ),
    en: text(
      'Running an energy community in Valtellina',
      'We look for software and expertise to manage energy sharing between members of a mountain energy community.',
    ),
    s3Ecosystems: ['sustainability'],
    atecoSections: ['D'],
    tags: ['comunità energetiche', 'smart grid'],
    partnershipTypes: ['technical_cooperation', 'services'],
    partnerKinds: ['university', 'startup'],
    trlMin: 6,
    trlMax: null,
    acceptsLowerTrl: false,
    budgetBand: 'undisclosed',
  },
  {
    id: requestId(6),
    organisation: 1,
    status: 'draft',
    publishedDaysAgo: 0,
    it: text(
      'Automazione del carico macchine',
      'Bozza: valutiamo robot collaborativi per il carico e scarico dei centri di lavoro nel turno notturno.',
    ),
    en: text(
      'Automating machine tending',
      'Draft: we are assessing collaborative robots to load and unload machining centres on the night shift.',
    ),
    s3Ecosystems: ['advanced_manufacturing'],
    atecoSections: ['C'],
    tags: ['robotica collaborativa', 'automazione'],
    partnershipTypes: ['commercial_agreement'],
    partnerKinds: ['startup', 'research_centre'],
    trlMin: 7,
    trlMax: 9,
    acceptsLowerTrl: false,
    budgetBand: '50k_250k',
  },
];
