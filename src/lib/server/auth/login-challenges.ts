/**
 * The half-way point of a sign-in: the password was right, the TOTP code is still to come.
 * A random token in a short-lived cookie, its hash in `login_challenges`; 5 minutes and 5
 * codes at most, then the user starts again with their password.
 */
import { and, eq, gt, lt, lte } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/connection.js';
import { loginChallenges, users } from '../db/schema.js';
import type { User } from './users.js';
import { createSecretToken, hashSecretToken, isSecretTokenShaped } from './secret-token.js';

/** How long the code step stays open. */
export const CHALLENGE_LIFETIME_MS = 5 * 60 * 1000;
/** Codes that may be tried against one challenge. */
export const MAX_CODE_ATTEMPTS = 5;

/** Opens a challenge for a user whose password was right. */
export async function createLoginChallenge(
	db: Database,
	input: { userId: string; now: Date }
): Promise<{ token: string; expiresAt: Date }> {
	const token = createSecretToken();
	const expiresAt = new Date(input.now.getTime() + CHALLENGE_LIFETIME_MS);
	await db.delete(loginChallenges).where(lte(loginChallenges.expiresAt, input.now));
	await db
		.insert(loginChallenges)
		.values({ tokenHash: hashSecretToken(token), userId: input.userId, expiresAt, attempts: 0 });
	return { token, expiresAt };
}

export type CodeAttempt =
	| { ok: true; user: User; attempt: number; isLastAttempt: boolean }
	| { ok: false; error: 'challenge-expired' };

/**
 * Spends one of the challenge's attempts, atomically (two requests racing cannot both get the
 * fifth), and returns the account to check the code against. An unknown, expired or used-up
 * challenge gives no attempt.
 */
export async function takeCodeAttempt(
	db: Database,
	input: { token: string; now: Date }
): Promise<CodeAttempt> {
	if (!isSecretTokenShaped(input.token)) return { ok: false, error: 'challenge-expired' };
	const [taken] = await db
		.update(loginChallenges)
		.set({ attempts: sql`${loginChallenges.attempts} + 1` })
		.where(
			and(
				eq(loginChallenges.tokenHash, hashSecretToken(input.token)),
				gt(loginChallenges.expiresAt, input.now),
				lt(loginChallenges.attempts, MAX_CODE_ATTEMPTS)
			)
		)
		.returning({ userId: loginChallenges.userId, attempts: loginChallenges.attempts });
	if (taken === undefined) return { ok: false, error: 'challenge-expired' };
	const [user] = await db.select().from(users).where(eq(users.id, taken.userId)).limit(1);
	if (user === undefined) return { ok: false, error: 'challenge-expired' };
	return {
		ok: true,
		user,
		attempt: taken.attempts,
		isLastAttempt: taken.attempts >= MAX_CODE_ATTEMPTS
	};
}

/**
 * Closes a challenge (after the right code, or the last wrong one). True when this call closed
 * it: a challenge can be completed only once.
 */
export async function closeLoginChallenge(db: Database, token: string): Promise<boolean> {
	if (!isSecretTokenShaped(token)) return false;
	const deleted = await db
		.delete(loginChallenges)
		.where(eq(loginChallenges.tokenHash, hashSecretToken(token)))
		.returning({ userId: loginChallenges.userId });
	return deleted.length === 1;
}
