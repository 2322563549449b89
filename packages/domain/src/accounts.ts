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
