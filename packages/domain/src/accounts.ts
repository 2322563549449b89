import type { LocalizedText } from './i18n.js';

/** Platform-wide roles: every account is a member; staff are moderators; the region is admin. */
export const PLATFORM_ROLES = ['member', 'moderator', 'admin'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

/** Roles inside one organisation. An organisation always keeps at least one owner. */
export const ORGANISATION_ROLES = ['owner', 'admin', 'member'] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

/**
 * Versions of the documents a person accepts when registering. Bump a version when its text
 * changes: consent is recorded with the version accepted.
 */
export const CONSENT_DOCUMENTS = { terms: '2026-11-25', privacy: '2026-11-25' } as const;
export type ConsentKind = keyof typeof CONSENT_DOCUMENTS;

/**
 * What an erased account shows instead of the person's name (GDPR erasure keeps the row, so
 * what they authored still points somewhere, but no personal data). The row stores the Italian
 * label, the platform's default language; clients show the label of their own language for
 * any account whose name is this value.
 */
export const DELETED_ACCOUNT_NAME = { it: 'Utente eliminato', en: 'Deleted user' } as const;

/**
 * Why a single sign-on attempt failed: the API redirects to `/sign-in?sso_error=<reason>`, the
 * web app shows the text. The first four come from the OpenID exchange itself.
 */
export const SSO_ERRORS = {
  state_mismatch: {
    it: 'L’accesso non è stato avviato da questo browser o è scaduto: riprova.',
    en: 'The sign-in was not started in this browser, or it expired: please try again.',
  },
  provider_denied: {
    it: 'Il fornitore di identità non ha completato l’accesso.',
    en: 'The identity provider did not complete the sign-in.',
  },
  invalid_response: {
    it: 'La risposta del fornitore di identità non è valida: riprova.',
    en: 'The identity provider’s answer was not valid: please try again.',
  },
  discovery_failed: {
    it: 'Il fornitore di identità non è raggiungibile: riprova più tardi.',
    en: 'The identity provider cannot be reached: please try again later.',
  },
  email_missing: {
    it: 'Il fornitore di identità non ha comunicato un indirizzo email.',
    en: 'The identity provider did not share an email address.',
  },
  email_unverified: {
    it: 'Il fornitore di identità non conferma il tuo indirizzo email: accedi o registrati con email e password.',
    en: 'The identity provider does not confirm your email address: sign in or register with email and password.',
  },
  internal_error: {
    it: 'Si è verificato un errore interno. Riprova più tardi.',
    en: 'An internal error occurred. Please try again later.',
  },
} as const satisfies Record<string, LocalizedText>;
export type SsoErrorReason = keyof typeof SSO_ERRORS;
