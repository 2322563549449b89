import type { LocalizedText } from './i18n.js';

/**
 * Stable error codes sent in GraphQL `extensions.code`. Clients translate by code, never by
 * message text. Add a code here with both translations before throwing it.
 */
export const ERROR_MESSAGES = {
  GRAPHQL_PARSE_FAILED: {
    it: 'La richiesta non è un documento GraphQL valido.',
    en: 'The request is not a valid GraphQL document.',
  },
  GRAPHQL_VALIDATION_FAILED: {
    it: 'La richiesta non corrisponde allo schema GraphQL.',
    en: 'The request does not match the GraphQL schema.',
  },
  BAD_USER_INPUT: {
    it: 'Alcuni dati inviati non sono validi.',
    en: 'Some of the data sent is not valid.',
  },
  BAD_REQUEST: { it: 'Richiesta non valida.', en: 'Invalid request.' },
  OPERATION_RESOLUTION_FAILURE: {
    it: 'La richiesta non indica quale operazione eseguire.',
    en: 'The request does not say which operation to run.',
  },
  PERSISTED_QUERY_NOT_FOUND: {
    it: 'Richiesta salvata non trovata: invia il testo completo.',
    en: 'Persisted query not found: send the full query.',
  },
  PERSISTED_QUERY_NOT_SUPPORTED: {
    it: 'Le richieste salvate non sono supportate.',
    en: 'Persisted queries are not supported.',
  },
  QUERY_TOO_DEEP: {
    it: 'La richiesta è troppo annidata.',
    en: 'The query is nested too deeply.',
  },
  QUERY_TOO_COMPLEX: {
    it: 'La richiesta è troppo complessa.',
    en: 'The query is too complex.',
  },
  NOT_FOUND: { it: 'Elemento non trovato.', en: 'Not found.' },
  VALIDATION_FAILED: {
    it: 'Alcuni campi non sono validi: correggili e riprova.',
    en: 'Some fields are not valid: correct them and try again.',
  },
  EMAIL_INVALID: { it: 'Inserisci un indirizzo email valido.', en: 'Enter a valid email address.' },
  PASSWORD_TOO_SHORT: {
    it: 'La password deve avere almeno 12 caratteri.',
    en: 'The password must be at least 12 characters long.',
  },
  PASSWORD_TOO_LONG: {
    it: 'La password può avere al massimo 200 caratteri.',
    en: 'The password can be at most 200 characters long.',
  },
  PASSWORD_TOO_COMMON: {
    it: 'Questa password è troppo comune: scegline un’altra.',
    en: 'This password is too common: choose another one.',
  },
  PASSWORD_CONTAINS_EMAIL: {
    it: 'La password non deve contenere il tuo indirizzo email.',
    en: 'The password must not contain your email address.',
  },
  PASSWORD_REPETITIVE: {
    it: 'La password ripete troppo pochi caratteri diversi.',
    en: 'The password uses too few different characters.',
  },
  NAME_REQUIRED: { it: 'Inserisci il tuo nome.', en: 'Enter your name.' },
  CONSENT_REQUIRED: {
    it: 'Per registrarti devi accettare i termini d’uso e l’informativa privacy.',
    en: 'To register you must accept the terms of use and the privacy notice.',
  },
  INVALID_CREDENTIALS: {
    it: 'Email o password non corretti.',
    en: 'Incorrect email or password.',
  },
  LOGIN_LOCKED: {
    it: 'Troppi tentativi di accesso: riprova tra {{minutes}} minuti.',
    en: 'Too many sign-in attempts: try again in {{minutes}} minutes.',
  },
  TOKEN_INVALID: {
    it: 'Il link non è valido o è scaduto: richiedine uno nuovo.',
    en: 'The link is invalid or has expired: ask for a new one.',
  },
  VAT_INVALID: {
    it: 'Partita IVA non valida: controlla le cifre (o il prefisso del paese UE).',
    en: 'Invalid VAT number: check the digits (or the EU country prefix).',
  },
  VAT_TAKEN: {
    it: 'Un’organizzazione con questa partita IVA è già registrata.',
    en: 'An organisation with this VAT number is already registered.',
  },
  ORGANISATION_KIND_INVALID: {
    it: 'Scegli il tipo di organizzazione.',
    en: 'Choose the kind of organisation.',
  },
  LEGAL_NAME_REQUIRED: { it: 'Inserisci la ragione sociale.', en: 'Enter the legal name.' },
  DISPLAY_NAME_REQUIRED: { it: 'Inserisci il nome da mostrare.', en: 'Enter the name to display.' },
  PROVINCE_INVALID: {
    it: 'Scegli una provincia della lista.',
    en: 'Choose a province from the list.',
  },
  COUNTRY_INVALID: {
    it: 'Usa il codice del paese a due lettere (es. IT).',
    en: 'Use the two-letter country code (e.g. IT).',
  },
  WEBSITE_INVALID: {
    it: 'Inserisci un indirizzo web che inizi con https://.',
    en: 'Enter a web address starting with https://.',
  },
  SIZE_BAND_INVALID: {
    it: 'Scegli una fascia dimensionale della lista.',
    en: 'Choose a size band from the list.',
  },
  ATECO_INVALID: {
    it: 'Scegli una sezione ATECO della lista.',
    en: 'Choose an ATECO section from the list.',
  },
  ECOSYSTEM_INVALID: {
    it: 'Scegli ecosistemi S3 della lista.',
    en: 'Choose S3 ecosystems from the list.',
  },
  TRL_RANGE_INVALID: {
    it: 'Il TRL va da 1 a 9 e il minimo non può superare il massimo.',
    en: 'TRL goes from 1 to 9 and the minimum cannot exceed the maximum.',
  },
  TAGS_INVALID: {
    it: 'Al massimo 20 competenze, di 40 caratteri ciascuna.',
    en: 'At most 20 tags of 40 characters each.',
  },
  TEXT_TOO_LONG: { it: 'Il testo è troppo lungo.', en: 'The text is too long.' },
  PARENT_INVALID: {
    it: 'L’organizzazione madre non esiste o creerebbe un ciclo.',
    en: 'The parent organisation does not exist or would create a cycle.',
  },
  LANGUAGE_INVALID: {
    it: 'Scegli al massimo 10 lingue, con il codice ISO a due lettere (es. it, en).',
    en: 'Choose at most 10 languages, as two-letter ISO codes (e.g. it, en).',
  },
  LINK_INVALID: {
    it: 'Al massimo 5 link: indirizzi che iniziano con https:// (o http://), etichette di 60 caratteri al massimo.',
    en: 'At most 5 links: addresses starting with https:// (or http://), labels of up to 60 characters.',
  },
  LAST_OWNER: {
    it: 'Un’organizzazione deve avere almeno un proprietario: trasferisci prima la proprietà.',
    en: 'An organisation must keep at least one owner: transfer ownership first.',
  },
  LAST_PLATFORM_ADMIN: {
    it: 'La piattaforma deve avere almeno un amministratore: nomina prima un altro amministratore.',
    en: 'The platform must keep at least one administrator: appoint another administrator first.',
  },
  CONFIRMATION_MISMATCH: {
    it: 'L’indirizzo email inserito non è quello del tuo account: l’account non è stato eliminato.',
    en: 'The email address entered is not your account’s: the account was not deleted.',
  },
  ALREADY_MEMBER: { it: 'Questa persona è già membro.', en: 'This person is already a member.' },
  INVITATION_EMAIL_MISMATCH: {
    it: 'Questo invito è per un altro indirizzo email: accedi con l’account a cui è stato inviato.',
    en: 'This invitation is for another email address: sign in with the account it was sent to.',
  },
  JOIN_REQUEST_PENDING: {
    it: 'Hai già una richiesta di adesione in attesa per questa organizzazione.',
    en: 'You already have a pending request to join this organisation.',
  },
  EMAIL_NOT_VERIFIED: {
    it: 'Conferma prima il tuo indirizzo email.',
    en: 'Please confirm your email address first.',
  },
  CHALLENGE_INVALID_TRANSITION: {
    it: 'Azione «{{action}}» non consentita: la sfida è nello stato «{{status}}».',
    en: 'Action "{{action}}" is not allowed: the challenge is in state "{{status}}".',
  },
  CHALLENGE_DEADLINE_NOT_IN_FUTURE: {
    it: 'La scadenza deve essere futura per pubblicare la sfida.',
    en: 'The deadline must be in the future to publish the challenge.',
  },
  CHALLENGE_EDIT_CONFLICT: {
    it: 'Qualcun altro ha modificato la sfida nel frattempo (versione {{currentVersion}}): ricarica e riapplica le tue modifiche.',
    en: 'Someone else changed the challenge meanwhile (version {{currentVersion}}): reload and apply your changes again.',
  },
  CHALLENGE_NOT_EDITABLE: {
    it: 'La sfida non è modificabile nel suo stato attuale.',
    en: 'The challenge cannot be edited in its current state.',
  },
  CHALLENGE_COMMENT_REQUIRED: {
    it: 'Scrivi un commento che spieghi il motivo.',
    en: 'Write a comment explaining why.',
  },
  CHALLENGE_LANGUAGE_INCOMPLETE: {
    it: 'Compila titolo, sintesi e problema in almeno una lingua (italiano o inglese).',
    en: 'Fill in title, summary and problem in at least one language (Italian or English).',
  },
  CHALLENGE_DEADLINE_INVALID: {
    it: 'Inserisci una data di scadenza valida.',
    en: 'Enter a valid deadline.',
  },
  REWARD_TYPE_INVALID: {
    it: 'Scegli un tipo di premio della lista.',
    en: 'Choose a reward type from the list.',
  },
  REWARD_AMOUNT_INVALID: {
    it: 'L’importo deve essere un numero positivo.',
    en: 'The amount must be a positive number.',
  },
  CURRENCY_INVALID: {
    it: 'Usa un codice valuta ISO 4217 di tre lettere (es. EUR).',
    en: 'Use a three-letter ISO 4217 currency code (e.g. EUR).',
  },
  CHALLENGE_VISIBILITY_INVALID: {
    it: 'Scegli una visibilità della lista.',
    en: 'Choose a visibility from the list.',
  },
  INVITED_ORGANISATIONS_INVALID: {
    it: 'Le organizzazioni invitate non esistono o sono troppe (al massimo 100).',
    en: 'The invited organisations do not exist or are too many (at most 100).',
  },
  ORGANISATION_KINDS_INVALID: {
    it: 'Scegli tipi di organizzazione della lista.',
    en: 'Choose organisation kinds from the list.',
  },
  UNAUTHENTICATED: { it: 'Accedi per continuare.', en: 'Please sign in to continue.' },
  FORBIDDEN: {
    it: 'Non hai i permessi per questa azione.',
    en: 'You are not allowed to do this.',
  },
  CSRF_HEADER_MISSING: {
    it: 'Richiesta rifiutata: manca l’intestazione di sicurezza (X-Requested-With).',
    en: 'Request refused: the security header (X-Requested-With) is missing.',
  },
  RATE_LIMITED: {
    it: 'Troppe richieste: riprova tra poco.',
    en: 'Too many requests: please try again shortly.',
  },
  FILE_TOO_LARGE: {
    it: 'Il file è troppo grande.',
    en: 'The file is too large.',
  },
  FILE_TYPE_NOT_ALLOWED: {
    it: 'Tipo di file non consentito: usa un’immagine JPEG, PNG o WebP.',
    en: 'File type not allowed: use a JPEG, PNG or WebP image.',
  },
  IMAGE_INVALID: {
    it: 'L’immagine è danneggiata o troppo grande per essere elaborata.',
    en: 'The image is damaged or too large to process.',
  },
  INTERNAL_SERVER_ERROR: {
    it: 'Si è verificato un errore interno. Riprova più tardi.',
    en: 'An internal error occurred. Please try again later.',
  },
  // — submissions (issue 4) —
  SUBMISSION_EXISTS: {
    it: 'La tua organizzazione ha già una proposta per questa sfida: continua quella.',
    en: 'Your organisation already has a proposal for this challenge: continue that one.',
  },
  SUBMISSION_DEADLINE_PASSED: {
    it: 'La scadenza della sfida è passata: la proposta non può più essere modificata, inviata o ritirata.',
    en: 'The challenge deadline has passed: the proposal can no longer be changed, submitted or withdrawn.',
  },
  SUBMISSION_EDIT_CONFLICT: {
    it: 'Qualcuno della tua organizzazione ha salvato la proposta nel frattempo (versione {{currentVersion}}).',
    en: 'Someone in your organisation saved the proposal meanwhile (version {{currentVersion}}).',
  },
  SUBMISSION_NOT_EDITABLE: {
    it: 'La proposta è già stata inviata: ritirala per modificarla.',
    en: 'The proposal has been submitted: withdraw it to change it.',
  },
  SUBMISSION_NOT_SUBMITTED: {
    it: 'Solo una proposta inviata può essere ritirata.',
    en: 'Only a submitted proposal can be withdrawn.',
  },
  SUBMISSION_CHALLENGE_NOT_OPEN: {
    it: 'La sfida non accetta proposte nel suo stato attuale ({{status}}).',
    en: 'The challenge does not accept proposals in its current state ({{status}}).',
  },
  SUBMISSION_OWN_CHALLENGE: {
    it: 'Un’organizzazione non può rispondere alla propria sfida.',
    en: 'An organisation cannot answer its own challenge.',
  },
  SUBMISSION_FIELD_REQUIRED: {
    it: 'Compila questo campo prima di inviare.',
    en: 'Fill in this field before submitting.',
  },
  TRL_INVALID: { it: 'Il TRL va da 1 a 9.', en: 'TRL goes from 1 to 9.' },
  TRL_REQUIRED: {
    it: 'Scegli il livello di maturità tecnologica (TRL) dell’offerta.',
    en: 'Choose the offer’s technology readiness level (TRL).',
  },
  BUDGET_AMOUNT_INVALID: {
    it: 'Il budget deve essere un numero positivo (al massimo un miliardo).',
    en: 'The budget must be a positive number (at most one billion).',
  },
  // challenge Q&A, confidential brief and attachments (issue 4)
  CHALLENGE_NOT_OPEN_FOR_QUESTIONS: {
    it: 'Si possono fare domande solo su una sfida pubblicata (stato attuale: {{status}}).',
    en: 'Questions can only be asked on a published challenge (current state: {{status}}).',
  },
  QUESTION_TEXT_REQUIRED: {
    it: 'Scrivi la domanda.',
    en: 'Write your question.',
  },
  ANSWER_TEXT_REQUIRED: {
    it: 'Scrivi la risposta.',
    en: 'Write the answer.',
  },
  NDA_TERMS_REQUIRED: {
    it: 'Scrivi i termini di riservatezza che i partecipanti devono accettare.',
    en: 'Write the non-disclosure terms participants must accept.',
  },
  NDA_TERMS_OUTDATED: {
    it: 'I termini di riservatezza sono cambiati nel frattempo: leggi la nuova versione e accettala.',
    en: 'The non-disclosure terms changed meanwhile: read the new version and accept it.',
  },
  NDA_OWN_ORGANISATION: {
    it: 'L’organizzazione che ha pubblicato la sfida vede già la parte riservata.',
    en: 'The organisation that posted the challenge already sees the confidential part.',
  },
  ATTACHMENT_TYPE_NOT_ALLOWED: {
    it: 'Tipo di file non consentito: usa PDF, PNG, JPEG, DOCX, XLSX, PPTX, ODT o testo semplice.',
    en: 'File type not allowed: use PDF, PNG, JPEG, DOCX, XLSX, PPTX, ODT or plain text.',
  },
  ATTACHMENT_LIMIT_REACHED: {
    it: 'È già stato raggiunto il numero massimo di allegati ({{max}}): rimuovine uno prima.',
    en: 'The most attachments allowed ({{max}}) are already there: remove one first.',
  },
  // evaluation (issue 4: scorecards, evaluators, blind scoring, ranking, award, feedback)
  EVALUATION_WEIGHTS_NOT_100: {
    it: 'I pesi dei criteri devono sommare a 100.',
    en: 'The criteria weights must add up to 100.',
  },
  EVALUATION_CRITERIA_COUNT: {
    it: 'Definisci da 1 a 10 criteri.',
    en: 'Define from 1 to 10 criteria.',
  },
  EVALUATION_CRITERION_NAME_REQUIRED: {
    it: 'Dai un nome al criterio (in italiano o in inglese).',
    en: 'Give the criterion a name (in Italian or English).',
  },
  EVALUATION_WEIGHT_INVALID: {
    it: 'Il peso è un numero intero da 1 a 100.',
    en: 'The weight is a whole number from 1 to 100.',
  },
  SCORECARD_FROZEN: {
    it: 'I criteri non si possono più cambiare: la sfida è chiusa.',
    en: 'The criteria can no longer be changed: the challenge is closed.',
  },
  EVALUATOR_NOT_FOUND: {
    it: 'Nessun account con questo indirizzo: chiedi all’esperto di registrarsi prima.',
    en: 'No account with this address: ask the expert to register first.',
  },
  EVALUATORS_LIMIT_REACHED: {
    it: 'Hai raggiunto il numero massimo di valutatori per questa sfida.',
    en: 'This challenge has reached the maximum number of evaluators.',
  },
  EVALUATION_CONFLICT_DECLARED: {
    it: 'Hai dichiarato un conflitto di interessi con questa proposta: non puoi valutarla.',
    en: 'You declared a conflict of interest with this proposal: you cannot score it.',
  },
  EVALUATION_NOT_OPEN: {
    it: 'La valutazione non è aperta: la sfida non è in fase di valutazione.',
    en: 'The evaluation is not open: the challenge is not in evaluation.',
  },
  EVALUATION_LOCKED: {
    it: 'La valutazione è bloccata: i punteggi non si possono più cambiare.',
    en: 'The evaluation is locked: scores can no longer be changed.',
  },
  EVALUATION_NOT_LOCKED: {
    it: 'Blocca prima la valutazione.',
    en: 'Lock the evaluation first.',
  },
  EVALUATION_CLOSED: {
    it: 'La valutazione di questa sfida è conclusa.',
    en: 'The evaluation of this challenge is over.',
  },
  EVALUATION_NOT_AWARDED: {
    it: 'Aggiudica prima la sfida.',
    en: 'Award the challenge first.',
  },
  EVALUATION_SCORES_INCOMPLETE: {
    it: 'Dai un punteggio a ogni criterio, una volta sola.',
    en: 'Score every criterion, once.',
  },
  EVALUATION_SCORE_INVALID: {
    it: 'Il punteggio è un numero intero da 1 a 5.',
    en: 'The score is a whole number from 1 to 5.',
  },
  AWARD_WINNERS_INVALID: {
    it: 'Scegli almeno un vincitore tra le proposte inviate.',
    en: 'Choose at least one winner among the submitted proposals.',
  },
  FEEDBACK_TARGET_INVALID: {
    it: 'Il riscontro va a una proposta inviata a questa sfida.',
    en: 'Feedback goes to a proposal submitted to this challenge.',
  },
  EVALUATION_TEXT_REQUIRED: {
    it: 'Scrivi un testo.',
    en: 'Write some text.',
  },
  MARKETPLACE_EDIT_CONFLICT: {
    it: 'Qualcun altro ha modificato la scheda nel frattempo (versione {{currentVersion}}): ricarica e riapplica le tue modifiche.',
    en: 'Someone else changed this listing meanwhile (version {{currentVersion}}): reload and apply your changes again.',
  },
  MARKETPLACE_NOT_EDITABLE: {
    it: 'Una scheda archiviata non è più modificabile.',
    en: 'An archived listing can no longer be edited.',
  },
  MARKETPLACE_INVALID_TRANSITION: {
    it: 'Questa azione non è possibile nello stato attuale della scheda.',
    en: 'This action is not possible in the listing’s current state.',
  },
  MARKETPLACE_LANGUAGE_INCOMPLETE: {
    it: 'Scrivi titolo e descrizione almeno in una lingua.',
    en: 'Write a title and a description in at least one language.',
  },
  MARKETPLACE_LANGUAGE_HALF_WRITTEN: {
    it: 'In questa lingua servono sia il titolo sia la descrizione, oppure nessuno dei due.',
    en: 'This language needs both a title and a description, or neither.',
  },
  IP_STATUS_INVALID: {
    it: 'Scegli uno stato della proprietà intellettuale della lista.',
    en: 'Choose an intellectual property status from the list.',
  },
  BUDGET_BAND_INVALID: {
    it: 'Scegli una fascia di budget della lista.',
    en: 'Choose a budget band from the list.',
  },
  PARTNERSHIP_TYPES_INVALID: {
    it: 'Scegli tipi di collaborazione della lista.',
    en: 'Choose partnership types from the list.',
  },
  CONTACT_PERSONS_INVALID: {
    it: 'I referenti (al massimo 5) devono essere membri dell’organizzazione.',
    en: 'Contact persons (at most 5) must be members of the organisation.',
  },
  PARTNERSHIP_SELF: {
    it: 'Un’organizzazione non può proporre una collaborazione a sé stessa.',
    en: 'An organisation cannot propose a partnership to itself.',
  },
  PARTNERSHIP_ITEM_NOT_AVAILABLE: {
    it: 'La sfida, l’offerta o la richiesta non è pubblicata o non è disponibile.',
    en: 'The challenge, offer or request is not published or not available.',
  },
  PARTNERSHIP_NOT_PROPOSED: {
    it: 'La proposta di collaborazione è già stata decisa o ritirata.',
    en: 'The partnership request has already been decided or withdrawn.',
  },
  PARTNERSHIP_NOT_ACTIVE: {
    it: 'Solo una collaborazione attiva può essere conclusa.',
    en: 'Only an active partnership can be concluded.',
  },
  PROJECT_GROUP_INVALID: {
    it: 'Un gruppo di progetto riunisce almeno due collaborazioni attive su un elemento della tua organizzazione.',
    en: 'A project group gathers at least two active partnerships on an item of your organisation.',
  },
  PROJECT_GROUP_EXISTS: {
    it: 'Esiste già un gruppo di progetto con esattamente queste collaborazioni.',
    en: 'A project group with exactly these partnerships already exists.',
  },
  // organisations' inactive state (issue 5)
  ORGANISATION_INACTIVE: {
    it: 'L’organizzazione è disattivata: riattivala prima di pubblicare.',
    en: 'The organisation is deactivated: reactivate it before publishing.',
  },
  ORGANISATION_ALREADY_INACTIVE: {
    it: 'L’organizzazione è già disattivata.',
    en: 'The organisation is already deactivated.',
  },
  ORGANISATION_ALREADY_ACTIVE: {
    it: 'L’organizzazione è già attiva.',
    en: 'The organisation is already active.',
  },
  // real-time rooms (issue 6)
  ROOM_NOT_MEMBER: {
    it: 'Non fai parte di questa stanza.',
    en: 'You are not a member of this room.',
  },
  ROOM_BANNED: {
    it: 'Sei stato escluso da questa stanza.',
    en: 'You have been banned from this room.',
  },
  ROOM_MUTED: {
    it: 'Non puoi scrivere in questa stanza fino al termine della sospensione.',
    en: 'You cannot write in this room until your mute ends.',
  },
  ROOM_RATE_LIMITED: {
    it: 'Stai inviando messaggi troppo in fretta: attendi qualche secondo.',
    en: 'You are sending messages too fast: wait a few seconds.',
  },
  ROOM_SLOW_MODE: {
    it: 'Modalità lenta attiva: attendi prima di scrivere di nuovo.',
    en: 'Slow mode is on: wait before writing again.',
  },
  ROOM_MESSAGE_TOO_LONG: {
    it: 'Il messaggio supera i 10.000 caratteri.',
    en: 'The message is longer than 10,000 characters.',
  },
  ROOM_MESSAGE_EMPTY: {
    it: 'Il messaggio è vuoto.',
    en: 'The message is empty.',
  },
  ROOM_MESSAGE_NOT_EDITABLE: {
    it: 'Puoi modificare o eliminare solo i tuoi messaggi non eliminati.',
    en: 'You can edit or delete only your own messages that are not deleted.',
  },
  ROOM_NOT_PUBLIC: {
    it: 'Si può entrare liberamente solo nelle stanze pubbliche della comunità.',
    en: 'Only public community rooms can be joined freely.',
  },
  DIRECT_ROOM_SELF: {
    it: 'Non puoi aprire una conversazione diretta con te stesso.',
    en: 'You cannot open a direct conversation with yourself.',
  },
} as const satisfies Record<string, LocalizedText>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && value in ERROR_MESSAGES;
}
