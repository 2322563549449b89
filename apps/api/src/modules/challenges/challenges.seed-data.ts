import type {
  ChallengeAction,
  ChallengeStatus,
  ChallengeVisibility,
  OrganisationKind,
  RewardType,
} from '@oip/domain';

/** Fixed ids so reset finds them; organisations are the demo ones (organisations.seed-data). */
export const challengeId = (n: number) => `0c000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const demoOrganisationId = (n: number) =>
  `0d000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export interface DemoChallenge {
  id: string;
  organisation: number;
  author: string;
  status: ChallengeStatus;
  /** Days from the seed run: negative deadlines are in the past. */
  deadlineInDays: number;
  visibility: ChallengeVisibility;
  rewardType: RewardType;
  rewardAmount: number | null;
  s3Ecosystems: string[];
  tags: string[];
  soughtPartnerKinds: OrganisationKind[];
  trl: [number, number];
  it: { title: string; summary: string; problem: string; expectedResults: string };
  en: { title: string; summary: string; problem: string; expectedResults: string } | null;
  constraintsIt?: string;
}

/**
 * A challenge in every state of the lifecycle, so each demo account has something to do:
 * pmi@ owns a published one with questions and submissions, one in review (moderatore@
 * approves it) and a draft; ricerca@ evaluates one; startup@ drafts an answer.
 */
