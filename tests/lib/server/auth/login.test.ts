import { describe, expect, it } from 'vitest';
import {
	createLogin,
	describeLoginError,
	type Login,
	type LoginError
} from '../../../../src/lib/server/auth/login.js';
import { LoginThrottle } from '../../../../src/lib/server/auth/login-throttle.js';
import { findSessionPrincipal } from '../../../../src/lib/server/auth/sessions.js';
import { normalizeTotpSecret, totpCodeAt } from '../../../../src/lib/server/auth/totp.js';
import { createUser } from '../../../../src/lib/server/auth/users.js';
import { describeEachEngine } from '../databases.js';

const PASSWORD = 'correct horse battery staple';
const SECRET = normalizeTotpSecret('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ')!;

describeEachEngine('signing in', (database) => {
	let clock = new Date('2026-11-23T09:00:00Z').getTime();
	const now = () => new Date(clock);
	let login: Login;
	let email = '';
	let counter = 0;

	/** A fresh account and a fresh sign-in (its own throttle and replay memory) per test. */
	async function freshAccount(throttle = new LoginThrottle()) {
		counter += 1;
		email = `user${counter}@example.org`;
		const created = await createUser(database().db, {
			email,
			password: PASSWORD,
			scope: { role: 'commissioner', localities: ['example-leeds'] },
			now: now(),
			totpSecret: SECRET
		});
		if (!created.ok) throw new Error(created.error);
		login = createLogin({ database: () => Promise.resolve(database().db), now, throttle });
		return created.user;
	}

	async function passwordStep(): Promise<string> {
		const step = await login.checkPassword({ email: email.toUpperCase(), password: PASSWORD });
		if (!step.ok) throw new Error(step.error.kind);
		return step.challengeToken;
	}

	it('turns the right password and the current code into a session for the account', async () => {
		const user = await freshAccount();
		const challengeToken = await passwordStep();
		const done = await login.checkCode({ challengeToken, code: totpCodeAt(SECRET, clock) });
		expect(done.ok).toBe(true);
		if (!done.ok) return;
		expect(
			await findSessionPrincipal(database().db, { token: done.sessionToken, now: now() })
		).toEqual({
			kind: 'session',
			id: user.id,
			role: 'commissioner',
			localities: ['example-leeds']
		});
	});

	it('gives a wrong password and an unknown address the same answer', async () => {
		await freshAccount();
		const wrong = await login.checkPassword({ email, password: 'not the password at all' });
		const unknown = await login.checkPassword({ email: 'nobody@example.org', password: PASSWORD });
		expect(wrong).toEqual({ ok: false, error: { kind: 'invalid-credentials' } });
		expect(unknown).toEqual(wrong);
		expect(await login.checkPassword({ email, password: '' })).toEqual(wrong);
	});

	it('locks an address out after repeated wrong passwords, even with the right one', async () => {
		await freshAccount(new LoginThrottle({ freeFailures: 2, firstLockMs: 60_000 }));
		await login.checkPassword({ email, password: 'wrong password one' });
		await login.checkPassword({ email, password: 'wrong password two' });
		const third = await login.checkPassword({ email, password: 'wrong password three' });
		expect(third).toEqual({ ok: false, error: { kind: 'invalid-credentials' } });
		const right = await login.checkPassword({ email, password: PASSWORD });
		expect(right.ok).toBe(false);
		expect(!right.ok && right.error.kind).toBe('locked-out');
		clock += 60_000;
		expect((await login.checkPassword({ email, password: PASSWORD })).ok).toBe(true);
	});

	it('counts wrong codes, and after the fifth the user starts again with their password', async () => {
		await freshAccount(new LoginThrottle({ freeFailures: 100 }));
		const challengeToken = await passwordStep();
		const wrongCode = totpCodeAt(SECRET, clock + 10 * 60_000);
		const errors: LoginError[] = [];
		for (let attempt = 0; attempt < 5; attempt++) {
			const result = await login.checkCode({ challengeToken, code: wrongCode });
			if (!result.ok) errors.push(result.error);
		}
		expect(errors).toEqual([
			{ kind: 'invalid-code', attemptsLeft: 4 },
			{ kind: 'invalid-code', attemptsLeft: 3 },
			{ kind: 'invalid-code', attemptsLeft: 2 },
			{ kind: 'invalid-code', attemptsLeft: 1 },
			{ kind: 'too-many-codes' }
		]);
		const late = await login.checkCode({ challengeToken, code: totpCodeAt(SECRET, clock) });
		expect(late).toEqual({ ok: false, error: { kind: 'challenge-expired' } });
	});

	it('accepts a code from the step before (typing takes time) but not from two steps before', async () => {
		await freshAccount();
		const stale = await login.checkCode({
			challengeToken: await passwordStep(),
			code: totpCodeAt(SECRET, clock - 60_000)
		});
		expect(!stale.ok && stale.error.kind).toBe('invalid-code');
		clock += 120_000;
		const previous = await login.checkCode({
			challengeToken: await passwordStep(),
			code: totpCodeAt(SECRET, clock - 30_000)
		});
		expect(previous.ok).toBe(true);
	});

	it('accepts a code once: the same code cannot start a second session', async () => {
		await freshAccount();
		clock += 120_000;
		const code = totpCodeAt(SECRET, clock);
		expect((await login.checkCode({ challengeToken: await passwordStep(), code })).ok).toBe(true);
		const replay = await login.checkCode({ challengeToken: await passwordStep(), code });
		expect(!replay.ok && replay.error.kind).toBe('invalid-code');
	});

	it('times out a challenge after 5 minutes', async () => {
		await freshAccount();
		const challengeToken = await passwordStep();
		clock += 5 * 60_000;
		const result = await login.checkCode({ challengeToken, code: totpCodeAt(SECRET, clock) });
		expect(result).toEqual({ ok: false, error: { kind: 'challenge-expired' } });
	});
});

describe('sign-in error messages', () => {
	it('never say whether the address has an account', () => {
		const message = describeLoginError({ kind: 'invalid-credentials' }).message;
		expect(message).toBe('The email address or password is not right.');
	});

	it('say how long to wait, in whole minutes, with status 429', () => {
		expect(describeLoginError({ kind: 'locked-out', retryAfterMs: 61_000 })).toMatchObject({
			status: 429,
			message: expect.stringContaining('Wait 2 minutes') as unknown
		});
		expect(describeLoginError({ kind: 'locked-out', retryAfterMs: 5_000 }).message).toContain(
			'Wait 1 minute,'
		);
	});

	it('send the user back to the password step when the code step is over', () => {
		expect(describeLoginError({ kind: 'too-many-codes' }).step).toBe('password');
		expect(describeLoginError({ kind: 'challenge-expired' }).step).toBe('password');
		expect(describeLoginError({ kind: 'invalid-code', attemptsLeft: 1 })).toMatchObject({
			step: 'code',
			field: 'code',
			message: expect.stringContaining('1 try left') as unknown
		});
	});
});
