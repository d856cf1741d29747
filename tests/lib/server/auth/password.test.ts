import { describe, expect, it } from 'vitest';
import {
	ARGON2_PARAMETERS,
	findPasswordWeakness,
	hashPassword,
	verifyDummyPassword,
	verifyPassword
} from '../../../../src/lib/server/auth/password.js';

describe('password hashing', () => {
	it('stores an argon2id PHC string with 19 MiB, 2 iterations, 1 lane and a 16-byte salt', async () => {
		const hash = await hashPassword('correct horse battery staple');
		const match = /^\$argon2id\$v=19\$m=19456,t=2,p=1\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(
			hash
		);
		expect(match).not.toBeNull();
		expect(Buffer.from(match![1]!, 'base64')).toHaveLength(ARGON2_PARAMETERS.saltLength);
		expect(Buffer.from(match![2]!, 'base64')).toHaveLength(ARGON2_PARAMETERS.hashLength);
	});

	it('salts every hash, so the same password never hashes the same twice', async () => {
		const [first, second] = await Promise.all([
			hashPassword('correct horse battery staple'),
			hashPassword('correct horse battery staple')
		]);
		expect(first).not.toBe(second);
	});

	it('verifies the right password and refuses a wrong one', async () => {
		const hash = await hashPassword('correct horse battery staple');
		expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
		expect(await verifyPassword(hash, 'correct horse battery stapler')).toBe(false);
		expect(await verifyPassword(hash, '')).toBe(false);
	});

	it('treats the composed and decomposed forms of an accented password as the same', async () => {
		const hash = await hashPassword('caf\u00e9 au lait, please');
		expect(await verifyPassword(hash, 'cafe\u0301 au lait, please')).toBe(true);
	});

	it('never matches a stored value that is not an argon2id hash, or one with absurd parameters', async () => {
		expect(await verifyPassword('plain text', 'plain text')).toBe(false);
		const hash = await hashPassword('correct horse battery staple');
		expect(
			await verifyPassword(hash.replace('m=19456', 'm=9999999'), 'correct horse battery staple')
		).toBe(false);
		expect(
			await verifyPassword(hash.replace('$argon2id$', '$argon2i$'), 'correct horse battery staple')
		).toBe(false);
	});

	it('verifies against hashes made by other argon2id implementations (RFC 9106 parameters in PHC form)', async () => {
		// Made by the reference argon2 CLI: echo -n password | argon2 somesalt -id -t 2 -m 16 -p 1 -e
		const reference =
			'$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc';
		expect(await verifyPassword(reference, 'password')).toBe(true);
		expect(await verifyPassword(reference, 'Password')).toBe(false);
	});

	it('spends as long on an unknown account as on a real one, and always says no', async () => {
		const hash = await hashPassword('correct horse battery staple');
		await verifyDummyPassword('warm up the dummy hash');
		const time = async (check: () => Promise<boolean>) => {
			const started = performance.now();
			for (let i = 0; i < 5; i++) await check();
			return performance.now() - started;
		};
		const real = await time(() => verifyPassword(hash, 'a wrong guess here'));
		const dummy = await time(() => verifyDummyPassword('a wrong guess here'));
		expect(await verifyDummyPassword('correct horse battery staple')).toBe(false);
		// Both run one argon2id with the same parameters; allow generous noise on a busy machine.
		expect(dummy / real).toBeGreaterThan(0.5);
		expect(dummy / real).toBeLessThan(2);
	});
});

describe('new passwords', () => {
	it('are refused when shorter than 12 characters, counting characters, not bytes', () => {
		expect(findPasswordWeakness('short pass!')).toBe(
			'The password must be at least 12 characters long (it has 11).'
		);
		expect(findPasswordWeakness('🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂')).toMatch(/at least 12/);
		expect(findPasswordWeakness('twelve chars')).toBeUndefined();
	});

	it('are refused when they repeat one or two characters however long they are', () => {
		expect(findPasswordWeakness('aaaaaaaaaaaaaaaaaaaa')).toMatch(/repeats too few characters/);
		expect(findPasswordWeakness('abababababababab')).toMatch(/repeats too few characters/);
	});

	it('are refused when absurdly long', () => {
		expect(findPasswordWeakness('correct horse '.repeat(100))).toMatch(/at most 1024/);
	});
});