export const DEMO_CHALLENGES: DemoChallenge[] = [
  {
    id: challengeId(1),
    organisation: 1,
    author: 'pmi@demo.oip.it',
    status: 'published',
    deadlineInDays: 30,
    visibility: 'public',
    rewardType: 'pilot',
    rewardAmount: 40000,
    s3Ecosystems: ['advanced_manufacturing'],
    tags: ['manutenzione predittiva', 'iot', 'machine learning'],
    soughtPartnerKinds: ['startup', 'research_centre', 'university'],
    trl: [5, 7],
    it: {
      title: 'Manutenzione predittiva per presse idrauliche',
      summary:
        'Cerchiamo sensori e modelli che prevedano i guasti delle nostre presse prima che fermino la linea.',
      problem:
        'Le **fermate non pianificate** delle presse idrauliche costano circa 12 ore di produzione al mese.\n\n- 14 presse da 200 a 800 t\n- dati PLC disponibili dal 2021\n- nessun sensore di vibrazione installato',
      expectedResults:
        'Un prototipo su due presse in 6 mesi, con preavviso di almeno 48 ore sui guasti principali.',
    },
    en: {
      title: 'Predictive maintenance for hydraulic presses',
      summary:
        'We look for sensors and models that predict press failures before they stop the line.',
      problem:
        '**Unplanned stops** of our hydraulic presses cost about 12 production hours a month.\n\n- 14 presses from 200 to 800 t\n- PLC data available since 2021\n- no vibration sensors installed',
      expectedResults:
        'A prototype on two presses within 6 months, warning at least 48 hours before the main failures.',
    },
    constraintsIt: 'Installazione senza fermare la linea per più di un turno.',
  },
  {
    id: challengeId(2),
    organisation: 1,
    author: 'pmi@demo.oip.it',
    status: 'in_review',
    deadlineInDays: 45,
    visibility: 'public',
    rewardType: 'paid_contract',
    rewardAmount: 60000,
    s3Ecosystems: ['advanced_manufacturing', 'connectivity_information'],
    tags: ['visione artificiale', 'controllo qualità'],
    soughtPartnerKinds: ['startup', 'sme', 'research_centre'],
    trl: [6, 8],
    it: {
      title: 'Controllo qualità con visione artificiale sulle saldature',
      summary:
        'Vogliamo individuare in linea i difetti di saldatura oggi scoperti solo al collaudo.',
      problem: 'Il 3% dei pezzi saldati viene scartato a fine linea: troppo tardi.',
      expectedResults: 'Un sistema di ispezione in linea con meno dell’1% di falsi negativi.',
    },
    en: {
      title: 'Machine-vision quality control of welds',
      summary: 'We want to catch weld defects on the line, not at final inspection.',
      problem: '3% of welded parts are scrapped at the end of the line: too late.',
      expectedResults: 'An inline inspection system with under 1% false negatives.',
    },
  },
  {
    id: challengeId(3),
    organisation: 1,
    author: 'pmi@demo.oip.it',
    status: 'draft',
    deadlineInDays: 60,
    visibility: 'members',
    rewardType: 'co_development',
    rewardAmount: null,
    s3Ecosystems: ['sustainability'],
    tags: ['imballaggi', 'economia circolare'],
    soughtPartnerKinds: ['university', 'research_centre'],
    trl: [3, 5],
    it: {
      title: 'Imballaggi riciclabili per componenti pesanti',
      summary: 'Sostituire il polistirolo negli imballaggi dei nostri componenti.',
      problem: 'Spediamo 40 t di componenti al mese protetti da polistirolo non riciclato.',
      expectedResults: 'Un imballaggio riciclabile che superi le nostre prove di caduta.',
    },
    en: null,
  },
  {
    id: challengeId(4),
    organisation: 9,
    author: 'valentina.costa@demo.oip.it',
    status: 'evaluation',
    deadlineInDays: -10,
    visibility: 'public',
    rewardType: 'prize',
    rewardAmount: 15000,
    s3Ecosystems: ['nutrition'],
    tags: ['tracciabilità', 'filiera', 'blockchain'],
    soughtPartnerKinds: ['startup', 'university'],
    trl: [4, 7],
    it: {
      title: 'Tracciabilità della filiera del latte dalla stalla allo scaffale',
      summary: 'Dare ai consumatori la storia di ogni forma di formaggio, verificabile.',
      problem: 'Raccogliamo latte da 120 stalle e i dati di filiera sono ancora su carta.',
      expectedResults: 'Una piattaforma pilota su 10 stalle e un’etichetta con QR code.',
    },
    en: {
      title: 'Dairy supply-chain traceability from farm to shelf',
      summary: 'Give consumers the verifiable story of every wheel of cheese.',
      problem: 'We collect milk from 120 farms and supply-chain data is still on paper.',
      expectedResults: 'A pilot platform on 10 farms and a QR-code label.',
    },
  },
  {
    id: challengeId(5),
    organisation: 14,
    author: 'giovanni.bruno@demo.oip.it',
    status: 'closed',
    deadlineInDays: -2,
    visibility: 'public',
    rewardType: 'pilot',
    rewardAmount: 25000,
    s3Ecosystems: ['sustainability'],
    tags: ['accumulo energetico', 'montagna', 'batterie'],
    soughtPartnerKinds: ['startup', 'research_centre'],
    trl: [5, 8],
    it: {
      title: 'Accumulo energetico per rifugi alpini isolati',
      summary: 'Ridurre i generatori diesel nei rifugi non collegati alla rete.',
      problem: 'Otto rifugi sopra i 2.000 m usano generatori diesel per 5 mesi l’anno.',
      expectedResults: 'Un sistema di accumulo che copra l’80% del fabbisogno notturno.',
    },
    en: {
      title: 'Energy storage for off-grid alpine huts',
      summary: 'Cut diesel generators in huts that are not connected to the grid.',
      problem: 'Eight huts above 2,000 m run diesel generators five months a year.',
      expectedResults: 'A storage system covering 80% of the night-time demand.',
    },
  },
  {
    id: challengeId(6),
    organisation: 8,
    author: 'andrea.conti@demo.oip.it',
    status: 'awarded',
    deadlineInDays: -60,
    visibility: 'public',
    rewardType: 'paid_contract',
    rewardAmount: 120000,
    s3Ecosystems: ['advanced_manufacturing', 'sustainability'],
    tags: ['decarbonizzazione', 'acciaio', 'materiali'],
    soughtPartnerKinds: ['research_centre', 'university'],
    trl: [4, 6],
    it: {
      title: 'Refrattari a lunga durata per il forno elettrico',
      summary: 'Allungare la vita dei refrattari e ridurre le fermate per il rifacimento.',
      problem: 'Rifacciamo il rivestimento del forno ogni 9 settimane.',
      expectedResults: 'Materiali che raddoppino la durata del rivestimento.',
    },
    en: {
      title: 'Longer-lasting refractories for the electric arc furnace',
      summary: 'Extend refractory life and cut relining stops.',
      problem: 'We reline the furnace every 9 weeks.',
      expectedResults: 'Materials that double the lining’s life.',
    },
  },
  {
    id: challengeId(7),
    organisation: 16,
    author: 'matteo.fontana@demo.oip.it',
    status: 'cancelled',
    deadlineInDays: 20,
    visibility: 'public',
    rewardType: 'co_development',
    rewardAmount: null,
    s3Ecosystems: ['smart_mobility_architecture'],
    tags: ['droni', 'ispezione'],
    soughtPartnerKinds: ['startup'],
    trl: [6, 9],
    it: {
      title: 'Ispezione con droni delle superfici alari',
      summary: 'Sfida annullata: il progetto è confluito in un bando europeo.',
      problem: 'Le ispezioni visive delle ali richiedono 6 ore per velivolo.',
      expectedResults: 'Ispezioni automatiche in meno di un’ora.',
    },
    en: {
      title: 'Drone inspection of wing surfaces',
      summary: 'Challenge cancelled: the project moved to a European call.',
      problem: 'Visual wing inspections take 6 hours per aircraft.',
      expectedResults: 'Automated inspections in under an hour.',
    },
  },
  {
    id: challengeId(8),
    organisation: 8,
    author: 'andrea.conti@demo.oip.it',
    status: 'archived',
    deadlineInDays: -200,
    visibility: 'public',
    rewardType: 'prize',
    rewardAmount: 5000,
    s3Ecosystems: ['sustainability'],
    tags: ['scorie', 'riuso'],
    soughtPartnerKinds: ['university', 'startup'],
    trl: [3, 6],
    it: {
      title: 'Riuso delle scorie di acciaieria nei calcestruzzi',
      summary: 'Idee per dare un secondo uso alle scorie nere.',
      problem: 'Produciamo 30.000 t di scorie l’anno, oggi in discarica.',
      expectedResults: 'Una miscela certificabile per calcestruzzi non strutturali.',
    },
    en: null,
  },
  {
    id: challengeId(9),
    organisation: 14,
    author: 'giovanni.bruno@demo.oip.it',
    status: 'published',
    deadlineInDays: 21,
    visibility: 'members',
    rewardType: 'co_development',
    rewardAmount: null,
    s3Ecosystems: ['sustainability', 'connectivity_information'],
    tags: ['smart grid', 'comunità energetiche'],
    soughtPartnerKinds: ['startup', 'university', 'sme'],
    trl: [5, 7],
    it: {
      title: 'Gestione intelligente di una comunità energetica di valle',
      summary: 'Software per bilanciare produzione idroelettrica e consumi di 300 famiglie.',
      problem: 'La comunità energetica condivide solo il 40% dell’energia che produce.',
      expectedResults: 'Un algoritmo di bilanciamento provato per una stagione.',
    },
    en: {
      title: 'Smart management of a valley energy community',
      summary: 'Software balancing hydro production and the consumption of 300 households.',
      problem: 'The energy community shares only 40% of the energy it produces.',
      expectedResults: 'A balancing algorithm proven over one season.',
    },
  },
];

