// Sentence templates for descriptions. Several wordings per slot, chosen by the seeded PRNG, so
// two descriptions of the same kind rarely read alike; Italian and English are written, not
// translated word by word.
import { FIELDS, PUBLIC_BODIES, PLACES } from './lexicon.mjs';

/** Italian articulated prepositions: "in" + "il rilevamento" → "nel rilevamento". */
function prep(p, phrase) {
  const forms = {
    in: {
      'il ': 'nel ',
      'lo ': 'nello ',
      'la ': 'nella ',
      'l’': 'nell’',
      'i ': 'nei ',
      'gli ': 'negli ',
      'le ': 'nelle ',
    },
    su: {
      'il ': 'sul ',
      'lo ': 'sullo ',
      'la ': 'sulla ',
      'l’': 'sull’',
      'i ': 'sui ',
      'gli ': 'sugli ',
      'le ': 'sulle ',
    },
    di: {
      'il ': 'del ',
      'lo ': 'dello ',
      'la ': 'della ',
      'l’': 'dell’',
      'i ': 'dei ',
      'gli ': 'degli ',
      'le ': 'delle ',
    },
  }[p];
  for (const [article, joined] of Object.entries(forms))
    if (phrase.startsWith(article)) return joined + phrase.slice(article.length);
  return `${p} ${phrase}`;
}
const lower = (s) => s.toLowerCase();
const enList = (items) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
const itList = (items) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} e ${items.at(-1)}`;

function languages(chance, itShare, bothShare) {
  if (chance(itShare)) return 'it';
  return chance(bothShare / (1 - itShare)) ? 'both' : 'en';
}

// ---- organisations --------------------------------------------------------------------------
export function describeOrganisation(org, { int, pick, chance, theme }) {
  const themes = org.themes.map(theme);
  const [t] = themes;
  const other = themes[1] ?? t;
  const m = int(0, t.markets.it.length - 1);
  const w1 = int(0, t.what.it.length - 1);
  const w2 = other === t ? (w1 + 1) % t.what.it.length : int(0, other.what.it.length - 1);
  const c = {
    name: org.displayName,
    town: org.town,
    year: org.foundedYear,
    fieldIt: lower(FIELDS[t.key].it),
    fieldEn: FIELDS[t.key].en,
    fieldsIt: itList(org.themes.map((k) => lower(FIELDS[k].it))),
    fieldsEn: enList(org.themes.map((k) => FIELDS[k].en)),
    what1It: t.what.it[w1],
    what1En: t.what.en[w1],
    what2It: other.what.it[w2],
    what2En: other.what.en[w2],
    marketIt: t.markets.it[m],
    marketEn: t.markets.en[m],
  };
  const lang =
    org.kind === 'public_body' ? languages(chance, 0.7, 0.3) : languages(chance, 0.4, 0.45);
  const text = TEMPLATES[org.kind](c, { int, pick, chance, org });
  return {
    descriptionIt: lang === 'en' ? '' : text.it,
    descriptionEn: lang === 'it' ? '' : text.en,
  };
}

const GOALS = [
  { it: 'portare nuove soluzioni sul mercato', en: 'bring new solutions to market' },
  { it: 'entrare in nuovi mercati esteri', en: 'enter new export markets' },
  {
    it: 'sviluppare la prossima generazione di prodotti',
    en: 'develop its next generation of products',
  },
  { it: 'ridurre consumi e scarti di produzione', en: 'cut energy use and production scrap' },
];

function company(c, { int, pick }) {
  const goal = pick(GOALS);
  const verbs = pick([
    ['sviluppa', 'develops'],
    ['progetta e produce', 'designs and builds'],
    ['realizza', 'makes'],
    ['fornisce', 'supplies'],
  ]);
  const s1 = pick([
    {
      it: `${c.name} ${verbs[0]} ${c.what1It}, con clienti soprattutto nel comparto ${c.marketIt}.`,
      en: `${c.name} ${verbs[1]} ${c.what1En}, mainly for customers in ${c.marketEn}.`,
    },
    {
      it: `Fondata nel ${c.year} a ${c.town}, ${c.name} si occupa di ${c.fieldIt}.`,
      en: `Founded in ${c.year} in ${c.town}, ${c.name} works in ${c.fieldEn}.`,
    },
    {
      it: `Azienda di ${c.town} specializzata in ${c.fieldIt}, attiva dal ${c.year}.`,
      en: `A company based in ${c.town}, specialised in ${c.fieldEn} since ${c.year}.`,
    },
  ]);
  const s2 = pick([
    { it: `Tra le attività principali: ${c.what1It}.`, en: `Its core business: ${c.what1En}.` },
    {
      it: `Negli ultimi anni ha investito ${prep('in', c.what2It)}.`,
      en: `In recent years it has invested in ${c.what2En}.`,
    },
    {
      it: `Collabora da tempo con università e centri di ricerca lombardi ${prep('su', c.what2It)}.`,
      en: `It has long worked with Lombard universities and research centres on ${c.what2En}.`,
    },
  ]);
  const s3 = pick([
    { it: `Cerca partner per ${goal.it}.`, en: `It is looking for partners to ${goal.en}.` },
    {
      it: `Esporta circa il ${int(20, 70)}% del fatturato.`,
      en: `About ${int(20, 70)}% of its turnover comes from exports.`,
    },
    null,
  ]);
  return join(s1, s2, s3);
}

const TEMPLATES = {
  sme: company,
  large_company: company,
  startup(c, { int, pick }) {
    const origin = pick([
      ['come spin-off universitario', 'as a university spin-off'],
      ['da un gruppo di ricercatori', 'from a group of researchers'],
      ['in un incubatore milanese', 'in a Milan incubator'],
      [`a ${c.town}`, `in ${c.town}`],
    ]);
    const s1 = pick([
      {
        it: `${c.name} è una startup innovativa nata nel ${c.year} ${origin[0]} che sviluppa ${c.what1It}.`,
        en: `${c.name} is an innovative startup founded in ${c.year} ${origin[1]}, developing ${c.what1En}.`,
      },
      {
        it: `Startup fondata a ${c.town} nel ${c.year}: il nostro obiettivo è portare sul mercato ${c.what1It}.`,
        en: `Startup founded in ${c.town} in ${c.year}; our goal is to bring ${c.what1En} to market.`,
      },
    ]);
    const s2 = pick([
      {
        it: `Abbiamo già concluso ${int(2, 6)} progetti pilota nel comparto ${c.marketIt}.`,
        en: `We have completed ${int(2, 6)} pilot projects in ${c.marketEn}.`,
      },
      {
        it: `Il team unisce competenze di ${c.fieldIt} e di sviluppo software.`,
        en: `The team combines ${c.fieldEn} and software engineering skills.`,
      },
      {
        it: `Il primo prototipo è stato provato con un cliente del comparto ${c.marketIt}.`,
        en: `Our first prototype was tested with a customer in ${c.marketEn}.`,
      },
    ]);
    const s3 = pick([
      {
        it: 'Cerchiamo investitori e aziende disposte a ospitare un progetto pilota.',
        en: 'We are looking for investors and companies willing to host a pilot.',
      },
      {
        it: 'Stiamo preparando un round seed e cerchiamo partner industriali.',
        en: 'We are preparing a seed round and looking for industrial partners.',
      },
      null,
    ]);
    return join(s1, s2, s3);
  },
  university(c, { int, pick }) {
    const s1 = pick([
      {
        it: `${c.name} svolge ricerca di base e applicata in ${c.fieldsIt}.`,
        en: `${c.name} carries out basic and applied research in ${c.fieldsEn}.`,
      },
      {
        it: `Ateneo con sede a ${c.town}; i gruppi più attivi nel trasferimento tecnologico lavorano ${prep('su', c.what1It)}.`,
        en: `A university in ${c.town}; its most active technology-transfer groups work on ${c.what1En}.`,
      },
    ]);
    const s2 = pick([
      {
        it: 'I laboratori collaborano con le imprese attraverso contratti di ricerca, dottorati industriali e tesi in azienda.',
        en: 'Its labs work with companies through research contracts, industrial PhDs and in-company theses.',
      },
      {
        it: `L’ufficio di trasferimento tecnologico gestisce ${int(20, 140)} brevetti e ha favorito la nascita di ${int(4, 30)} spin-off.`,
        en: `The technology-transfer office manages ${int(20, 140)} patents and has helped start ${int(4, 30)} spin-offs.`,
      },
    ]);
    const s3 = pick([
      { it: `Tra i risultati recenti: ${c.what2It}.`, en: `Recent results include ${c.what2En}.` },
      null,
    ]);
    return join(s1, s2, s3);
  },
  research_centre(c, { pick }) {
    const s1 = pick([
      {
        it: `Centro di ricerca applicata con sede a ${c.town}, specializzato in ${c.fieldIt}.`,
        en: `An applied research centre in ${c.town}, specialised in ${c.fieldEn}.`,
      },
      {
        it: `${c.name} è un organismo di ricerca che lavora ${prep('su', c.what1It)}.`,
        en: `${c.name} is a research organisation working on ${c.what1En}.`,
      },
    ]);
    const s2 = pick([
      {
        it: `Dispone di laboratori e impianti pilota dove sviluppa e prova, per conto delle imprese, ${c.what2It}.`,
        en: `It runs labs and pilot plants where it develops and tests ${c.what2En} for companies.`,
      },
      {
        it: 'Offre servizi di prova, prototipazione e ricerca su commessa.',
        en: 'It offers testing, prototyping and contract research.',
      },
    ]);
    const s3 = pick([
      {
        it: 'Partecipa a progetti europei e regionali di ricerca collaborativa.',
        en: 'It takes part in European and regional collaborative research projects.',
      },
      null,
    ]);
    return join(s1, s2, s3);
  },
  research_hospital(c, { pick }) {
    const s1 = {
      it: `${c.name} è un Istituto di Ricovero e Cura a Carattere Scientifico riconosciuto per l’ambito ${c.fieldsIt}.`,
      en: `${c.name} is a research hospital (IRCCS) recognised for ${c.fieldsEn}.`,
    };
    const s2 = pick([
      {
        it: `I gruppi di ricerca clinica lavorano ${prep('su', c.what1It)} e collaborano con le imprese in studi e sperimentazioni.`,
        en: `Its clinical research groups work on ${c.what1En} and run studies and trials with companies.`,
      },
      {
        it: 'Mette a disposizione reparti, biobanche e dati clinici per progetti pilota, nel rispetto del GDPR.',
        en: 'It offers wards, biobanks and clinical data for pilot projects, in line with the GDPR.',
      },
    ]);
    return join(s1, s2, null);
  },
  public_body(c, { pick, org }) {
    const body = PUBLIC_BODIES[org.themes[0]];
    const s1 = { it: `${c.name} gestisce ${body.it}.`, en: `${c.name} runs ${body.en}.` };
    const s2 = pick([
      {
        it: 'Con l’innovazione aperta vuole individuare soluzioni da sperimentare sul territorio prima di eventuali appalti.',
        en: 'Through open innovation it looks for solutions to trial locally before any procurement.',
      },
      {
        it: 'Partecipa a bandi regionali per la sperimentazione di soluzioni innovative nei servizi pubblici.',
        en: 'It takes part in regional calls to trial innovative solutions in public services.',
      },
    ]);
    return join(s1, s2, null);
  },
  cluster(c, { int, pick }) {
    const n = int(30, 180);
    const s1 = {
      it: `${c.name} riunisce ${n} tra imprese, università e centri di ricerca attivi in ${c.fieldIt}.`,
      en: `${c.name} brings together ${n} companies, universities and research centres working in ${c.fieldEn}.`,
    };
    const s2 = pick([
      {
        it: 'Organizza gruppi di lavoro, eventi di matchmaking e progetti di ricerca collaborativa.',
        en: 'It runs working groups, matchmaking events and collaborative research projects.',
      },
      {
        it: 'Affianca le PMI associate nell’accesso ai bandi regionali ed europei.',
        en: 'It helps member SMEs apply for regional and European funding.',
      },
    ]);
    return join(s1, s2, null);
  },
  investor(c, { int, pick }) {
    const stage = pick([
      ['in fase pre-seed e seed', 'at pre-seed and seed stage'],
      ['dalla fase seed alla serie A', 'from seed to Series A'],
    ]);
    const a = int(1, 5) * 50;
    const s1 = {
      it: `${c.name} investe in startup ${stage[0]} attive in ${c.fieldsIt}.`,
      en: `${c.name} invests in startups ${stage[1]} working in ${c.fieldsEn}.`,
    };
    const s2 = pick([
      {
        it: `Ticket tra ${a} e ${a * 4} mila euro; affianca i fondatori con una rete di manager industriali.`,
        en: `Tickets from €${a}k to €${a * 4}k; founders get access to a network of industry executives.`,
      },
      {
        it: 'Privilegia team con un primo cliente pilota e tecnologie protette da brevetto.',
        en: 'It prefers teams with a first pilot customer and patented technology.',
      },
    ]);
    return join(s1, s2, null);
  },
};

function join(...sentences) {
  const parts = sentences.filter(Boolean);
  return { it: parts.map((s) => s.it).join(' '), en: parts.map((s) => s.en).join(' ') };
}

// ---- offers ---------------------------------------------------------------------------------
const OWNER_WORDS = {
  university: ['un gruppo di ricerca universitario', 'a university research group'],
  research_centre: ['un centro di ricerca applicata', 'an applied research centre'],
  research_hospital: ['un IRCCS', 'a research hospital'],
  startup: ['una startup', 'a startup'],
  sme: ['una PMI', 'an SME'],
  large_company: ['un gruppo industriale', 'an industrial group'],
};
const TRL_TEXT = {
  1: [
    [
      'Siamo ai principi di base: il fenomeno è stato osservato ma non ancora sfruttato.',
      'We are at basic principles: the effect has been observed but not yet exploited.',
    ],
  ],
  2: [
    [
      'Il concetto tecnologico è formulato, ma manca ancora una prova sperimentale.',
      'The technology concept is formulated but there is no experimental proof yet.',
    ],
    [
      'Il lavoro è ancora a livello di ricerca di base (TRL 2).',
      'The work is still basic research (TRL 2).',
    ],
  ],
  3: [
    [
      'La prova di concetto è stata ottenuta in laboratorio su campioni ridotti.',
      'A proof of concept was obtained in the lab on small samples.',
    ],
    [
      'Esiste una prova di concetto sperimentale (TRL 3); servono partner per la validazione.',
      'There is an experimental proof of concept (TRL 3); partners are needed for validation.',
    ],
  ],
  4: [
    [
      'Il prototipo è stato validato in laboratorio.',
      'The prototype has been validated in the lab.',
    ],
    [
      'Le prestazioni sono state verificate in laboratorio su casi realistici (TRL 4).',
      'Performance was verified in the lab on realistic cases (TRL 4).',
    ],
  ],
  5: [
    [
      'La tecnologia è stata validata in ambiente rilevante, su materiali e dati industriali.',
      'The technology was validated in a relevant environment on industrial materials and data.',
    ],
  ],
  6: [
    [
      'Un dimostratore è stato provato in ambiente rilevante presso un partner industriale (TRL 6).',
      'A demonstrator was tested in a relevant environment at an industrial partner (TRL 6).',
    ],
    [
      'Abbiamo un dimostratore funzionante provato in condizioni rappresentative.',
      'We have a working demonstrator tested in representative conditions.',
    ],
  ],
  7: [
    [
      'Un prototipo di sistema è stato dimostrato in ambiente operativo.',
      'A system prototype was demonstrated in an operational environment.',
    ],
    [
      'Il prototipo gira da alcuni mesi in un impianto reale (TRL 7).',
      'The prototype has been running in a real plant for some months (TRL 7).',
    ],
  ],
  8: [
    [
      'Il sistema è completo e qualificato; sono in corso le prime installazioni.',
      'The system is complete and qualified; the first installations are under way.',
    ],
  ],
  9: [
    [
      'La soluzione è in uso presso clienti in condizioni operative reali.',
      'The solution is in use at customers in real operating conditions.',
    ],
  ],
};
const IP_TEXT = {
  granted_patent: ['È coperta da un brevetto concesso.', 'It is covered by a granted patent.'],
  pending_patent: [
    'È stata depositata una domanda di brevetto.',
    'A patent application has been filed.',
  ],
  know_how: [
    'Il valore sta nel know-how del gruppo, non brevettato.',
    'Its value lies in unpatented know-how.',
  ],
  open_source: [
    'Il software è rilasciato con licenza open source.',
    'The software is released under an open-source licence.',
  ],
  none: null,
};
const SOUGHT = {
  licensing: ['accordi di licenza', 'licensees'],
  joint_rnd: ['progetti di ricerca congiunti', 'joint R&D projects'],
  technical_cooperation: [
    'cooperazione tecnica con imprese',
    'technical cooperation with companies',
  ],
  pilot: ['aziende disposte a ospitare un pilota', 'companies willing to host a pilot'],
  commercial_agreement: ['accordi commerciali o di fornitura', 'commercial or supply agreements'],
  investment: ['investitori', 'investors'],
  services: [
    'imprese interessate a servizi di prova e consulenza',
    'companies interested in testing and consulting services',
  ],
};

export function describeOffer(offer, owner, t, market, { rand, pick, chance }) {
  const who = OWNER_WORDS[owner.kind];
  const field = FIELDS[t.key];
  const other = (market + 1) % t.markets.it.length;
  // Two draws kept unused: they once picked capability phrases that could contradict the title,
  // and removing them would shift every later random draw (and the judged items).
  rand();
  rand();
  const lcFirst = (text) => text[0].toLowerCase() + text.slice(1);
  const s1 = pick([
    {
      it: `La tecnologia nasce dal lavoro di ${who[0]} in ${lower(field.it)} e affronta un problema concreto del comparto ${t.markets.it[market]}.`,
      en: `The technology comes from ${who[1]} working in ${field.en} and tackles a real problem in ${t.markets.en[market]}.`,
    },
    {
      it: `Proposta di ${who[0]} di ${owner.town}: ${lcFirst(offer.titleIt)}.`,
      en: `Offered by ${who[1]} in ${owner.town}: ${lcFirst(offer.titleEn)}.`,
    },
    {
      it: `${offer.titleIt}: ${owner.displayName} mette a disposizione i risultati di anni di lavoro in ${lower(field.it)}.`,
      en: `${offer.titleEn}: ${owner.displayName} shares the results of years of work in ${field.en}.`,
    },
  ]);
  const trl = pick(TRL_TEXT[offer.trl]);
  const ip = IP_TEXT[offer.ipStatus];
  const sought = offer.partnershipTypes.map((p) => SOUGHT[p]);
  const s3 = chance(0.5)
    ? {
        it: `Cerchiamo ${itList(sought.map((s) => s[0]))}.`,
        en: `We are looking for ${enList(sought.map((s) => s[1]))}.`,
      }
    : {
        it: `Applicazioni tipiche: ${t.markets.it[market]} e ${t.markets.it[other]}.`,
        en: `Typical applications: ${t.markets.en[market]} and ${t.markets.en[other]}.`,
      };
  const it = [s1.it, trl[0], ip?.[0], s3.it].filter(Boolean).join(' ');
  const en = [s1.en, trl[1], ip?.[1], s3.en].filter(Boolean).join(' ');
  const lang = languages(chance, 0.35, 0.45);
  return { descriptionIt: lang === 'en' ? '' : it, descriptionEn: lang === 'it' ? '' : en };
}

// ---- requests -------------------------------------------------------------------------------
export function describeRequest(request, owner, need, { int, pick, chance }) {
  const place = pick(PLACES[owner.province]);
  const context = {
    sme: pick([
      {
        it: `Siamo una PMI di ${owner.town} con circa ${int(15, 180)} addetti.`,
        en: `We are an SME in ${owner.town} with about ${int(15, 180)} staff.`,
      },
      {
        it: `Azienda ${place} con una lunga tradizione manifatturiera.`,
        en: `A company with a long manufacturing tradition, based in ${owner.town}.`,
      },
    ]),
    large_company: {
      it: `${owner.displayName} ha stabilimenti in Lombardia e all’estero.`,
      en: `${owner.displayName} runs plants in Lombardy and abroad.`,
    },
    public_body: {
      it: `Sfida lanciata da ${owner.displayName} nell’ambito delle iniziative regionali di innovazione aperta.`,
      en: `${owner.displayName} launches this challenge as part of the region’s open innovation initiatives.`,
    },
    research_hospital: {
      it: 'Il nostro istituto vuole migliorare un percorso clinico con tecnologie già mature.',
      en: 'Our institute wants to improve a clinical pathway with mature technologies.',
    },
    startup: {
      it: 'Siamo una startup giovane e cerchiamo chi creda nel prodotto.',
      en: 'We are a young startup looking for people who believe in the product.',
    },
    cluster: {
      it: 'Il cluster raccoglie un fabbisogno comune a diverse imprese associate.',
      en: 'The cluster pools a need shared by several member companies.',
    },
  }[owner.kind];
  const trl = request.acceptsLowerTrl
    ? {
        it: `Ci interessano soluzioni da TRL ${request.trlMin} in su, ma valutiamo anche tecnologie meno mature se il partner le sviluppa con noi.`,
        en: `We look for TRL ${request.trlMin} or higher, but would consider less mature technology developed together with us.`,
      }
    : {
        it: `Servono soluzioni già mature, almeno a TRL ${request.trlMin}.`,
        en: `We need mature solutions, at least TRL ${request.trlMin}.`,
      };
  const prize =
    request.kind === 'challenge'
      ? pick([
          {
            it: 'Le proposte saranno valutate da una commissione; la migliore riceverà un contratto di sperimentazione.',
            en: 'A panel will evaluate the proposals; the best one gets a trial contract.',
          },
          {
            it: 'In palio una sperimentazione finanziata e la possibilità di un appalto pre-commerciale.',
            en: 'The prize is a funded trial and a possible pre-commercial procurement.',
          },
        ])
      : null;
  const it = [context.it, need.needIt, trl.it, prize?.it].filter(Boolean).join(' ');
  const en = [context.en, need.needEn, trl.en, prize?.en].filter(Boolean).join(' ');
  const lang =
    owner.kind === 'public_body' ? languages(chance, 0.6, 0.4) : languages(chance, 0.4, 0.5);
  return { needIt: lang === 'en' ? '' : it, needEn: lang === 'it' ? '' : en };
}
