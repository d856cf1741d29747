import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
	createApiToken,
	findTokenPrincipal,
	revokeApiToken
} from '../../../../src/lib/server/auth/api-tokens.js';
import {
	CHALLENGE_LIFETIME_MS,
	MAX_CODE_ATTEMPTS,
	closeLoginChallenge,
	createLoginChallenge,
	takeCodeAttempt
} from '../../../../src/lib/server/auth/login-challenges.js';
import { verifyPassword } from '../../../../src/lib/server/auth/password.js';
import {
	SESSION_LIFETIME_MS,
	createSession,
	deleteSession,
	findSessionPrincipal
} from '../../../../src/lib/server/auth/sessions.js';
import { hashSecretToken } from '../../../../src/lib/server/auth/secret-token.js';
import { normalizeTotpSecret } from '../../../../src/lib/server/auth/totp.js';
import {
	createUser,
	findUserByEmail,
	findUserById,
	isEmailShaped,
	normalizeEmail
} from '../../../../src/lib/server/auth/users.js';
import { apiTokens, sessions, users } from '../../../../src/lib/server/db/schema.js';
import { describeEachEngine } from '../databases.js';

const NOW = new Date('2026-11-23T09:00:00Z');
const PASSWORD = 'correct horse battery staple';
const LEEDS = { role: 'commissioner', localities: ['example-leeds'] } as const;

describe('email addresses', () => {
	it('are stored trimmed and lower-case', () => {
		expect(normalizeEmail('  Ada.Lovelace@Example.NHS.uk ')).toBe('ada.lovelace@example.nhs.uk');
	});

	it('must look like an address', () => {
		expect(isEmailShaped('ada@example.nhs.uk')).toBe(true);
		for (const bad of ['ada', 'ada@', '@example.org', 'ada@example', 'a da@example.org', '']) {
			expect(isEmailShaped(bad), bad).toBe(false);
		}
	});
});

describeEachEngine('accounts', (database) => {
	it('store the email lower-case, the password only as an argon2id hash, and a TOTP secret', async () => {
		const { db } = database();
		const created = await createUser(db, {
			email: 'Grace@Example.NHS.uk',
			password: PASSWORD,
			scope: LEEDS,
			now: NOW
		});
		expect(created.ok).toBe(true);
		if (!created.ok) return;
		const found = await findUserByEmail(db, 'GRACE@example.nhs.uk');
		expect(found).toMatchObject(created.user);
		expect(await findUserById(db, created.user.id)).toMatchObject(created.user);
		expect(found?.passwordHash).toMatch(/^\$argon2id\$/);
		expect(found?.passwordHash).not.toContain(PASSWORD);
		expect(await verifyPassword(found!.passwordHash, PASSWORD)).toBe(true);
		expect(normalizeTotpSecret(found!.totpSecret)).toBe(found!.totpSecret);
		expect(found?.localities).toEqual(['example-leeds']);
	});

	it('refuse a second account with the same address in any case, and a malformed address', async () => {
		const { db } = database();
		const scope = { role: 'admin', localities: [] } as const;
		const first = await createUser(db, {
			email: 'dup@example.org',
			password: PASSWORD,
			scope,
			now: NOW
		});
		expect(first.ok).toBe(true);
		expect(
			await createUser(db, { email: 'DUP@example.org', password: PASSWORD, scope, now: NOW })
		).toEqual({ ok: false, error: 'email-taken' });
		expect(
			await createUser(db, { email: 'not an address', password: PASSWORD, scope, now: NOW })
		).toEqual({ ok: false, error: 'email-invalid' });
		const rows = await db.select().from(users);
		expect(rows.filter((row) => row.email.startsWith('dup')).length).toBe(1);
	});

	it('keep a TOTP secret given for a scripted set-up', async () => {
		const { db } = database();
		const secret = normalizeTotpSecret('gezd gnbv gy3t qojq gezd gnbv gy3t qojq')!;
		const created = await createUser(db, {
			email: 'scripted@example.org',
			password: PASSWORD,
			scope: LEEDS,
			now: NOW,
			totpSecret: secret
		});
		expect(created.ok && created.user.totpSecret).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
	});
});