/** The path each status took, for the audit trail. */
export const STATUS_PATHS: Record<
  ChallengeStatus,
  [action: ChallengeAction, to: ChallengeStatus][]
> = {
  draft: [],
  in_review: [['submit_for_review', 'in_review']],
  published: [
    ['submit_for_review', 'in_review'],
    ['approve', 'published'],
  ],
  closed: [
    ['submit_for_review', 'in_review'],
    ['approve', 'published'],
    ['close', 'closed'],
  ],
  evaluation: [
    ['submit_for_review', 'in_review'],
    ['approve', 'published'],
    ['close', 'closed'],
    ['start_evaluation', 'evaluation'],
  ],
  awarded: [
    ['submit_for_review', 'in_review'],
    ['approve', 'published'],
    ['close', 'closed'],
    ['start_evaluation', 'evaluation'],
    ['award', 'awarded'],
  ],
  cancelled: [
    ['submit_for_review', 'in_review'],
    ['approve', 'published'],
    ['cancel', 'cancelled'],
  ],
  archived: [
    ['submit_for_review', 'in_review'],
    ['approve', 'published'],
    ['close', 'closed'],
    ['start_evaluation', 'evaluation'],
    ['award', 'awarded'],
    ['archive', 'archived'],
  ],
};

export interface DemoSubmission {
  id: string;
  challengeId: string;
  organisation: number;
  author: string;
  status: 'draft' | 'submitted';
  summary: string;
  approach: string;
  team: string;
  trl: number;
  budget: number | null;
}

