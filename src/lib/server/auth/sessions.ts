/**
 * Signed-in sessions: a random token in the `limber_session` cookie, its SHA-256 in `sessions`,
 * 8 hours from sign-in (no sliding renewal: a commissioner signs in again each working day).
 * The role and localities are read from the account on every request, so a change to an
 * account applies at once, and deleting the account ends its sessions.
 */
import { eq, gt, and, lte } from 'drizzle-orm';
import type { Database } from '../db/connection.js';
import { sessions, users } from '../db/schema.js';
import { toPrincipal } from './access-scope.js';
import type { Principal } from './principal.js';
import { createSecretToken, hashSecretToken, isSecretTokenShaped } from './secret-token.js';

/** How long a session lasts. */
export const SESSION_LIFETIME_MS = 8 * 60 * 60 * 1000;

/** Starts a session for `userId`; the token goes in the cookie and is never stored. */
export async function createSession(
	db: Database,
	input: { userId: string; now: Date }
): Promise<{ token: string; expiresAt: Date }> {
	const token = createSecretToken();
	const expiresAt = new Date(input.now.getTime() + SESSION_LIFETIME_MS);
	// Sweep expired sessions here, so the table stays small without a scheduled job.
	await db.delete(sessions).where(lte(sessions.expiresAt, input.now));
	await db
		.insert(sessions)
		.values({ tokenHash: hashSecretToken(token), userId: input.userId, expiresAt });
	return { token, expiresAt };
}

/** The principal of a live session, or undefined for an unknown, expired or malformed token. */
export async function findSessionPrincipal(
	db: Database,
	input: { token: string; now: Date }
): Promise<Principal | undefined> {
	if (!isSecretTokenShaped(input.token)) return undefined;
	const [row] = await db
		.select({ id: users.id, role: users.role, localities: users.localities })
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(
			and(eq(sessions.tokenHash, hashSecretToken(input.token)), gt(sessions.expiresAt, input.now))
		)
		.limit(1);
	return row === undefined ? undefined : toPrincipal({ kind: 'session', ...row });
}

/** Ends a session (sign-out). Unknown tokens are ignored. */
export async function deleteSession(db: Database, token: string): Promise<void> {
	if (!isSecretTokenShaped(token)) return;
	await db.delete(sessions).where(eq(sessions.tokenHash, hashSecretToken(token)));
}
