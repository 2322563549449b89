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
  UNAUTHENTICATED: { it: 'Accedi per continuare.', en: 'Please sign in to continue.' },
  FORBIDDEN: {
    it: 'Non hai i permessi per questa azione.',
    en: 'You are not allowed to do this.',
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
} as const satisfies Record<string, LocalizedText>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && value in ERROR_MESSAGES;
}
