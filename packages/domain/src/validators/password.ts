/** Password policy (NIST SP 800-63B style): length over composition rules, no obvious choices. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

// A few of the most common passwords of at least 12 characters; a real list can replace it.
const COMMON = new Set([
  'password1234',
  '123456789012',
  'qwertyuiopas',
  'passwordpassword',
  'iloveyou1234',
  'password123!',
  'administrator',
  'qwerty123456',
  'lombardia2025',
  'innovazione1',
]);

export type PasswordProblem =
  'too_short' | 'too_long' | 'too_common' | 'contains_email' | 'repetitive';

/** The first problem of a password, or null when it is acceptable. */
export function passwordProblem(password: string, email = ''): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return 'too_common';
  if (new Set(lower).size < 4) return 'repetitive';
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 4 && lower.includes(local)) return 'contains_email';
  return null;
}