describeEachEngine('sessions', (database) => {
	async function makeUser(
		email: string,
		scope: { role: 'commissioner' | 'admin'; localities: string[] }
	) {
		const created = await createUser(database().db, { email, password: PASSWORD, scope, now: NOW });
		if (!created.ok) throw new Error(created.error);
		return created.user;
	}

	it('sign in the account with its role and localities until 8 hours have passed', async () => {
		const { db } = database();
		const user = await makeUser('session@example.org', {
			role: 'commissioner',
			localities: ['example-leeds']
		});
		const session = await createSession(db, { userId: user.id, now: NOW });
		expect(session.expiresAt.getTime() - NOW.getTime()).toBe(SESSION_LIFETIME_MS);
		const justBefore = new Date(NOW.getTime() + SESSION_LIFETIME_MS - 1);
		expect(await findSessionPrincipal(db, { token: session.token, now: justBefore })).toEqual({
			kind: 'session',
			id: user.id,
			role: 'commissioner',
			localities: ['example-leeds']
		});
		expect(
			await findSessionPrincipal(db, { token: session.token, now: session.expiresAt })
		).toBeUndefined();
	});

	it('store only the hash of the token', async () => {
		const { db } = database();
		const user = await makeUser('hashed@example.org', { role: 'admin', localities: [] });
		const session = await createSession(db, { userId: user.id, now: NOW });
		const rows = await db.select().from(sessions);
		expect(rows.some((row) => row.tokenHash === hashSecretToken(session.token))).toBe(true);
		expect(rows.some((row) => row.tokenHash === session.token)).toBe(false);
	});

	it('give an admin without localities every locality', async () => {
		const { db } = database();
		const user = await makeUser('admin@example.org', { role: 'admin', localities: [] });
		const session = await createSession(db, { userId: user.id, now: NOW });
		expect(await findSessionPrincipal(db, { token: session.token, now: NOW })).toMatchObject({
			role: 'admin',
			localities: 'all'
		});
	});

	it('end at sign-out, and unknown or malformed tokens sign nobody in', async () => {
		const { db } = database();
		const user = await makeUser('signout@example.org', { role: 'admin', localities: [] });
		const session = await createSession(db, { userId: user.id, now: NOW });
		await deleteSession(db, session.token);
		expect(await findSessionPrincipal(db, { token: session.token, now: NOW })).toBeUndefined();
		expect(await findSessionPrincipal(db, { token: 'x'.repeat(43), now: NOW })).toBeUndefined();
		expect(await findSessionPrincipal(db, { token: "' or 1=1 --", now: NOW })).toBeUndefined();
		await deleteSession(db, 'not a token');
	});

	it('are swept once expired when a new one starts', async () => {
		const { db } = database();
		const user = await makeUser('sweep@example.org', { role: 'admin', localities: [] });
		const old = await createSession(db, { userId: user.id, now: NOW });
		const later = new Date(NOW.getTime() + SESSION_LIFETIME_MS + 1000);
		await createSession(db, { userId: user.id, now: later });
		const rows = await db.select().from(sessions);
		expect(rows.some((row) => row.tokenHash === hashSecretToken(old.token))).toBe(false);
	});

	it('follow the account: deleting it ends them', async () => {
		const { db } = database();
		const user = await makeUser('deleted@example.org', { role: 'admin', localities: [] });
		const session = await createSession(db, { userId: user.id, now: NOW });
		await db.delete(users).where(eq(users.id, user.id));
		expect(await findSessionPrincipal(db, { token: session.token, now: NOW })).toBeUndefined();
	});
});