const submissionId = (n: number) => `0e000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Proposals: startup@ has a draft to finish, ricerca@'s lab has submitted one. */
export const DEMO_SUBMISSIONS: DemoSubmission[] = [
  {
    id: submissionId(1),
    challengeId: challengeId(1),
    organisation: 5,
    author: 'startup@demo.oip.it',
    status: 'draft',
    summary: 'Sensori di vibrazione a basso costo e un modello che impara da ogni pressa.',
    approach: 'Partiamo dai dati PLC esistenti, poi aggiungiamo **tre sensori** per pressa.',
    team: 'Due data scientist e un tecnico di campo.',
    trl: 6,
    budget: 35000,
  },
  {
    id: submissionId(2),
    challengeId: challengeId(1),
    organisation: 4,
    author: 'ricerca@demo.oip.it',
    status: 'submitted',
    summary: 'Gemello digitale delle presse con stima della vita residua dei componenti.',
    approach: 'Modelli fisici del circuito idraulico combinati con reti neurali leggere.',
    team: 'Un professore associato, due assegnisti, un dottorando.',
    trl: 5,
    budget: 40000,
  },
  {
    id: submissionId(3),
    challengeId: challengeId(4),
    organisation: 5,
    author: 'startup@demo.oip.it',
    status: 'submitted',
    summary: 'Registro di filiera con sensori in stalla e QR code in etichetta.',
    approach: 'App per gli allevatori, lettura automatica dei dati di mungitura.',
    team: 'Tre sviluppatori, un agronomo.',
    trl: 6,
    budget: 15000,
  },
  {
    id: submissionId(4),
    challengeId: challengeId(4),
    organisation: 15,
    author: 'luca.marino@demo.oip.it',
    status: 'submitted',
    summary: 'Analisi genomica dei fermenti per certificare l’origine del formaggio.',
    approach: 'Campionamento mensile e confronto con una banca dati di ceppi locali.',
    team: 'Due biologi molecolari.',
    trl: 4,
    budget: 15000,
  },
  {
    id: submissionId(5),
    challengeId: challengeId(5),
    organisation: 7,
    author: 'francesca.greco@demo.oip.it',
    status: 'submitted',
    summary: 'Batterie al sodio adatte alle basse temperature.',
    approach: 'Celle sodio-ione con gestione termica passiva.',
    team: 'Laboratorio materiali per l’energia.',
    trl: 5,
    budget: 25000,
  },
  {
    id: submissionId(6),
    challengeId: challengeId(6),
    organisation: 7,
    author: 'francesca.greco@demo.oip.it',
    status: 'submitted',
    summary: 'Refrattari magnesia-carbonio con additivi nanostrutturati.',
    approach: 'Prove in forno pilota, poi una campagna in produzione.',
    team: 'Laboratorio ceramici avanzati.',
    trl: 5,
    budget: 110000,
  },
  {
    id: submissionId(7),
    challengeId: challengeId(6),
    organisation: 3,
    author: 'ricerca@demo.oip.it',
    status: 'submitted',
    summary: 'Monitoraggio termico del rivestimento per programmare il rifacimento.',
    approach: 'Fibre ottiche nel mantello e modello di usura.',
    team: 'Gruppo di misure meccaniche e termiche.',
    trl: 4,
    budget: 90000,
  },
];

/** Evaluators: ricerca@ is an invited expert on the dairy challenge. */
export const DEMO_EVALUATORS = [
  { challengeId: challengeId(4), email: 'valentina.costa@demo.oip.it' },
  { challengeId: challengeId(4), email: 'ricerca@demo.oip.it' },
  { challengeId: challengeId(6), email: 'andrea.conti@demo.oip.it' },
];

/** Clarification questions: one answered, one waiting for pmi@'s answer. */
export const DEMO_QUESTIONS = [
  {
    id: '0f000000-0000-4000-8000-000000000001',
    challengeId: challengeId(1),
    asker: 'ricerca@demo.oip.it',
    text: 'Le presse hanno già un PLC con accesso ai dati in tempo reale, o solo log giornalieri?',
    answer: 'Sì: PLC Siemens S7 con OPC UA, dati disponibili ogni 100 ms.',
    answeredBy: 'pmi@demo.oip.it',
    daysAgo: 8,
  },
  {
    id: '0f000000-0000-4000-8000-000000000002',
    challengeId: challengeId(1),
    asker: 'startup@demo.oip.it',
    text: 'Possiamo installare sensori wireless o servono cablaggi certificati?',
    answer: null,
    answeredBy: null,
    daysAgo: 2,
  },
  {
    id: '0f000000-0000-4000-8000-000000000003',
    challengeId: challengeId(4),
    asker: 'startup@demo.oip.it',
    text: 'Le stalle hanno copertura di rete mobile?',
    answer: 'Quasi tutte in 4G; tre stalle in collina solo in 2G.',
    answeredBy: 'valentina.costa@demo.oip.it',
    daysAgo: 30,
  },
];

/** The confidential part of the predictive-maintenance brief (non-disclosure terms first). */
export const DEMO_CONFIDENTIAL_BRIEF = {
  challengeId: challengeId(1),
  author: 'pmi@demo.oip.it',
  termsText:
    'Accettando, la tua organizzazione si impegna a non divulgare i dati tecnici delle presse e a usarli solo per preparare la proposta.',
  details:
    '## Dati disponibili\n\n- 3 anni di allarmi PLC (CSV, 2,1 GB)\n- schede tecniche delle presse P-400 e P-800\n- storico interventi di manutenzione',
};

const criterionId = (n: number) => `0a000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The same three weighted criteria on every challenge that has (or had) submissions. */
export const DEMO_CRITERIA = [1, 4, 5, 6].flatMap((challenge, index) =>
  (
    [
      ['Fattibilità tecnica', 'Technical feasibility', 50],
      ['Impatto sul processo', 'Impact on the process', 30],
      ['Costi e tempi', 'Cost and time', 20],
    ] as const
  ).map(([nameIt, nameEn, weight], position) => ({
    id: criterionId(index * 10 + position + 1),
    challengeId: challengeId(challenge),
    position,
    nameIt,
    nameEn,
    weight,
  })),
);

