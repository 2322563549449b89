// The controlled vocabulary of the evaluation set: technology themes with their S3 ecosystems,
// ATECO application sectors, tags (Italian and English synonyms on purpose, accents included),
// capability phrases, offer titles and collaboration needs. generate.mjs draws from it.
// Append new themes at the end: the generator walks this list in order, so inserting in the
// middle changes every generated item after it (and invalidates judgements).

/** @typedef {{ it: string, en: string }} Bi */

export const THEMES = [
  {
    key: 'vision_qc',
    eco: ['advanced_manufacturing', 'connectivity_information'],
    ateco: ['C', 'J'],
    tags: [
      'visione artificiale',
      'computer vision',
      'controllo qualità',
      'quality control',
      'ispezione ottica',
      'deep learning',
      'difetti superficiali',
      'machine learning',
      'zero difetti',
    ],
    names: ['Visione', 'Ottica', 'Ispezione', 'Vista'],
    what: {
      it: [
        'un sistema di visione artificiale che individua porosità e cricche su getti in alluminio',
        'algoritmi di deep learning per riconoscere difetti superficiali su lamiere verniciate',
        'una cella di ispezione ottica in linea per il controllo qualità al 100%',
      ],
      en: [
        'a machine-vision system that finds porosity and cracks on aluminium castings',
        'deep-learning models that recognise surface defects on painted sheet metal',
        'an in-line optical inspection cell for 100% quality control',
      ],
    },
    markets: {
      it: ['componentistica automotive', 'pressofusione', 'packaging'],
      en: ['automotive components', 'die casting', 'packaging'],
    },
    offers: [
      {
        it: 'Ispezione ottica basata su deep learning per getti pressofusi',
        en: 'Deep-learning optical inspection for die-cast parts',
        tags: ['deep learning', 'ispezione ottica', 'difetti superficiali'],
      },
      {
        it: 'Visione artificiale con pochi esempi per il controllo qualità',
        en: 'Few-shot computer vision for quality control',
        tags: ['computer vision', 'controllo qualità', 'machine learning'],
      },
      {
        it: 'Telecamere iperspettrali per la selezione di materiali',
        en: 'Hyperspectral cameras for material sorting',
        tags: ['visione artificiale', 'iperspettrale', 'selezione'],
      },
      {
        it: 'Metrologia ottica 3D in linea per tolleranze micrometriche',
        en: 'In-line 3D optical metrology for micrometre tolerances',
        tags: ['metrologia', 'ispezione ottica', 'quality control'],
      },
      {
        it: 'Rilevamento anomalie non supervisionato su immagini di produzione',
        en: 'Unsupervised anomaly detection on production images',
        tags: ['anomaly detection', 'computer vision', 'zero difetti'],
      },
    ],
    needs: [
      {
        owners: ['sme', 'large_company'],
        it: 'Controllo automatico dei difetti su componenti pressofusi',
        en: 'Automatic defect detection on die-cast components',
        needIt:
          'Oggi il controllo dei getti in alluminio è manuale e scarta il 4% dei pezzi a valle. Cerchiamo un sistema di visione integrabile nella linea esistente, con tempi ciclo sotto i 3 secondi.',
        needEn:
          'Aluminium castings are inspected by hand and 4% are rejected downstream. We need a vision system that fits the existing line with a cycle time under 3 seconds.',
        tags: ['visione artificiale', 'controllo qualità', 'pressofusione', 'difetti superficiali'],
      },
      {
        owners: ['sme', 'large_company'],
        it: 'Ispezione estetica di superfici verniciate',
        en: 'Cosmetic inspection of painted surfaces',
        needIt:
          'Vogliamo sostituire l’ispezione visiva degli operatori sulle superfici verniciate con un sistema che classifichi i difetti e tenga traccia dei lotti.',
        needEn:
          'We want to replace operators’ visual inspection of painted surfaces with a system that classifies defects and tracks batches.',
        tags: ['computer vision', 'quality control', 'verniciatura', 'deep learning'],
      },
    ],
  },
  {
    key: 'cobots',
    eco: ['advanced_manufacturing'],
    ateco: ['C'],
    tags: [
      'robotica',
      'robotica collaborativa',
      'cobot',
      'automazione',
      'pick and place',
      'human-robot interaction',
      'pinze robotiche',
      'sicurezza macchine',
      'robotics',
    ],
    names: ['Robotica', 'Automazione', 'Meccatronica', 'Automation'],
    what: {
      it: [
        'una cella robotica collaborativa per l’asservimento macchine utensili',
        'pinze adattive per la presa di oggetti deformabili',
        'software di programmazione per dimostrazione dei cobot',
      ],
      en: [
        'a collaborative robot cell for machine-tool tending',
        'adaptive grippers for handling deformable objects',
        'programming-by-demonstration software for cobots',
      ],
    },
    markets: {
      it: ['meccanica di precisione', 'logistica di magazzino', 'alimentare'],
      en: ['precision engineering', 'warehouse logistics', 'food processing'],
    },
    offers: [
      {
        it: 'Pinza soft robotica per prodotti delicati',
        en: 'Soft robotic gripper for delicate products',
        tags: ['pinze robotiche', 'soft robotics', 'pick and place'],
      },
      {
        it: 'Programmazione di cobot per dimostrazione',
        en: 'Cobot programming by demonstration',
        tags: ['cobot', 'robotica collaborativa', 'human-robot interaction'],
      },
      {
        it: 'Sistema di sicurezza per la collaborazione uomo-robot senza barriere',
        en: 'Fenceless human-robot collaboration safety system',
        tags: ['sicurezza macchine', 'human-robot interaction', 'robotica'],
      },
      {
        it: 'Bin picking con visione 3D',
        en: '3D-vision bin picking',
        tags: ['pick and place', 'computer vision', 'automazione'],
      },
    ],
    needs: [
      {
        owners: ['sme', 'large_company'],
        it: 'Automatizzare il carico di torni CNC con un cobot',
        en: 'Automating CNC lathe loading with a cobot',
        needIt:
          'Lotti piccoli e molto variabili rendono antieconomica l’automazione tradizionale. Cerchiamo un partner che progetti una cella collaborativa riconfigurabile in pochi minuti.',
        needEn:
          'Small, highly variable batches make classic automation uneconomic. We seek a partner to design a collaborative cell that can be reconfigured in minutes.',
        tags: ['cobot', 'automazione', 'asservimento macchine', 'robotica collaborativa'],
      },
      {
        owners: ['sme', 'large_company'],
        it: 'Presa robotica di prodotti alimentari delicati',
        en: 'Robotic handling of delicate food products',
        needIt:
          'Dobbiamo confezionare prodotti da forno fragili senza romperli. Cerchiamo pinze o sistemi di presa delicata già provati in ambiente alimentare.',
        needEn:
          'We must pack fragile bakery products without breaking them. We need soft grippers already tested in food environments.',
        tags: ['pinze robotiche', 'pick and place', 'alimentare', 'soft robotics'],
      },
    ],
  },
  {
    key: 'additive',
    eco: ['advanced_manufacturing'],
    ateco: ['C'],
    tags: [
      'stampa 3d',
      'additive manufacturing',
      'manifattura additiva',
      'polveri metalliche',
      'leghe di titanio',
      'ottimizzazione topologica',
      'laser powder bed fusion',
      '3d printing',
    ],
    names: ['Additiva', 'Layer', 'Fusione', 'Stampa'],
    what: {
      it: [
        'parametri di processo qualificati per la fusione laser di leghe di titanio',
        'progettazione con ottimizzazione topologica di componenti alleggeriti',
        'polveri metalliche riciclate per la manifattura additiva',
      ],
      en: [
        'qualified process parameters for laser fusion of titanium alloys',
        'topology-optimised design of lightweight components',
        'recycled metal powders for additive manufacturing',
      ],
    },
    markets: {
      it: ['aerospazio', 'stampi e attrezzature', 'biomedicale'],
      en: ['aerospace', 'moulds and tooling', 'biomedical'],
    },
    offers: [
      {
        it: 'Stampi con canali di raffreddamento conformali stampati in 3D',
        en: '3D-printed moulds with conformal cooling channels',
        tags: ['stampa 3d', 'stampi', 'raffreddamento conformale'],
      },
      {
        it: 'Qualificazione di leghe di titanio per fusione laser a letto di polvere',
        en: 'Titanium alloy qualification for laser powder bed fusion',
        tags: ['leghe di titanio', 'laser powder bed fusion', 'polveri metalliche'],
      },
      {
        it: 'Ottimizzazione topologica e progettazione per la manifattura additiva',
        en: 'Topology optimisation and design for additive manufacturing',
        tags: ['ottimizzazione topologica', 'additive manufacturing', 'alleggerimento'],
      },
      {
        it: 'Monitoraggio in situ del bagno di fusione',
        en: 'In-situ melt pool monitoring',
        tags: ['manifattura additiva', 'monitoraggio di processo', 'controllo qualità'],
      },
    ],
    needs: [
      {
        owners: ['sme', 'large_company'],
        it: 'Ridurre i tempi ciclo di stampaggio con raffreddamento conformale',
        en: 'Cutting moulding cycle times with conformal cooling',
        needIt:
          'Produciamo componenti in plastica per stampaggio a iniezione e i tempi di raffreddamento limitano la produttività. Cerchiamo competenze per inserti stampati in 3D con canali conformali.',
        needEn:
          'We injection-mould plastic parts and cooling time limits throughput. We need expertise in 3D-printed inserts with conformal channels.',
        tags: ['stampa 3d', 'stampi', 'raffreddamento conformale', 'stampaggio a iniezione'],
      },
      {
        owners: ['sme', 'large_company'],
        it: 'Alleggerire staffe in titanio per l’aerospazio',
        en: 'Lighter titanium brackets for aerospace',
        needIt:
          'Un cliente aerospaziale chiede staffe più leggere del 30%. Cerchiamo un partner per riprogettarle e produrle in additive, con la qualifica dei materiali.',
        needEn:
          'An aerospace customer wants brackets 30% lighter. We need a partner to redesign and print them additively, with material qualification.',
        tags: [
          'additive manufacturing',
          'leghe di titanio',
          'ottimizzazione topologica',
          'aerospazio',
        ],
      },
    ],
  },
  {
    key: 'predictive_maintenance',
    eco: ['advanced_manufacturing', 'connectivity_information'],
    ateco: ['C', 'J', 'D'],
    tags: [
      'manutenzione predittiva',
      'predictive maintenance',
      'iot industriale',
      'sensori',
      'analisi vibrazioni',
      'digital twin',
      'gemello digitale',
      'machine learning',
      'industria 4.0',
    ],
    names: ['Predittiva', 'Sensoristica', 'Twin', 'Monitor'],
    what: {
      it: [
        'modelli di machine learning che prevedono i guasti dei cuscinetti dall’analisi delle vibrazioni',
        'gemelli digitali di linee produttive alimentati da sensori IoT',
        'sensori wireless a basso consumo per il monitoraggio di macchinari',
      ],
      en: [
        'machine-learning models that predict bearing failures from vibration analysis',
        'digital twins of production lines fed by IoT sensors',
        'low-power wireless sensors for machinery monitoring',
      ],
    },
    markets: {
      it: ['macchine utensili', 'impianti di processo', 'energia'],
      en: ['machine tools', 'process plants', 'energy'],
    },
    offers: [
      {
        it: 'Diagnostica dei cuscinetti da segnali di vibrazione',
        en: 'Bearing diagnostics from vibration signals',
        tags: ['analisi vibrazioni', 'manutenzione predittiva', 'machine learning'],
      },
      {
        it: 'Gemello digitale per linee di assemblaggio',
        en: 'Digital twin for assembly lines',
        tags: ['digital twin', 'gemello digitale', 'simulazione'],
      },
      {
        it: 'Sensore wireless autoalimentato per macchine rotanti',
        en: 'Self-powered wireless sensor for rotating machines',
        tags: ['sensori', 'iot industriale', 'energy harvesting'],
      },
      {
        it: 'Stima della vita utile residua di componenti',
        en: 'Remaining useful life estimation for components',
        tags: ['predictive maintenance', 'machine learning', 'affidabilità'],
      },
    ],
    needs: [
      {
        owners: ['sme', 'large_company'],
        it: 'Prevedere i fermi macchina delle presse',
        en: 'Predicting press downtime',
        needIt:
          'Le nostre presse idrauliche si fermano senza preavviso più volte al mese. Cerchiamo chi sappia installare sensori e costruire modelli predittivi sui dati storici che già raccogliamo.',
        needEn:
          'Our hydraulic presses stop without warning several times a month. We need someone to install sensors and build predictive models on the historical data we already collect.',
        tags: ['manutenzione predittiva', 'sensori', 'machine learning', 'presse'],
      },
      {
        owners: ['sme', 'large_company'],
        it: 'Gemello digitale di un impianto di verniciatura',
        en: 'Digital twin of a painting plant',
        needIt:
          'Vogliamo simulare l’impianto di verniciatura per ridurre consumi e scarti prima di modificarlo. Serve un gemello digitale alimentato dai dati di campo.',
        needEn:
          'We want to simulate our painting plant to cut energy and scrap before changing it. We need a digital twin fed by field data.',
        tags: ['digital twin', 'gemello digitale', 'efficienza energetica', 'iot industriale'],
      },
    ],
  },
  {
    key: 'batteries',
    eco: ['sustainability', 'smart_mobility_architecture'],
    ateco: ['C', 'D'],
    tags: [
      'batterie',
      'accumulo energetico',
      'energy storage',
      'litio',
      'seconda vita',
      'gestione termica',
      'battery management system',
      'riciclo batterie',
    ],
    names: ['Energia', 'Accumulo', 'Volt', 'Cella'],
    what: {
      it: [
        'un sistema di gestione delle batterie che stima lo stato di salute delle celle',
        'processi di riciclo idrometallurgico per recuperare litio e cobalto',
        'moduli di accumulo da batterie di seconda vita',
      ],
      en: [
        'a battery management system that estimates cell state of health',
        'hydrometallurgical recycling processes recovering lithium and cobalt',
        'storage modules built from second-life batteries',
      ],
    },
    markets: {
      it: ['veicoli elettrici', 'comunità energetiche', 'industria'],
      en: ['electric vehicles', 'energy communities', 'industry'],
    },
    offers: [
      {
        it: 'Stima dello stato di salute di batterie al litio',
        en: 'State-of-health estimation for lithium batteries',
        tags: ['battery management system', 'batterie', 'litio'],
      },
      {
        it: 'Recupero idrometallurgico di litio da batterie esauste',
        en: 'Hydrometallurgical lithium recovery from spent batteries',
        tags: ['riciclo batterie', 'litio', 'economia circolare'],
      },
      {
        it: 'Accumulo stazionario da batterie di seconda vita',
        en: 'Stationary storage from second-life batteries',
        tags: ['seconda vita', 'accumulo energetico', 'energy storage'],
      },
      {
        it: 'Materiali a cambiamento di fase per la gestione termica dei pacchi batteria',
        en: 'Phase-change materials for battery pack thermal management',
        tags: ['gestione termica', 'batterie', 'materiali avanzati'],
      },
    ],
    needs: [
      {
        owners: ['large_company', 'cluster'],
        it: 'Accumulo per una comunità energetica rinnovabile',
        en: 'Storage for a renewable energy community',
        needIt:
          'Stiamo avviando una comunità energetica con 40 utenze e impianti fotovoltaici. Cerchiamo una soluzione di accumulo a basso costo, anche da batterie di seconda vita, da sperimentare per un anno.',
        needEn:
          'We are starting an energy community with 40 users and PV plants. We need low-cost storage, possibly second-life batteries, to trial for a year.',
        tags: ['accumulo energetico', 'seconda vita', 'comunità energetiche', 'fotovoltaico'],
      },
      {
        owners: ['sme', 'large_company'],
        it: 'Riciclo degli scarti di produzione di celle',
        en: 'Recycling cell production scrap',
        needIt:
          'Generiamo scarti di catodo che oggi smaltiamo a caro prezzo. Cerchiamo un processo di recupero dei metalli, con partner in grado di scalare dal laboratorio al pilota.',
        needEn:
          'We generate cathode scrap that is costly to dispose of. We need a metal recovery process and partners able to scale it from lab to pilot.',
        tags: ['riciclo batterie', 'litio', 'economia circolare', 'materie prime critiche'],
      },
    ],
  },
  {
    key: 'hydrogen',
    eco: ['sustainability'],
    ateco: ['D', 'C'],
    tags: [
      'idrogeno',
      'hydrogen',
      'elettrolizzatori',
      'celle a combustibile',
      'fuel cell',
      'decarbonizzazione',
      'idrogeno verde',
      'stoccaggio idrogeno',
    ],
    names: ['Idrogeno', 'H2', 'Elettrolisi', 'Verde'],
    what: {
      it: [
        'elettrolizzatori a membrana anionica senza metalli nobili',
        'catalizzatori per celle a combustibile a bassa temperatura',
        'bruciatori per forni industriali alimentati a miscele di idrogeno',
      ],
      en: [
        'anion-exchange membrane electrolysers without noble metals',
        'catalysts for low-temperature fuel cells',
        'industrial furnace burners running on hydrogen blends',
      ],
    },
    markets: {
      it: ['siderurgia', 'vetro e ceramica', 'trasporto pesante'],
      en: ['steelmaking', 'glass and ceramics', 'heavy transport'],
    },
    offers: [
      {
        it: 'Elettrolizzatore AEM senza iridio',
        en: 'Iridium-free AEM electrolyser',
        tags: ['elettrolizzatori', 'idrogeno verde', 'catalizzatori'],
      },
      {
        it: 'Bruciatore industriale a idrogeno a basse emissioni di NOx',
        en: 'Low-NOx industrial hydrogen burner',
        tags: ['idrogeno', 'decarbonizzazione', 'combustione'],
      },
      {
        it: 'Stoccaggio di idrogeno in idruri metallici',
        en: 'Hydrogen storage in metal hydrides',
        tags: ['stoccaggio idrogeno', 'hydrogen', 'materiali avanzati'],
      },
    ],
    needs: [
      {
        owners: ['sme', 'large_company'],
        it: 'Decarbonizzare i forni di riscaldo con l’idrogeno',
        en: 'Decarbonising reheating furnaces with hydrogen',
        needIt:
          'Vogliamo provare miscele di metano e idrogeno nei forni di riscaldo delle billette. Servono bruciatori adatti e un partner che misuri emissioni e qualità del prodotto.',
        needEn:
          'We want to test methane–hydrogen blends in our billet reheating furnaces. We need suitable burners and a partner to measure emissions and product quality.',
        tags: ['idrogeno', 'decarbonizzazione', 'siderurgia', 'combustione'],
      },
    ],
  },
  {
    key: 'circular_plastics',
    eco: ['sustainability', 'advanced_manufacturing'],
    ateco: ['C', 'E'],
    tags: [
      'economia circolare',
      'circular economy',
      'riciclo',
      'plastiche',
      'bioplastiche',
      'compostabile',
      'riciclo chimico',
      'upcycling',
      'polimeri',
    ],
    names: ['Polimeri', 'Circolare', 'Plast', 'Riciclo'],
    what: {
      it: [
        'un processo di riciclo chimico per poliolefine miste',
        'compound di bioplastiche compostabili per imballaggi flessibili',
        'additivi compatibilizzanti per plastiche riciclate di alta qualità',
      ],
      en: [
        'a chemical recycling process for mixed polyolefins',
        'compostable bioplastic compounds for flexible packaging',
        'compatibilising additives for high-grade recycled plastics',
      ],
    },
    markets: {
      it: ['imballaggio', 'arredo', 'automotive'],
      en: ['packaging', 'furniture', 'automotive'],
    },
    offers: [
      {
        it: 'Riciclo chimico di poliolefine miste per pirolisi catalitica',
        en: 'Catalytic pyrolysis chemical recycling of mixed polyolefins',
        tags: ['riciclo chimico', 'plastiche', 'economia circolare'],
      },
      {
        it: 'Film compostabile ad alta barriera per alimenti',
        en: 'High-barrier compostable film for food',
        tags: ['bioplastiche', 'compostabile', 'packaging'],
      },
      {
        it: 'Compatibilizzanti per plastiche riciclate',
        en: 'Compatibilisers for recycled plastics',
        tags: ['riciclo', 'polimeri', 'additivi'],
      },
      {
        it: 'Tracciabilità dei materiali riciclati con marcatori',
        en: 'Tracing recycled content with markers',
        tags: ['tracciabilità', 'riciclo', 'circular economy'],
      },
    ],
    needs: [
      {
        owners: ['sme', 'large_company'],
        it: 'Imballaggio flessibile monomateriale o compostabile',
        en: 'Mono-material or compostable flexible packaging',
        needIt:
          'I nostri imballaggi multistrato non sono riciclabili. Cerchiamo materiali alternativi con barriera all’ossigeno adeguata per snack, pronti per prove industriali.',
        needEn:
          'Our multilayer packs cannot be recycled. We need alternative materials with enough oxygen barrier for snacks, ready for industrial trials.',
        tags: ['bioplastiche', 'compostabile', 'packaging', 'economia circolare'],
      },
      {
        owners: ['sme', 'large_company'],
        it: 'Valorizzare gli scarti plastici di produzione',
        en: 'Adding value to plastic production scrap',
        needIt:
          'Produciamo 300 tonnellate l’anno di scarti di plastica mista. Cerchiamo tecnologie di riciclo che li trasformino in materia prima per i nostri prodotti.',
        needEn:
          'We produce 300 tonnes a year of mixed plastic scrap. We need recycling technology turning it into raw material for our own products.',
        tags: ['riciclo', 'plastiche', 'circular economy', 'upcycling'],
      },
    ],
  },
  {
    key: 'water',
    eco: ['sustainability'],
    ateco: ['E', 'A'],
    tags: [
      'trattamento acque',
      'water treatment',
      'depurazione',
      'membrane',
      'microinquinanti',
      'riuso idrico',
      'pfas',
      'acque reflue',
    ],
    names: ['Acque', 'Idrica', 'Hydro', 'Depura'],
    what: {
      it: [
        'membrane di nanofiltrazione per la rimozione dei PFAS',
        'processi di ossidazione avanzata contro i microinquinanti',
        'sensori in continuo per la qualità delle acque reflue',
      ],
      en: [
        'nanofiltration membranes removing PFAS',
        'advanced oxidation processes against micropollutants',
        'continuous sensors for wastewater quality',
      ],
    },
    markets: {
      it: ['servizio idrico integrato', 'industria tessile', 'agricoltura'],
      en: ['water utilities', 'textile industry', 'agriculture'],
    },
    offers: [
      {
        it: 'Rimozione dei PFAS con membrane funzionalizzate',
        en: 'PFAS removal with functionalised membranes',
        tags: ['pfas', 'membrane', 'trattamento acque'],
      },
      {
        it: 'Ossidazione avanzata per microinquinanti farmaceutici',
        en: 'Advanced oxidation for pharmaceutical micropollutants',
        tags: ['microinquinanti', 'depurazione', 'acque reflue'],
      },
      {
        it: 'Riuso irriguo delle acque depurate',
        en: 'Irrigation reuse of treated wastewater',
        tags: ['riuso idrico', 'irrigazione', 'water treatment'],
      },
    ],
    needs: [
      {
        owners: ['public_body'],
        it: 'Abbattere i PFAS nelle acque di falda',
        en: 'Removing PFAS from groundwater',
        needIt:
          'Alcuni pozzi mostrano PFAS sopra le soglie attese dal nuovo quadro europeo. Cerchiamo tecnologie di trattamento da provare su un impianto pilota presso una nostra centrale.',
        needEn:
          'Some wells show PFAS above the thresholds of the new EU rules. We seek treatment technologies to pilot at one of our plants.',
        tags: ['pfas', 'trattamento acque', 'membrane', 'depurazione'],
      },
      {
        owners: ['sme'],
        it: 'Riutilizzo delle acque di processo tessili',
        en: 'Reusing textile process water',
        needIt:
          'La tintoria consuma molta acqua e gli scarichi sono colorati. Cerchiamo soluzioni per depurare e riutilizzare le acque di processo.',
        needEn:
          'Our dye house uses a lot of water and the effluent is coloured. We need ways to treat and reuse process water.',
        tags: ['riuso idrico', 'acque reflue', 'tintura', 'water treatment'],
      },
    ],
  },
  {
    key: 'agritech',
    eco: ['nutrition', 'sustainability'],
    ateco: ['A'],
    tags: [
      'agricoltura di precisione',
      'precision farming',
      'droni',
      'telerilevamento',
      'irrigazione',
      'sensori del suolo',
      'computer vision',
      'agritech',
      'viticoltura',
    ],
    names: ['Agri', 'Campi', 'Terra', 'Agro'],
    what: {
      it: [
        'mappe di vigore da immagini satellitari e da drone',
        'sensori del suolo per l’irrigazione a rateo variabile',
        'visione artificiale per il riconoscimento precoce delle malattie della vite',
      ],
      en: [
        'vigour maps from satellite and drone imagery',
        'soil sensors for variable-rate irrigation',
        'computer vision for early detection of vine diseases',
      ],
    },
    markets: {
      it: ['risicoltura', 'viticoltura', 'cerealicoltura'],
      en: ['rice farming', 'viticulture', 'cereal farming'],
    },
    offers: [
      {
        it: 'Riconoscimento precoce della peronospora da immagini',
        en: 'Early downy mildew detection from images',
        tags: ['computer vision', 'viticoltura', 'difesa delle colture'],
      },
      {
        it: 'Irrigazione a rateo variabile guidata da sensori del suolo',
        en: 'Variable-rate irrigation driven by soil sensors',
        tags: ['irrigazione', 'sensori del suolo', 'precision farming'],
      },
      {
        it: 'Mappe di prescrizione da drone per la concimazione',
        en: 'Drone prescription maps for fertilisation',
        tags: ['droni', 'telerilevamento', 'agricoltura di precisione'],
      },
    ],
    needs: [
      {
        owners: ['public_body', 'cluster'],
        it: 'Ridurre l’acqua nella coltivazione del riso',
        en: 'Using less water to grow rice',
        needIt:
          'Le nostre aziende agricole in Lomellina vogliono ridurre i consumi idrici senza perdere resa. Cerchiamo sensori e modelli per gestire l’irrigazione, da provare sulla prossima stagione.',
        needEn:
          'Our farms in Lomellina want to use less water without losing yield. We need sensors and models to manage irrigation, to trial next season.',
        tags: ['irrigazione', 'risicoltura', 'sensori del suolo', 'agricoltura di precisione'],
      },
    ],
  },
  {
    key: 'food_safety',
    eco: ['nutrition'],
    ateco: ['C', 'I', 'G'],
    tags: [
      'sicurezza alimentare',
      'food safety',
      'shelf life',
      'packaging attivo',
      'tracciabilità',
      'lattiero-caseario',
      'micotossine',
      'conservazione',
    ],
    names: ['Alimenti', 'Casearia', 'Food', 'Gusto'],
    what: {
      it: [
        'imballaggi attivi antimicrobici che allungano la shelf life dei formaggi freschi',
        'test rapidi per le micotossine nei cereali',
        'tracciabilità di filiera con registri condivisi',
      ],
      en: [
        'antimicrobial active packaging that extends the shelf life of fresh cheese',
        'rapid tests for mycotoxins in cereals',
        'supply-chain traceability on shared ledgers',
      ],
    },
    markets: {
      it: ['lattiero-caseario', 'salumi', 'cereali'],
      en: ['dairy', 'cured meats', 'cereals'],
    },
    offers: [
      {
        it: 'Packaging attivo antimicrobico per formaggi freschi',
        en: 'Antimicrobial active packaging for fresh cheese',
        tags: ['packaging attivo', 'shelf life', 'lattiero-caseario'],
      },
      {
        it: 'Test rapido per aflatossine nel latte',
        en: 'Rapid aflatoxin test for milk',
        tags: ['micotossine', 'sicurezza alimentare', 'diagnostica rapida'],
      },
      {
        it: 'Modelli predittivi di shelf life',
        en: 'Predictive shelf-life models',
        tags: ['shelf life', 'food safety', 'microbiologia'],
      },
    ],
    needs: [
      {
        owners: ['sme', 'large_company'],
        it: 'Allungare la shelf life di un formaggio fresco',
        en: 'Extending the shelf life of a fresh cheese',
        needIt:
          'Il nostro stracchino dura 12 giorni e vogliamo esportarlo. Cerchiamo soluzioni di confezionamento o conservazione che arrivino a 25 giorni senza conservanti.',
        needEn:
          'Our stracchino lasts 12 days and we want to export it. We need packaging or preservation solutions reaching 25 days without preservatives.',
        tags: ['shelf life', 'lattiero-caseario', 'packaging attivo', 'conservazione'],
      },
      {
        owners: ['sme', 'large_company'],
        it: 'Controllo rapido delle micotossine al ricevimento',
        en: 'Fast mycotoxin screening at intake',
        needIt:
          'Riceviamo mais da molti fornitori e le analisi di laboratorio arrivano dopo giorni. Serve un test rapido affidabile da usare al ricevimento.',
        needEn:
          'We receive maize from many suppliers and lab results take days. We need a reliable rapid test at intake.',
        tags: ['micotossine', 'sicurezza alimentare', 'cereali', 'diagnostica rapida'],
      },
    ],
  },
  {
    key: 'nutraceuticals',
    eco: ['nutrition', 'health_life_science'],
    ateco: ['C', 'M'],
    tags: [
      'nutraceutica',
      'alimenti funzionali',
      'probiotici',
      'microbiota',
      'estratti vegetali',
      'sottoprodotti agroalimentari',
      'functional food',
      'polifenoli',
    ],
    names: ['Nutra', 'Bio', 'Natura', 'Salus'],
    what: {
      it: [
        'l’estrazione di polifenoli dalle vinacce con solventi verdi',
        'ceppi probiotici caratterizzati per la salute intestinale',
        'studi clinici nutrizionali sul microbiota',
      ],
      en: [
        'green-solvent extraction of polyphenols from grape pomace',
        'probiotic strains characterised for gut health',
        'nutritional clinical studies on the microbiome',
      ],
    },
    markets: {
      it: ['integratori', 'alimenti funzionali', 'cosmetica'],
      en: ['food supplements', 'functional foods', 'cosmetics'],
    },
    offers: [
      {
        it: 'Polifenoli da sottoprodotti della vinificazione',
        en: 'Polyphenols from winemaking by-products',
        tags: ['polifenoli', 'sottoprodotti agroalimentari', 'estratti vegetali'],
      },
      {
        it: 'Collezione di ceppi probiotici caratterizzati',
        en: 'Collection of characterised probiotic strains',
        tags: ['probiotici', 'microbiota', 'nutraceutica'],
      },
      {
        it: 'Piattaforma per studi di intervento nutrizionale',
        en: 'Platform for nutritional intervention studies',
        tags: ['studi clinici', 'alimenti funzionali', 'microbiota'],
      },
    ],
    needs: [
      {
        owners: ['sme', 'large_company'],
        it: 'Validare scientificamente un integratore per il microbiota',
        en: 'Scientific validation of a microbiome supplement',
        needIt:
          'Abbiamo formulato un integratore con fibre e probiotici. Cerchiamo un gruppo clinico o universitario che ne disegni e conduca lo studio di efficacia.',
        needEn:
          'We have formulated a supplement with fibres and probiotics. We need a clinical or academic group to design and run the efficacy study.',
        tags: ['probiotici', 'microbiota', 'studi clinici', 'nutraceutica'],
      },
    ],
  },
  {
    key: 'medtech',
    eco: ['health_life_science', 'advanced_manufacturing'],
    ateco: ['C', 'Q'],
    tags: [
      'dispositivi medici',
      'medical devices',
      'biomateriali',
      'protesi',
      'impianti ortopedici',
      'marcatura ce',
      'mdr',
      'chirurgia',
    ],
    names: ['Medicale', 'Ortho', 'Med', 'Protesi'],
    what: {
      it: [
        'rivestimenti antibatterici per impianti ortopedici',
        'protesi personalizzate progettate da immagini TC',
        'supporto regolatorio per la marcatura CE secondo il MDR',
      ],
      en: [
        'antibacterial coatings for orthopaedic implants',
        'patient-specific prostheses designed from CT scans',
        'regulatory support for CE marking under the MDR',
      ],
    },
    markets: {
      it: ['ortopedia', 'odontoiatria', 'cardiologia'],
      en: ['orthopaedics', 'dentistry', 'cardiology'],
    },
    offers: [
      {
        it: 'Rivestimento antibatterico a base di argento per impianti',
        en: 'Silver-based antibacterial coating for implants',
        tags: ['biomateriali', 'impianti ortopedici', 'rivestimenti'],
      },
      {
        it: 'Protesi personalizzate da imaging TC',
        en: 'Patient-specific prostheses from CT imaging',
        tags: ['protesi', 'stampa 3d', 'dispositivi medici'],
      },
      {
        it: 'Banco di prova per la validazione di dispositivi cardiovascolari',
        en: 'Test bench for cardiovascular device validation',
        tags: ['medical devices', 'validazione', 'cardiologia'],
      },
    ],
    needs: [
      {
        owners: ['sme', 'large_company'],
        it: 'Ridurre le infezioni degli impianti di anca',
        en: 'Reducing hip implant infections',
        needIt:
          'Produciamo steli femorali e vogliamo una superficie che riduca le infezioni periprotesiche. Cerchiamo partner con biomateriali già testati in vitro e capacità di studi preclinici.',
        needEn:
          'We make femoral stems and want a surface that lowers periprosthetic infections. We need partners with biomaterials already tested in vitro and preclinical capability.',
        tags: ['impianti ortopedici', 'biomateriali', 'rivestimenti', 'dispositivi medici'],
      },
    ],
  },
  {
    key: 'digital_health',
    eco: ['health_life_science', 'social_development'],
    ateco: ['Q', 'J'],
    tags: [
      'telemedicina',
      'sanità digitale',
      'digital health',
      'monitoraggio remoto',
      'dispositivi indossabili',
      'wearable',
      'dati clinici',
      'intelligenza artificiale',
      'cronicità',
    ],
    names: ['Salute', 'Care', 'Tele', 'Health'],
    what: {
      it: [
        'una piattaforma di telemonitoraggio per pazienti con scompenso cardiaco',
        'dispositivi indossabili che misurano parametri vitali in continuo',
        'modelli di intelligenza artificiale per stratificare il rischio dei pazienti cronici',
      ],
      en: [
        'a remote-monitoring platform for heart-failure patients',
        'wearables measuring vital signs continuously',
        'AI models stratifying the risk of chronic patients',
      ],
    },
    markets: {
      it: ['ospedali', 'assistenza domiciliare', 'RSA'],
      en: ['hospitals', 'home care', 'nursing homes'],
    },
    offers: [
      {
        it: 'Telemonitoraggio dello scompenso cardiaco',
        en: 'Remote monitoring for heart failure',
        tags: ['telemedicina', 'monitoraggio remoto', 'cronicità'],
      },
      {
        it: 'Maglietta sensorizzata per parametri vitali',
        en: 'Sensorised shirt for vital signs',
        tags: ['wearable', 'dispositivi indossabili', 'tessuti funzionali'],
      },
      {
        it: 'Stratificazione del rischio con intelligenza artificiale su dati clinici',
        en: 'AI risk stratification on clinical data',
        tags: ['intelligenza artificiale', 'dati clinici', 'sanità digitale'],
      },
    ],
    needs: [
      {
        owners: ['public_body', 'research_hospital'],
        it: 'Telemonitoraggio domiciliare dei pazienti cronici',
        en: 'Home monitoring of chronic patients',
        needIt:
          'Vogliamo seguire a domicilio 500 pazienti con BPCO e scompenso. Cerchiamo una soluzione di telemonitoraggio già conforme, da sperimentare in un pilota di 12 mesi.',
        needEn:
          'We want to follow 500 COPD and heart-failure patients at home. We need a compliant remote-monitoring solution to pilot for 12 months.',
        tags: ['telemedicina', 'monitoraggio remoto', 'cronicità', 'sanità digitale'],
      },
    ],
  },
  {
    key: 'diagnostics',
    eco: ['health_life_science'],
    ateco: ['M', 'Q', 'C'],
    tags: [
      'diagnostica',
      'genomica',
      'biomarcatori',
      'oncologia',
      'sequenziamento',
      'medicina di precisione',
      'biopsia liquida',
      'diagnostics',
    ],
    names: ['Diagnostica', 'Gen', 'Omics', 'Marker'],
    what: {
      it: [
        'pannelli di biomarcatori per la diagnosi precoce dei tumori',
        'biopsia liquida basata su sequenziamento del DNA circolante',
        'pipeline bioinformatiche per la medicina di precisione',
      ],
      en: [
        'biomarker panels for early cancer diagnosis',
        'liquid biopsy based on circulating DNA sequencing',
        'bioinformatics pipelines for precision medicine',
      ],
    },
    markets: {
      it: ['oncologia', 'malattie rare', 'laboratori clinici'],
      en: ['oncology', 'rare diseases', 'clinical labs'],
    },
    offers: [
      {
        it: 'Biopsia liquida per il monitoraggio del tumore del colon',
        en: 'Liquid biopsy for colorectal cancer monitoring',
        tags: ['biopsia liquida', 'oncologia', 'sequenziamento'],
      },
      {
        it: 'Pannello di biomarcatori per la sepsi',
        en: 'Biomarker panel for sepsis',
        tags: ['biomarcatori', 'diagnostica', 'terapia intensiva'],
      },
      {
        it: 'Pipeline di analisi genomica per malattie rare',
        en: 'Genomic analysis pipeline for rare diseases',
        tags: ['genomica', 'malattie rare', 'bioinformatica'],
      },
    ],
    needs: [
      {
        owners: ['research_hospital'],
        it: 'Diagnosi rapida della sepsi in pronto soccorso',
        en: 'Rapid sepsis diagnosis in the emergency room',
        needIt:
          'I tempi di diagnosi della sepsi nel nostro pronto soccorso superano le 6 ore. Cerchiamo test o biomarcatori validati da integrare nel percorso clinico.',
        needEn:
          'Sepsis diagnosis in our emergency department takes over 6 hours. We need validated tests or biomarkers to fit into the clinical pathway.',
        tags: ['biomarcatori', 'diagnostica', 'sepsi', 'pronto soccorso'],
      },
    ],
  },
  {
    key: 'drug_delivery',
    eco: ['health_life_science'],
    ateco: ['C', 'M'],
    tags: [
      'drug delivery',
      'nanoparticelle',
      'formulazione farmaceutica',
      'rilascio controllato',
      'biotecnologie',
      'farmaceutica',
      'idrogel',
    ],
    names: ['Pharma', 'Nano', 'Farmaceutica', 'Bio'],
    what: {
      it: [
        'nanoparticelle lipidiche per il trasporto di acidi nucleici',
        'idrogel a rilascio controllato per la somministrazione locale',
        'formulazioni orali per principi attivi poco solubili',
      ],
      en: [
        'lipid nanoparticles delivering nucleic acids',
        'controlled-release hydrogels for local administration',
        'oral formulations for poorly soluble drugs',
      ],
    },
    markets: {
      it: ['industria farmaceutica', 'veterinaria', 'dermatologia'],
      en: ['pharmaceutical industry', 'veterinary', 'dermatology'],
    },
    offers: [
      {
        it: 'Nanoparticelle lipidiche per RNA',
        en: 'Lipid nanoparticles for RNA',
        tags: ['nanoparticelle', 'drug delivery', 'biotecnologie'],
      },
      {
        it: 'Idrogel iniettabile a rilascio prolungato',
        en: 'Injectable sustained-release hydrogel',
        tags: ['idrogel', 'rilascio controllato', 'formulazione farmaceutica'],
      },
      {
        it: 'Aumento della solubilità di farmaci orali',
        en: 'Solubility enhancement for oral drugs',
        tags: ['formulazione farmaceutica', 'farmaceutica', 'drug delivery'],
      },
    ],
    needs: [
      {
        owners: ['sme', 'large_company'],
        it: 'Rilascio prolungato di un antinfiammatorio locale',
        en: 'Sustained release of a local anti-inflammatory',
        needIt:
          'Vogliamo ridurre le somministrazioni di un farmaco intra-articolare da settimanali a mensili. Cerchiamo piattaforme di rilascio controllato con dati preclinici.',
        needEn:
          'We want to reduce an intra-articular drug from weekly to monthly doses. We need controlled-release platforms with preclinical data.',
        tags: ['rilascio controllato', 'drug delivery', 'idrogel', 'farmaceutica'],
      },
    ],
  },
  {
    key: 'cybersecurity',
    eco: ['connectivity_information'],
    ateco: ['J', 'M'],
    tags: [
      'cybersecurity',
      'sicurezza informatica',
      'ot security',
      'crittografia',
      'threat detection',
      'nis2',
      'sicurezza industriale',
      'intelligenza artificiale',
    ],
    names: ['Cyber', 'Secure', 'Difesa', 'Shield'],
    what: {
      it: [
        'il rilevamento di intrusioni nelle reti industriali OT',
        'crittografia post-quantistica per dispositivi embedded',
        'servizi di valutazione della conformità alla direttiva NIS2',
      ],
      en: [
        'intrusion detection for industrial OT networks',
        'post-quantum cryptography for embedded devices',
        'NIS2 compliance assessment services',
      ],
    },
    markets: {
      it: ['manifattura', 'sanità', 'pubblica amministrazione'],
      en: ['manufacturing', 'healthcare', 'public administration'],
    },
    offers: [
      {
        it: 'Rilevamento di anomalie nel traffico di rete OT',
        en: 'Anomaly detection in OT network traffic',
        tags: ['ot security', 'threat detection', 'sicurezza industriale'],
      },
      {
        it: 'Libreria di crittografia post-quantistica per microcontrollori',
        en: 'Post-quantum cryptography library for microcontrollers',
        tags: ['crittografia', 'post-quantum', 'embedded'],
      },
      {
        it: 'Valutazione della postura di sicurezza per la NIS2',
        en: 'NIS2 security posture assessment',
        tags: ['nis2', 'cybersecurity', 'conformità'],
      },
    ],
    needs: [
      {
        owners: ['sme', 'large_company', 'cluster'],
        it: 'Proteggere le linee produttive dagli attacchi informatici',
        en: 'Protecting production lines from cyber attacks',
        needIt:
          'Abbiamo collegato le macchine alla rete aziendale e temiamo attacchi come quelli subiti da altri fornitori. Cerchiamo un sistema di monitoraggio della rete OT e un piano di adeguamento alla NIS2.',
        needEn:
          'We connected our machines to the company network and fear attacks like those suffered by other suppliers. We need OT network monitoring and a NIS2 roadmap.',
        tags: ['ot security', 'sicurezza informatica', 'nis2', 'threat detection'],
      },
    ],
  },
  {
    key: 'iot_5g',
    eco: ['connectivity_information', 'smart_mobility_architecture'],
    ateco: ['J', 'C'],
    tags: [
      '5g',
      'iot',
      'internet of things',
      'edge computing',
      'reti di sensori',
      'lorawan',
      'connettività',
      'reti private',
    ],
    names: ['Net', 'Connessioni', 'Edge', 'Link'],
    what: {
      it: [
        'reti 5G private per stabilimenti e porti interni',
        'piattaforme di edge computing per l’elaborazione locale dei dati dei sensori',
        'reti LoRaWAN per il monitoraggio diffuso sul territorio',
      ],
      en: [
        'private 5G networks for plants and inland ports',
        'edge-computing platforms processing sensor data locally',
        'LoRaWAN networks for territory-wide monitoring',
      ],
    },
    markets: {
      it: ['logistica', 'utility', 'manifattura'],
      en: ['logistics', 'utilities', 'manufacturing'],
    },
    offers: [
      {
        it: 'Rete 5G privata come banco di prova industriale',
        en: 'Private 5G network as an industrial test-bed',
        tags: ['5g', 'reti private', 'banco di prova'],
      },
      {
        it: 'Gateway di edge computing per sensori industriali',
        en: 'Edge-computing gateway for industrial sensors',
        tags: ['edge computing', 'iot', 'reti di sensori'],
      },
      {
        it: 'Rete LoRaWAN per il monitoraggio ambientale',
        en: 'LoRaWAN network for environmental monitoring',
        tags: ['lorawan', 'internet of things', 'monitoraggio ambientale'],
      },
    ],
    needs: [
      {
        owners: ['public_body', 'cluster'],
        it: 'Connettere sensori diffusi in aree montane',
        en: 'Connecting sensors spread across mountain areas',
        needIt:
          'Dobbiamo monitorare frane e portate dei torrenti in valli senza copertura mobile. Cerchiamo reti a basso consumo e lunga portata, da sperimentare su due vallate.',
        needEn:
          'We must monitor landslides and stream flows in valleys with no mobile coverage. We need low-power long-range networks to trial in two valleys.',
        tags: ['lorawan', 'reti di sensori', 'monitoraggio ambientale', 'iot'],
      },
    ],
  },
  {
    key: 'heritage',
    eco: ['culture_knowledge'],
    ateco: ['R', 'J', 'M'],
    tags: [
      'beni culturali',
      'cultural heritage',
      'digitalizzazione',
      'realtà aumentata',
      'restauro',
      'musei',
      'rilievo 3d',
      'turismo culturale',
    ],
    names: ['Cultura', 'Heritage', 'Arte', 'Museo'],
    what: {
      it: [
        'la digitalizzazione 3D ad alta risoluzione di opere e siti',
        'percorsi di visita in realtà aumentata per musei',
        'materiali innovativi per il restauro conservativo',
      ],
      en: [
        'high-resolution 3D digitisation of artworks and sites',
        'augmented-reality visitor paths for museums',
        'innovative materials for conservative restoration',
      ],
    },
    markets: {
      it: ['musei', 'siti archeologici', 'turismo'],
      en: ['museums', 'archaeological sites', 'tourism'],
    },
    offers: [
      {
        it: 'Rilievo 3D fotogrammetrico di siti storici',
        en: 'Photogrammetric 3D survey of historic sites',
        tags: ['rilievo 3d', 'digitalizzazione', 'beni culturali'],
      },
      {
        it: 'Visita museale in realtà aumentata',
        en: 'Augmented-reality museum visit',
        tags: ['realtà aumentata', 'musei', 'turismo culturale'],
      },
      {
        it: 'Consolidanti nanostrutturati per affreschi',
        en: 'Nanostructured consolidants for frescoes',
        tags: ['restauro', 'nanomateriali', 'beni culturali'],
      },
    ],
    needs: [
      {
        owners: ['public_body'],
        it: 'Rendere accessibile in digitale una collezione civica',
        en: 'Making a civic collection accessible online',
        needIt:
          'Il museo civico conserva 8.000 reperti, solo il 10% esposto. Cerchiamo partner per digitalizzarli in 3D e creare un percorso di visita anche in realtà aumentata.',
        needEn:
          'The civic museum holds 8,000 finds with only 10% on display. We need partners to digitise them in 3D and build a visit path including augmented reality.',
        tags: ['digitalizzazione', 'musei', 'realtà aumentata', 'rilievo 3d'],
      },
    ],
  },
  {
    key: 'smart_buildings',
    eco: ['smart_mobility_architecture', 'sustainability'],
    ateco: ['F', 'M'],
    tags: [
      'bim',
      'efficienza energetica',
      'smart building',
      'edifici intelligenti',
      'materiali da costruzione',
      'legno strutturale',
      'retrofit',
      'riqualificazione energetica',
    ],
    names: ['Edilizia', 'Costruzioni', 'Build', 'Habitat'],
    what: {
      it: [
        'pannelli prefabbricati in legno per la riqualificazione energetica delle facciate',
        'modelli BIM collegati ai sensori per la gestione degli edifici',
        'calcestruzzi a basse emissioni con aggregati riciclati',
      ],
      en: [
        'prefabricated timber panels for energy retrofit of façades',
        'BIM models linked to sensors for building operation',
        'low-carbon concrete with recycled aggregates',
      ],
    },
    markets: {
      it: ['edilizia residenziale pubblica', 'scuole', 'uffici'],
      en: ['social housing', 'schools', 'offices'],
    },
    offers: [
      {
        it: 'Facciata prefabbricata per il retrofit energetico',
        en: 'Prefabricated façade for energy retrofit',
        tags: ['retrofit', 'riqualificazione energetica', 'legno strutturale'],
      },
      {
        it: 'Gemello digitale BIM per la gestione degli edifici',
        en: 'BIM digital twin for facility management',
        tags: ['bim', 'digital twin', 'smart building'],
      },
      {
        it: 'Calcestruzzo con aggregati da demolizione',
        en: 'Concrete with demolition aggregates',
        tags: ['materiali da costruzione', 'economia circolare', 'calcestruzzo'],
      },
    ],
    needs: [
      {
        owners: ['public_body'],
        it: 'Riqualificare energeticamente le scuole comunali',
        en: 'Energy retrofit of municipal schools',
        needIt:
          'Il Comune ha 14 edifici scolastici in classe G. Cerchiamo soluzioni di riqualificazione rapide, con cantieri compatibili con l’anno scolastico, e un sistema di monitoraggio dei consumi.',
        needEn:
          'The municipality has 14 school buildings in class G. We need fast retrofit solutions, with works compatible with the school year, and consumption monitoring.',
        tags: ['riqualificazione energetica', 'retrofit', 'efficienza energetica', 'scuole'],
      },
    ],
  },
  {
    key: 'mobility',
    eco: ['smart_mobility_architecture'],
    ateco: ['H', 'C', 'J'],
    tags: [
      'guida autonoma',
      'autonomous driving',
      'mobilità sostenibile',
      'smart mobility',
      'veicoli elettrici',
      'logistica urbana',
      'simulatore di guida',
      'trasporto pubblico',
    ],
    names: ['Mobilità', 'Move', 'Trasporti', 'Drive'],
    what: {
      it: [
        'un simulatore di guida per validare sistemi di assistenza alla guida',
        'algoritmi di ottimizzazione per la logistica urbana dell’ultimo miglio',
        'servizi di trasporto pubblico a chiamata basati sui dati',
      ],
      en: [
        'a driving simulator to validate driver-assistance systems',
        'optimisation algorithms for last-mile urban logistics',
        'data-driven demand-responsive public transport',
      ],
    },
    markets: {
      it: ['trasporto pubblico locale', 'automotive', 'logistica'],
      en: ['local public transport', 'automotive', 'logistics'],
    },
    offers: [
      {
        it: 'Simulatore di guida per la validazione di ADAS',
        en: 'Driving simulator for ADAS validation',
        tags: ['simulatore di guida', 'guida autonoma', 'adas'],
      },
      {
        it: 'Trasporto a chiamata ottimizzato per aree a domanda debole',
        en: 'Optimised demand-responsive transport for low-demand areas',
        tags: ['trasporto pubblico', 'mobilità sostenibile', 'ottimizzazione'],
      },
      {
        it: 'Consegne urbane con cargo bike e micro-hub',
        en: 'Urban deliveries with cargo bikes and micro-hubs',
        tags: ['logistica urbana', 'mobilità sostenibile', 'ultimo miglio'],
      },
    ],
    needs: [
      {
        owners: ['public_body'],
        it: 'Trasporto pubblico flessibile nelle valli',
        en: 'Flexible public transport in the valleys',
        needIt:
          'Le linee di autobus extraurbane viaggiano quasi vuote fuori dagli orari scolastici. Cerchiamo un servizio a chiamata basato sui dati da sperimentare su tre comuni.',
        needEn:
          'Rural bus lines run almost empty outside school hours. We need a data-driven on-demand service to trial in three municipalities.',
        tags: [
          'trasporto pubblico',
          'mobilità sostenibile',
          'smart mobility',
          'trasporto a chiamata',
        ],
      },
      {
        owners: ['sme', 'large_company'],
        it: 'Validare un sistema di assistenza alla guida',
        en: 'Validating a driver-assistance system',
        needIt:
          'Abbiamo sviluppato un sensore per l’assistenza alla guida e dobbiamo validarlo in scenari ripetibili prima delle prove su strada. Cerchiamo un simulatore di guida e competenze sui fattori umani.',
        needEn:
          'We developed a driver-assistance sensor and must validate it in repeatable scenarios before road tests. We need a driving simulator and human-factors expertise.',
        tags: ['simulatore di guida', 'adas', 'guida autonoma', 'validazione'],
      },
    ],
  },
  {
    key: 'textiles',
    eco: ['advanced_manufacturing', 'sustainability', 'culture_knowledge'],
    ateco: ['C'],
    tags: [
      'tessile',
      'fibre tecniche',
      'tintura',
      'seta',
      'tessuti funzionali',
      'sostenibilità tessile',
      'textile',
      'finissaggio',
    ],
    names: ['Tessitura', 'Seta', 'Filati', 'Tessile'],
    what: {
      it: [
        'processi di tintura a basso consumo d’acqua per la seta',
        'finissaggi idrorepellenti senza PFAS',
        'fibre riciclate da scarti di produzione tessile',
      ],
      en: [
        'low-water dyeing processes for silk',
        'PFAS-free water-repellent finishes',
        'recycled fibres from textile production waste',
      ],
    },
    markets: {
      it: ['moda e lusso', 'arredo', 'abbigliamento tecnico'],
      en: ['fashion and luxury', 'home textiles', 'technical apparel'],
    },
    offers: [
      {
        it: 'Finissaggio idrorepellente senza PFAS',
        en: 'PFAS-free water-repellent finishing',
        tags: ['finissaggio', 'pfas', 'tessuti funzionali'],
      },
      {
        it: 'Tintura digitale a basso consumo d’acqua',
        en: 'Low-water digital dyeing',
        tags: ['tintura', 'sostenibilità tessile', 'seta'],
      },
      {
        it: 'Riciclo meccanico di scarti di seta e lana',
        en: 'Mechanical recycling of silk and wool waste',
        tags: ['riciclo', 'fibre tecniche', 'economia circolare'],
      },
    ],
    needs: [
      {
        owners: ['sme', 'large_company'],
        it: 'Eliminare i PFAS dai tessuti tecnici',
        en: 'Removing PFAS from technical fabrics',
        needIt:
          'I clienti del lusso ci chiedono tessuti idrorepellenti senza PFAS entro due stagioni. Cerchiamo finissaggi alternativi già provati su seta e poliestere.',
        needEn:
          'Luxury customers want PFAS-free water-repellent fabrics within two seasons. We need alternative finishes already tested on silk and polyester.',
        tags: ['pfas', 'finissaggio', 'tessuti funzionali', 'tessile'],
      },
    ],
  },
  {
    key: 'sports_materials',
    eco: ['advanced_manufacturing', 'social_development'],
    ateco: ['C'],
    tags: [
      'materiali compositi',
      'fibra di carbonio',
      'attrezzatura sportiva',
      'materiali avanzati',
      'compositi termoplastici',
      'sport',
      'outdoor',
    ],
    names: ['Compositi', 'Carbonio', 'Sport', 'Outdoor'],
    what: {
      it: [
        'compositi termoplastici riciclabili per attrezzatura sportiva',
        'prove meccaniche e a fatica su materiali per l’outdoor',
        'fibre di carbonio da recupero per componenti leggeri',
      ],
      en: [
        'recyclable thermoplastic composites for sports equipment',
        'mechanical and fatigue testing of outdoor materials',
        'reclaimed carbon fibre for lightweight parts',
      ],
    },
    markets: {
      it: ['sport invernali', 'ciclismo', 'alpinismo'],
      en: ['winter sports', 'cycling', 'mountaineering'],
    },
    offers: [
      {
        it: 'Compositi termoplastici riciclabili per sci e tavole',
        en: 'Recyclable thermoplastic composites for skis and boards',
        tags: ['compositi termoplastici', 'attrezzatura sportiva', 'riciclo'],
      },
      {
        it: 'Laboratorio di prove per attrezzatura da montagna',
        en: 'Testing lab for mountaineering equipment',
        tags: ['prove meccaniche', 'outdoor', 'certificazione'],
      },
      {
        it: 'Fibra di carbonio riciclata per telai di bicicletta',
        en: 'Recycled carbon fibre for bicycle frames',
        tags: ['fibra di carbonio', 'materiali compositi', 'ciclismo'],
      },
    ],
    needs: [
      {
        owners: ['sme', 'large_company'],
        it: 'Moschettoni e attrezzatura più leggeri e certificabili',
        en: 'Lighter, certifiable carabiners and gear',
        needIt:
          'Vogliamo una nuova linea di attrezzatura da alpinismo più leggera del 20% mantenendo la certificazione. Cerchiamo materiali avanzati e un laboratorio di prove.',
        needEn:
          'We want a new mountaineering gear line 20% lighter that still passes certification. We need advanced materials and a testing lab.',
        tags: ['materiali avanzati', 'outdoor', 'prove meccaniche', 'alpinismo'],
      },
    ],
  },
  {
    key: 'social_care',
    eco: ['social_development', 'health_life_science'],
    ateco: ['Q', 'O', 'J'],
    tags: [
      'invecchiamento attivo',
      'active ageing',
      'domotica assistiva',
      'inclusione sociale',
      'welfare',
      'assistive technology',
      'caregiver',
      'fragilità',
    ],
    names: ['Welfare', 'Sociale', 'Aging', 'Comunità'],
    what: {
      it: [
        'sistemi di domotica assistiva che rilevano cadute e anomalie nelle abitudini',
        'app per il coordinamento di caregiver e servizi sociali',
        'valutazioni d’impatto sociale di servizi di welfare di comunità',
      ],
      en: [
        'assistive home automation detecting falls and changes in habits',
        'apps coordinating caregivers and social services',
        'social impact assessment of community welfare services',
      ],
    },
    markets: {
      it: ['servizi sociali comunali', 'RSA', 'cooperative sociali'],
      en: ['municipal social services', 'nursing homes', 'social cooperatives'],
    },
    offers: [
      {
        it: 'Rilevamento cadute non invasivo con sensori ambientali',
        en: 'Non-invasive fall detection with ambient sensors',
        tags: ['domotica assistiva', 'fragilità', 'sensori'],
      },
      {
        it: 'Piattaforma di coordinamento per caregiver familiari',
        en: 'Coordination platform for family caregivers',
        tags: ['caregiver', 'welfare', 'inclusione sociale'],
      },
      {
        it: 'Metodo di valutazione dell’impatto sociale',
        en: 'Social impact assessment method',
        tags: ['impatto sociale', 'welfare', 'valutazione'],
      },
    ],
    needs: [
      {
        owners: ['public_body'],
        it: 'Anziani soli a casa in sicurezza',
        en: 'Keeping older people living alone safe at home',
        needIt:
          'Nel distretto vivono soli oltre 2.000 over 75. Cerchiamo tecnologie non invasive per rilevare cadute e segnali di fragilità, da sperimentare con i servizi sociali.',
        needEn:
          'Over 2,000 people aged 75+ live alone in the district. We need non-invasive technology detecting falls and frailty signals, to trial with social services.',
        tags: ['domotica assistiva', 'fragilità', 'invecchiamento attivo', 'welfare'],
      },
    ],
  },
  {
    key: 'ai_language',
    eco: ['connectivity_information', 'culture_knowledge'],
    ateco: ['J', 'M', 'K'],
    tags: [
      'intelligenza artificiale',
      'artificial intelligence',
      'elaborazione del linguaggio naturale',
      'nlp',
      'analisi documentale',
      'chatbot',
      'modelli linguistici',
      'large language model',
    ],
    names: ['Lingua', 'Semantica', 'Cognitiva', 'Data'],
    what: {
      it: [
        'modelli linguistici addestrati su documenti tecnici in italiano',
        'estrazione automatica di informazioni da contratti e fatture',
        'assistenti conversazionali per l’assistenza clienti e la PA',
      ],
      en: [
        'language models trained on Italian technical documents',
        'automatic information extraction from contracts and invoices',
        'conversational assistants for customer service and public administration',
      ],
    },
    markets: {
      it: ['banche e assicurazioni', 'pubblica amministrazione', 'studi professionali'],
      en: ['banking and insurance', 'public administration', 'professional firms'],
    },
    offers: [
      {
        it: 'Estrazione di informazioni da documenti tecnici in italiano',
        en: 'Information extraction from Italian technical documents',
        tags: ['nlp', 'analisi documentale', 'elaborazione del linguaggio naturale'],
      },
      {
        it: 'Assistente conversazionale per lo sportello al cittadino',
        en: 'Conversational assistant for citizen help desks',
        tags: ['chatbot', 'modelli linguistici', 'pubblica amministrazione'],
      },
      {
        it: 'Modello linguistico specializzato per la manutenzione',
        en: 'Domain language model for maintenance manuals',
        tags: ['large language model', 'intelligenza artificiale', 'manutenzione'],
      },
    ],
    needs: [
      {
        owners: ['sme', 'large_company'],
        it: 'Ricerca intelligente nella documentazione tecnica',
        en: 'Smart search over technical documentation',
        needIt:
          'I nostri tecnici perdono ore a cercare nei manuali di 30 anni di macchine. Cerchiamo un assistente basato su modelli linguistici che risponda citando le fonti.',
        needEn:
          'Our technicians spend hours searching 30 years of machine manuals. We need an assistant based on language models that answers citing its sources.',
        tags: [
          'modelli linguistici',
          'analisi documentale',
          'intelligenza artificiale',
          'manutenzione',
        ],
      },
    ],
  },
];

