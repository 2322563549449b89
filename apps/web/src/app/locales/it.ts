/** Italian: the default language. en.ts must have exactly the same keys (a test checks it). */
export const it = {
  app: {
    name: 'Open Innovation Lombardia',
    tagline: 'Imprese, startup e ricerca: innovare insieme',
  },
  nav: {
    label: 'Navigazione principale',
    home: 'Home',
    taxonomies: 'Tassonomie',
  },
  skipLink: 'Salta al contenuto principale',
  language: {
    label: 'Lingua',
    changed: 'Lingua impostata: italiano',
  },
  footer: {
    about:
      'Piattaforma open source per l’innovazione aperta: connette imprese, startup e organismi di ricerca del territorio.',
    accessibility: 'Dichiarazione di accessibilità',
  },
  home: {
    title: 'Innovazione aperta in Lombardia',
    intro:
      'Le PMI pubblicano sfide di innovazione, i ricercatori offrono tecnologie, il motore di matchmaking suggerisce i partner e spiega perché.',
    taxonomiesTitle: 'Le classificazioni della piattaforma',
    taxonomiesIntro:
      'Organizzazioni, sfide e offerte usano le stesse classificazioni regionali, in italiano e in inglese.',
    termCount_one: '{{count}} voce',
    termCount_other: '{{count}} voci',
    viewAll: 'Vedi tutte le voci di {{name}}',
  },
  indicators: {
    title: 'Gli indicatori regionali',
    intro:
      'Gli indicatori che Regione Lombardia segue per ricerca e innovazione, con il valore iniziale, l’ultimo dato e l’obiettivo.',
    caption: 'Indicatori di ricerca e innovazione',
    indicator: 'Indicatore',
    baseline: 'Valore iniziale',
    latest: 'Ultimo dato',
    target: 'Obiettivo',
    status: 'Obiettivo raggiunto',
    reached: 'Raggiunto',
    notReached: 'Non ancora',
    noData: 'n.d.',
    loading: 'Caricamento degli indicatori…',
    error: 'Non è stato possibile caricare gli indicatori.',
    empty: 'Nessun indicatore ancora registrato.',
  },
  taxonomies: {
    title: 'Tassonomie',
    intro: 'Tutte le classificazioni usate sulla piattaforma, con le voci in ordine.',
    loading: 'Caricamento delle tassonomie…',
    error: 'Non è stato possibile caricare le tassonomie.',
    empty: 'Nessuna voce disponibile.',
    notFound: 'Questa tassonomia non esiste.',
    back: 'Torna a tutte le tassonomie',
    code: 'Codice',
    label: 'Voce',
    description: 'Descrizione',
    filter: 'Filtra le voci',
    filterHint: 'Cerca per codice o nome.',
    noMatch: 'Nessuna voce corrisponde a «{{query}}».',
    version: 'Versione {{version}}',
  },
  accessibility: {
    title: 'Dichiarazione di accessibilità',
    body: 'Questa piattaforma punta alla conformità alle WCAG 2.1 livello AA: ogni pagina è verificata automaticamente con axe-core e usabile da tastiera. Per segnalare un problema di accessibilità scrivi al gestore della piattaforma.',
  },
  notFound: {
    title: 'Pagina non trovata',
    body: 'L’indirizzo che hai aperto non corrisponde a nessuna pagina.',
    home: 'Vai alla home',
  },
  errorBoundary: {
    title: 'Qualcosa è andato storto',
    body: 'Si è verificato un errore imprevisto. Ricarica la pagina; se il problema continua, riprova più tardi.',
    reload: 'Ricarica la pagina',
  },
  common: {
    close: 'Chiudi',
    retry: 'Riprova',
    required: 'obbligatorio',
    dismiss: 'Chiudi la notifica',
    notifications: 'Notifiche',
  },
};

export type Messages = typeof it;