/**
 * Scores (1–5, per criterion in order): on the dairy challenge Valentina has scored, ricerca@
 * has not yet; the refractories challenge was scored, locked and awarded.
 */
export const DEMO_SCORES = [
  {
    challenge: 4,
    submission: submissionId(3),
    evaluator: 'valentina.costa@demo.oip.it',
    scores: [4, 4, 5],
  },
  {
    challenge: 4,
    submission: submissionId(4),
    evaluator: 'valentina.costa@demo.oip.it',
    scores: [3, 4, 3],
  },
  {
    challenge: 6,
    submission: submissionId(6),
    evaluator: 'andrea.conti@demo.oip.it',
    scores: [5, 4, 3],
  },
  {
    challenge: 6,
    submission: submissionId(7),
    evaluator: 'andrea.conti@demo.oip.it',
    scores: [3, 3, 4],
  },
];

/** The refractories challenge's outcome: the materials centre won. */
export const DEMO_RESULTS = [
  {
    submissionId: submissionId(6),
    challengeId: challengeId(6),
    shortlisted: true,
    winner: true,
    feedback: 'Proposta solida, con prove in forno pilota già pianificate. Complimenti!',
  },
  {
    submissionId: submissionId(7),
    challengeId: challengeId(6),
    shortlisted: true,
    winner: false,
    feedback: 'Idea interessante per il monitoraggio: la terremo presente per un progetto futuro.',
  },
];
