/**
 * Signing in, in two steps: email and password open a login challenge; the TOTP code from the
 * authenticator app turns it into a session. Every expected failure is a value (`LoginError`),
 * and `describeLoginError` is the one place that turns it into a status and a message.
 *
 * - An unknown email and a wrong password get the same answer, after the same argon2 work.
 * - Repeated failures for an address back off (`LoginThrottle`), wrong codes included.
 * - A challenge allows 5 codes in 5 minutes; a code is accepted once (no replay within its
 *   30-second window).
 */
import type { Database } from '../db/connection.js';
import { serverDatabase } from '../runtime.js';
import {
	MAX_CODE_ATTEMPTS,
	closeLoginChallenge,
	createLoginChallenge,
	takeCodeAttempt
} from './login-challenges.js';
import { LoginThrottle } from './login-throttle.js';
import { verifyDummyPassword, verifyPassword } from './password.js';
import { createSession } from './sessions.js';
import { verifyTotp } from './totp.js';
import { findUserByEmail, normalizeEmail } from './users.js';

export type LoginError =
	| { kind: 'invalid-credentials' }
	| { kind: 'invalid-code'; attemptsLeft: number }
	| { kind: 'challenge-expired' }
	| { kind: 'too-many-codes' }
	| { kind: 'locked-out'; retryAfterMs: number };

export type PasswordStepResult =
	{ ok: true; challengeToken: string; expiresAt: Date } | { ok: false; error: LoginError };

export type CodeStepResult =
	{ ok: true; sessionToken: string; expiresAt: Date } | { ok: false; error: LoginError };

export interface Login {
	/** Step 1: email and password. */
	checkPassword(input: { email: string; password: string }): Promise<PasswordStepResult>;
	/** Step 2: the challenge from step 1 and a 6-digit code. */
	checkCode(input: { challengeToken: string; code: string }): Promise<CodeStepResult>;
}

/** The sign-in steps over `database`; one per server process (the throttle is in memory). */
export function createLogin(options: {
	database: () => Promise<Database>;
	now?: () => Date;
	throttle?: LoginThrottle;
}): Login {
	const now = options.now ?? (() => new Date());
	const throttle = options.throttle ?? new LoginThrottle();
	/** The last TOTP step each user signed in with: a code works once. */
	const lastUsedStep = new Map<string, number>();

	const lockedOut = (key: string, at: Date): LoginError | undefined => {
		const retryAfterMs = throttle.lockedFor(key, at.getTime());
		return retryAfterMs > 0 ? { kind: 'locked-out', retryAfterMs } : undefined;
	};

	return {
		async checkPassword(input) {
			const at = now();
			const key = normalizeEmail(input.email);
			const locked = lockedOut(key, at);
			if (locked !== undefined) return { ok: false, error: locked };
			const db = await options.database();
			const user = await findUserByEmail(db, key);
			const isRight =
				user === undefined
					? await verifyDummyPassword(input.password)
					: await verifyPassword(user.passwordHash, input.password);
			if (user === undefined || !isRight) {
				throttle.recordFailure(key, at.getTime());
				return { ok: false, error: { kind: 'invalid-credentials' } };
			}
			const challenge = await createLoginChallenge(db, { userId: user.id, now: at });
			return { ok: true, challengeToken: challenge.token, expiresAt: challenge.expiresAt };
		},

		async checkCode(input) {
			const at = now();
			const db = await options.database();
			const attempt = await takeCodeAttempt(db, { token: input.challengeToken, now: at });
			if (!attempt.ok) return { ok: false, error: { kind: 'challenge-expired' } };
			const key = attempt.user.email;
			const locked = lockedOut(key, at);
			if (locked !== undefined) return { ok: false, error: locked };
			const verified = verifyTotp({
				secret: attempt.user.totpSecret,
				code: input.code,
				timeMs: at.getTime()
			});
			const isFresh = verified.ok && verified.step > (lastUsedStep.get(attempt.user.id) ?? -1);
			if (!verified.ok || !isFresh) {
				throttle.recordFailure(key, at.getTime());
				if (attempt.isLastAttempt) {
					await closeLoginChallenge(db, input.challengeToken);
					return { ok: false, error: { kind: 'too-many-codes' } };
				}
				return {
					ok: false,
					error: { kind: 'invalid-code', attemptsLeft: MAX_CODE_ATTEMPTS - attempt.attempt }
				};
			}
			// Closing the challenge is the commit point: of two requests racing with the right
			// code, only the one that closes it gets a session.
			if (!(await closeLoginChallenge(db, input.challengeToken))) {
				return { ok: false, error: { kind: 'challenge-expired' } };
			}
			lastUsedStep.set(attempt.user.id, verified.step);
			throttle.recordSuccess(key);
			const session = await createSession(db, { userId: attempt.user.id, now: at });
			return { ok: true, sessionToken: session.token, expiresAt: session.expiresAt };
		}
	};
}

/** The running server's sign-in: one per process, so one throttle sees every attempt. */
export const serverLogin: Login = createLogin({
	database: async () => (await serverDatabase()).db
});

/** How a failed step is shown: the HTTP status, the step to show again, the field and message. */
export interface LoginErrorDescription {
	readonly status: 400 | 429;
	readonly step: 'password' | 'code';
	readonly field: 'email' | 'password' | 'code';
	readonly message: string;
}

/** The one mapping from a login failure to what the sign-in page shows. */
export function describeLoginError(error: LoginError): LoginErrorDescription {
	switch (error.kind) {
		case 'invalid-credentials':
			return {
				status: 400,
				step: 'password',
				field: 'password',
				message: 'The email address or password is not right.'
			};
		case 'locked-out': {
			const minutes = Math.max(1, Math.ceil(error.retryAfterMs / 60_000));
			return {
				status: 429,
				step: 'password',
				field: 'email',
				message: `Too many failed attempts to sign in with this email address. Wait ${minutes} minute${minutes === 1 ? '' : 's'}, then try again.`
			};
		}
		case 'invalid-code':
			return {
				status: 400,
				step: 'code',
				field: 'code',
				message: `The code is not right. Enter the 6-digit code your authenticator app shows now (${error.attemptsLeft} ${error.attemptsLeft === 1 ? 'try' : 'tries'} left).`
			};
		case 'challenge-expired':
			return {
				status: 400,
				step: 'password',
				field: 'email',
				message: 'Your sign-in timed out. Enter your email address and password again.'
			};
		case 'too-many-codes':
			return {
				status: 429,
				step: 'password',
				field: 'email',
				message: 'Too many wrong codes. Enter your email address and password again.'
			};
	}
}
