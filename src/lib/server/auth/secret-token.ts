/**
 * Bearer secrets (session cookies, login challenges, API tokens): 32 random bytes, base64url.
 * Only their SHA-256 is stored, so a copy of the database signs nobody in; the token has 256
 * bits of entropy, so a fast hash is enough (no salt or stretching needed).
 */
import { createHash, randomBytes } from 'node:crypto';

/** A new secret token: 43 base64url characters. */
export function createSecretToken(): string {
	return randomBytes(32).toString('base64url');
}

/** The stored form of a token: SHA-256, hex. */
export function hashSecretToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

/** True for a string shaped like one of our tokens (checked before any database look-up). */
export function isSecretTokenShaped(value: string): boolean {
	return /^[A-Za-z0-9_-]{43}$/.test(value);
}
