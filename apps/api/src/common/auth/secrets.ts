import { hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes } from 'node:crypto';

/** A random token for a cookie or an emailed link (256 bits, URL-safe). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What we store instead of a token: its SHA-256 (tokens are random, so no salt is needed). */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// argon2id with the library's defaults (OWASP's minimum: m=19 MiB, t=2, p=1).
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// A real hash of a random password: verifying against it when the account does not exist
// takes as long as a real check, so response times do not reveal which emails are registered.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(
  passwordHash: string | null,
  password: string,
): Promise<boolean> {
  dummyHash ??= hash(newToken());
  const target = passwordHash ?? (await dummyHash);
  const matches = await verify(target, password).catch(() => false);
  return passwordHash !== null && matches;
}