/** Theme keys that public bodies plausibly work on (they post challenges about them). */
export const PUBLIC_THEMES = [
  'mobility',
  'water',
  'smart_buildings',
  'heritage',
  'social_care',
  'digital_health',
  'iot_5g',
  'agritech',
  'ai_language',
];

/** Province adjectives used in fictional names, and the towns that head each province. */
export const PROVINCE_WORDS = {
  BG: { adj: ['Orobica', 'Brembana', 'Seriana'], town: 'Bergamo' },
  BS: { adj: ['Bresciana', 'Camuna', 'Gardesana'], town: 'Brescia' },
  CO: { adj: ['Lariana', 'Comasca'], town: 'Como' },
  CR: { adj: ['Cremonese', 'Padana'], town: 'Cremona' },
  LC: { adj: ['Lecchese', 'Manzoniana'], town: 'Lecco' },
  LO: { adj: ['Lodigiana', 'Laudense'], town: 'Lodi' },
  MN: { adj: ['Mantovana', 'Virgiliana'], town: 'Mantova' },
  MI: { adj: ['Ambrosiana', 'Meneghina', 'dei Navigli'], town: 'Milano' },
  MB: { adj: ['Brianzola', 'Monzese'], town: 'Monza' },
  PV: { adj: ['Pavese', 'Ticinese', 'Lomellina'], town: 'Pavia' },
  SO: { adj: ['Valtellinese', 'Retica'], town: 'Sondrio' },
  VA: { adj: ['Varesina', 'Prealpina', 'Insubre'], town: 'Varese' },
};
