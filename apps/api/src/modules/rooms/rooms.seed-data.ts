import { demoRoomId } from '../partnerships/partnerships.seed-data';

export const demoRoomsRoomId = (n: number) =>
  `7c000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const demoRoomMessageId = (n: number) =>
  `7d000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Demo people by their sign-in address (the accounts seeder's). */
type Who =
  'pmi' | 'ricerca' | 'startup' | 'moderatore' | 'giovanni.bruno' | 'chiara.ricci' | 'luca.marino';

export interface DemoRoom {
  id: string;
  kind: 'community' | 'event' | 'direct' | 'partnership';
  title: string;
  description?: string;
  /** Member rows (community, event, direct); the first is the owner of community and event rooms. */
  members: Who[];
  /** Messages, oldest first: who, text, minutes ago, and (optionally) the index of the message it answers. */
  messages: [Who, string, number, number?][];
  /** How many of the latest messages each person has not read yet. */
  unread?: Partial<Record<Who, number>>;
}

/**
 * Rooms of the demo: three community rooms with history, an event room, the active
 * partnership's private room (Meccanica Brianzola ↔ the robotics lab: pmi@ and ricerca@) and
 * direct messages between the demo accounts. pmi@ finds unread messages in several of them.
 */
export const DEMO_ROOMS: DemoRoom[] = [
  {
    id: demoRoomsRoomId(1),
    kind: 'community',
    title: 'Manifattura 4.0 in Lombardia',
    description: 'Automazione, visione artificiale, manutenzione predittiva: esperienze e domande.',
    members: ['moderatore', 'pmi', 'ricerca', 'startup', 'giovanni.bruno', 'chiara.ricci'],
    messages: [
      [
        'moderatore',
        'Benvenuti nella stanza dedicata alla **manifattura avanzata**! Presentatevi pure.',
        4320,
      ],
      [
        'pmi',
        'Ciao a tutti, sono Laura di Meccanica Brianzola: torneria di precisione a Monza, stiamo lavorando sul controllo qualità in linea.',
        4300,
      ],
      [
        'ricerca',
        'Benvenuta Laura! Al laboratorio di robotica abbiamo un banco di visione artificiale che potrebbe interessarvi.',
        4200,
        1,
      ],
      [
        'giovanni.bruno',
        'Qualcuno ha esperienza con la manutenzione predittiva su presse idrauliche? Cerchiamo sensori a basso costo.',
        2880,
      ],
      [
        'startup',
        'Noi di Agrisense usiamo sensori di vibrazione LoRa nei campi: lo stesso hardware funziona su macchinari, ne parliamo?',
        2800,
        3,
      ],
      [
        'chiara.ricci',
        'Segnalo il bando regionale per la transizione digitale delle PMI, scade a fine mese.',
        1440,
      ],
      [
        'moderatore',
        'Grazie Chiara! Ricordo a tutti che il **15 dicembre** c’è l’Open Innovation Day: stanza dedicata nell’elenco.',
        600,
      ],
      [
        'ricerca',
        'Abbiamo pubblicato una nuova offerta tecnologica sull’ispezione a luce strutturata, commenti benvenuti.',
        90,
      ],
      ['giovanni.bruno', 'Interessante, la guardo oggi stesso.', 60, 7],
    ],
    unread: { pmi: 3 },
  },
  {
    id: demoRoomsRoomId(2),
    kind: 'community',
    title: 'Agrifood e bioeconomia',
    description: 'Filiere agroalimentari, economia circolare, agricoltura di precisione.',
    members: ['moderatore', 'startup', 'luca.marino', 'pmi'],
    messages: [
      ['moderatore', 'Stanza aperta per chi lavora su agrifood e bioeconomia in Lombardia.', 5000],
      [
        'startup',
        'Cerchiamo una cooperativa della bassa pianura per sperimentare l’irrigazione di precisione nella prossima stagione.',
        3000,
      ],
      [
        'luca.marino',
        'Il consorzio di bonifica con cui collaboro potrebbe essere interessato: vi metto in contatto.',
        2900,
        1,
      ],
      ['startup', 'Grazie Luca, perfetto!', 2890, 1],
    ],
  },
  {
    id: demoRoomsRoomId(3),
    kind: 'community',
    title: 'Scienze della vita',
    description: 'Dispositivi medici, biotecnologie e collaborazione con gli ospedali di ricerca.',
    members: ['moderatore', 'chiara.ricci'],
    messages: [
      [
        'moderatore',
        'Uno spazio per imprese, startup e IRCCS: domande sui percorsi di sperimentazione clinica.',
        7000,
      ],
      [
        'chiara.ricci',
        'Qualcuno conosce un buon riferimento per la marcatura CE dei software medicali?',
        6500,
      ],
    ],
  },
  {
    id: demoRoomsRoomId(4),
    kind: 'event',
    title: 'Open Innovation Day 2026',
    description: 'Per chi è iscritto all’evento del 15 dicembre a Milano.',
    members: ['moderatore', 'pmi', 'ricerca', 'startup'],
    messages: [
      [
        'moderatore',
        'Il programma definitivo è online: pitch delle startup alle 10, tavoli di matchmaking dalle 14.',
        300,
      ],
      ['startup', 'Ci saremo con una demo dal vivo dei sensori!', 200],
    ],
    unread: { pmi: 2 },
  },
  {
    id: demoRoomId(2),
    kind: 'partnership',
    title: '',
    members: [],
    messages: [
      [
        'pmi',
        'Buongiorno Marco, grazie per aver accettato! Possiamo fissare una visita al laboratorio?',
        14000,
      ],
      [
        'ricerca',
        'Certo Laura: martedì prossimo alle 10 vi va bene? Portate una ventina di pezzi con difetti noti.',
        13900,
      ],
      ['pmi', 'Perfetto, ci saremo con il responsabile qualità.', 13800, 1],
      [
        'ricerca',
        'Ecco i primi risultati: riconosciamo il **94%** dei difetti superficiali, il resto sono graffi sotto 0,1 mm.',
        2000,
      ],
      [
        'ricerca',
        'Proposta: una seconda prova con illuminazione coassiale. Ne parliamo in call?',
        1900,
      ],
    ],
    unread: { pmi: 2 },
  },
  {
    id: demoRoomsRoomId(5),
    kind: 'direct',
    title: 'Laura Colombo · Sara Galli',
    members: ['pmi', 'startup'],
    messages: [
      [
        'startup',
        'Ciao Laura, ho visto il tuo messaggio nella stanza manifattura: i nostri sensori potrebbero servirvi.',
        2700,
      ],
      ['pmi', 'Ciao Sara! Volentieri, mandami una scheda tecnica.', 2600],
      ['startup', 'Te la carico appena pronta. Intanto: quante presse avete in reparto?', 30],
    ],
    unread: { pmi: 1 },
  },
  {
    id: demoRoomsRoomId(6),
    kind: 'direct',
    title: 'Marco Ferrari · Sara Galli',
    members: ['ricerca', 'startup'],
    messages: [
      [
        'ricerca',
        'Sara, al laboratorio cerchiamo dati reali di vibrazione per una tesi: vi interesserebbe?',
        1000,
      ],
      ['startup', 'Assolutamente sì, sentiamoci la settimana prossima.', 900],
    ],
  },
];