describeEachEngine('login challenges', (database) => {
	async function challengeFor(email: string, now = NOW) {
		const created = await createUser(database().db, {
			email,
			password: PASSWORD,
			scope: { role: 'admin', localities: [] },
			now
		});
		if (!created.ok) throw new Error(created.error);
		const challenge = await createLoginChallenge(database().db, { userId: created.user.id, now });
		return { user: created.user, ...challenge };
	}

	it('give five attempts, the fifth marked as the last, then none', async () => {
		const { db } = database();
		const { token, user } = await challengeFor('five@example.org');
		for (let attempt = 1; attempt <= MAX_CODE_ATTEMPTS; attempt++) {
			const taken = await takeCodeAttempt(db, { token, now: NOW });
			expect(taken).toMatchObject({
				ok: true,
				attempt,
				isLastAttempt: attempt === MAX_CODE_ATTEMPTS
			});
			expect(taken.ok && taken.user.id).toBe(user.id);
		}
		expect(await takeCodeAttempt(db, { token, now: NOW })).toEqual({
			ok: false,
			error: 'challenge-expired'
		});
	});

	it('expire after 5 minutes', async () => {
		const { db } = database();
		const { token, expiresAt } = await challengeFor('expire@example.org');
		expect(expiresAt.getTime() - NOW.getTime()).toBe(CHALLENGE_LIFETIME_MS);
		expect(await takeCodeAttempt(db, { token, now: expiresAt })).toEqual({
			ok: false,
			error: 'challenge-expired'
		});
	});

	it('close once: a second close (a racing request) gets nothing', async () => {
		const { db } = database();
		const { token } = await challengeFor('close@example.org');
		expect(await closeLoginChallenge(db, token)).toBe(true);
		expect(await closeLoginChallenge(db, token)).toBe(false);
		expect((await takeCodeAttempt(db, { token, now: NOW })).ok).toBe(false);
	});

	it('refuse unknown and malformed tokens', async () => {
		const { db } = database();
		expect((await takeCodeAttempt(db, { token: 'y'.repeat(43), now: NOW })).ok).toBe(false);
		expect((await takeCodeAttempt(db, { token: 'short', now: NOW })).ok).toBe(false);
		expect(await closeLoginChallenge(db, 'short')).toBe(false);
	});

	it('never hand out more attempts than allowed to requests racing each other', async () => {
		const { db } = database();
		const { token } = await challengeFor('race@example.org');
		const results = await Promise.all(
			Array.from({ length: 12 }, () => takeCodeAttempt(db, { token, now: NOW }))
		);
		expect(results.filter((result) => result.ok).length).toBe(MAX_CODE_ATTEMPTS);
	});
});

describeEachEngine('API tokens', (database) => {
	it('sign a BI tool in with the scope they were made with, until revoked', async () => {
		const { db } = database();
		const made = await createApiToken(db, {
			scope: { role: 'commissioner', localities: ['example-leeds', 'example-cardiff'] },
			label: 'Power BI',
			now: NOW
		});
		expect(await findTokenPrincipal(db, made.token)).toEqual({
			kind: 'token',
			id: made.id,
			role: 'commissioner',
			localities: ['example-leeds', 'example-cardiff']
		});
		const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, made.id));
		expect(row?.tokenHash).toBe(hashSecretToken(made.token));
		expect(row?.label).toBe('Power BI');
		expect(await revokeApiToken(db, made.id)).toBe(true);
		expect(await findTokenPrincipal(db, made.token)).toBeUndefined();
	});

	it('give an admin token without localities every locality', async () => {
		const { db } = database();
		const made = await createApiToken(db, {
			scope: { role: 'admin', localities: [] },
			label: '',
			now: NOW
		});
		expect(await findTokenPrincipal(db, made.token)).toMatchObject({ localities: 'all' });
	});

	it('refuse unknown and malformed tokens, and revoking an unknown id says so', async () => {
		const { db } = database();
		expect(await findTokenPrincipal(db, 'z'.repeat(43))).toBeUndefined();
		expect(await findTokenPrincipal(db, 'Bearer nonsense')).toBeUndefined();
		expect(await revokeApiToken(db, '00000000-0000-4000-8000-000000000000')).toBe(false);
	});
});
